package app.runway.guide;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the guide comes from.
 *
 * @param location a folder holding {@code en/} and {@code zh/} chapter files; blank for the guide
 *                 bundled in the application
 */
@ConfigurationProperties("runway.guide")
public record GuideProperties(String location) {

    public boolean bundled() {
        return location == null || location.isBlank();
    }
}
