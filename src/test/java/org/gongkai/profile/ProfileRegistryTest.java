package org.gongkai.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.gongkai.validation.RuleCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shipped profiles are found by listing profiles/ in the classes folder or in the jar; every shipped one is sound. */
class ProfileRegistryTest {

    @Test
    void theShippedProfilesAreEveryJsonFileOfTheProfilesFolder() throws Exception {
        Set<String> files;
        try (var s = Files.list(Path.of("src/main/resources/profiles"))) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - 5)).collect(java.util.stream.Collectors.toSet());
        }
        assertThat(ProfileRegistry.shippedIds()).containsExactlyInAnyOrderElementsOf(files).contains("henan-14", "shanghai-district");
    }

    @Test
    void aJarIsListedLikeAFolder(@TempDir Path tmp) throws Exception {
        Path jar = tmp.resolve("gongkai.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : new String[] {"profiles/", "profiles/a-1.json", "profiles/b.json", "profiles/sub/c.json",
                    "profiles/readme.txt", "templates/narrative/a-1.ftl"}) {
                out.putNextEntry(new JarEntry(name));
                out.closeEntry();
            }
        }
        assertThat(ProfileRegistry.namesIn(jar)).containsExactly("a-1.json", "b.json");
        Path classes = tmp.resolve("classes");
        Files.createDirectories(classes.resolve("profiles/sub"));
        for (String name : new String[] {"profiles/a-1.json", "profiles/b.json", "profiles/sub/c.json", "profiles/readme.txt"}) {
            try (OutputStream o = Files.newOutputStream(classes.resolve(name))) {
                o.write('{');
            }
        }
        assertThat(ProfileRegistry.namesIn(classes)).containsExactly("a-1.json", "b.json");
    }

    @Test
    void everyShippedProfileIsSoundAndItsEquationsReportUnderCatalogueRules() {
        Set<String> rules = new java.util.HashSet<>();
        RuleCatalog.all().forEach(r -> rules.add(r.id()));
        for (String id : ProfileRegistry.shippedIds()) {
            DisclosureProfile p = DisclosureProfile.require(id);
            assertThat(ProfileLint.problems(p, rules, t -> ProfileRegistryTest.class.getResource("/templates/" + t) != null))
                    .as(id).isEmpty();
        }
    }
}
