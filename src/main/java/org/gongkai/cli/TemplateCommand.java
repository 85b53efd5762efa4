package org.gongkai.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gongkai.catalog.CatalogEditions;
import org.gongkai.profile.DisclosureProfile;
import org.gongkai.xlsx.CatalogClassificationCodes;
import org.gongkai.xlsx.TemplateRequest;
import org.gongkai.xlsx.TemplateWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Writes the blank workbook a department fills in. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = {"Write the blank submission workbook (.xlsx) for one department and year:",
                "every table sheet with its headers, code drop-down lists, 合计 formulas and a 填写说明 sheet."})
public final class TemplateCommand implements Callable<Integer> {

    @Option(names = "--department", required = true, paramLabel = "CODE", description = "Department code, e.g. 701")
    String department;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "Department name (全称)")
    String name;

    @Option(names = "--year", required = true, paramLabel = "YEAR", description = "Fiscal year, e.g. 2025")
    int year;

    @Option(names = "--profile",
            description = "Disclosure profile id: a shipped one (src/main/resources/profiles/) or one of --profile-dir "
                    + "(default: the shipped profile marked \"default\")")
    String profile;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "Where to write the workbook")
    Path out;

    @Mixin
    CatalogOptions catalogOptions;

    @Mixin
    ProfileOptions profileOptions;

    @Override
    public Integer call() throws Exception {
        profileOptions.read();
        if (profile == null) {
            profile = DisclosureProfile.defaultId();
        }
        CatalogEditions editions = catalogOptions.editions();
        if (DisclosureProfile.find(profile).isEmpty()) {
            System.out.println("公开口径“" + profile + "”不是已知口径（可用：" + String.join("、", DisclosureProfile.known()) + "）。");
            return 2;
        }
        new TemplateWriter(new CatalogClassificationCodes(editions)).write(new TemplateRequest(profile, department, name, year), out);
        System.out.println(out);
        return 0;
    }
}
