package app.runway.admin;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How admin pages write times: in UTC, said so in the column headings, whatever the server's zone. */
final class Times {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private Times() {
    }
}
