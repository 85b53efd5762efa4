package org.gongkai.ops;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A health answer in the usual JSON shape (MicroProfile Health): {@code {"status":"UP","checks":[{"name":…,
 * "status":"UP","data":{…}}]}}; the whole is UP only when every check is UP. HTTP 200 when UP, 503 when DOWN.
 */
public record HealthReport(String status, List<Check> checks) {

    public static final String UP = "UP";
    public static final String DOWN = "DOWN";

    /** One check with its details. */
    public record Check(String name, String status, Map<String, Object> data) {
        public Check {
            data = data == null ? Map.of() : new LinkedHashMap<>(data);
        }

        public static Check of(String name, boolean up, Map<String, Object> data) {
            return new Check(name, up ? UP : DOWN, data);
        }

        public boolean up() {
            return UP.equals(status);
        }
    }

    public static HealthReport of(List<Check> checks) {
        return new HealthReport(checks.stream().allMatch(Check::up) ? UP : DOWN, List.copyOf(checks));
    }

    public boolean up() {
        return UP.equals(status);
    }

    public int httpStatus() {
        return up() ? 200 : 503;
    }
}
