package app.runway.assessment.web;

import java.util.List;

import app.runway.assessment.scoring.Profile;
import app.runway.questionnaire.Stage;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The profile step as typed into the form. Industry and stage are plain strings so that an
 * unknown value becomes a field error, not a conversion failure; {@link ProfileChoices} checks them.
 */
class ProfileForm {

    /** The fields in the order the form shows them, which is the order of the error summary. */
    static final List<String> FIELDS = List.of("startupName", "industry", "stage", "teamSize");
    static final int MAX_NAME = 200;
    static final int MAX_TEAM = 10_000;

    @NotBlank(message = "{assessment.error.startupName.required}")
    @Size(max = MAX_NAME, message = "{assessment.error.startupName.tooLong}")
    private String startupName;

    @NotBlank(message = "{assessment.error.industry.required}")
    private String industry;

    @NotBlank(message = "{assessment.error.stage.required}")
    private String stage;

    @NotNull(message = "{assessment.error.teamSize.required}")
    @Min(value = 1, message = "{assessment.error.teamSize.range}")
    @Max(value = MAX_TEAM, message = "{assessment.error.teamSize.range}")
    private Integer teamSize;

    static ProfileForm of(Profile profile) {
        ProfileForm form = new ProfileForm();
        form.startupName = profile.startupName();
        form.industry = profile.industry();
        form.stage = profile.stage().id();
        form.teamSize = profile.teamSize();
        return form;
    }

    /** Only after validation: every field is then present and known. */
    Profile toProfile() {
        return new Profile(startupName.strip(), industry, Stage.fromId(stage).orElseThrow(), teamSize);
    }

    public String getStartupName() {
        return startupName;
    }

    public void setStartupName(String startupName) {
        this.startupName = startupName;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    public Integer getTeamSize() {
        return teamSize;
    }

    public void setTeamSize(Integer teamSize) {
        this.teamSize = teamSize;
    }
}
