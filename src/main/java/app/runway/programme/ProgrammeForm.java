package app.runway.programme;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

/**
 * A programme as typed into the admin's form. Dates stay strings until {@link #check}, so that a
 * mistyped date is a message beside its field, not a failed request.
 */
class ProgrammeForm {

    /** Years a programme can run in: a typo such as 20270 is caught, and every database can store the date. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    @NotBlank(message = "{programme.form.name.required}")
    @Size(max = 120, message = "{programme.form.name.tooLong}")
    private String name;

    private String startsOn;
    private String endsOn;
    private String language = "en";

    static ProgrammeForm of(ProgrammeDetails details) {
        ProgrammeForm form = new ProgrammeForm();
        form.name = details.name();
        form.startsOn = details.startsOn().toString();
        form.endsOn = details.endsOn().toString();
        form.language = details.language();
        return form;
    }

    /** The details, or null with the reasons in {@code errors}. */
    ProgrammeDetails check(Errors errors) {
        LocalDate start = date("startsOn", startsOn, errors);
        LocalDate end = date("endsOn", endsOn, errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.rejectValue("endsOn", "programme.form.date.order");
        }
        if (!"en".equals(language) && !"zh".equals(language)) {
            errors.rejectValue("language", "programme.form.language.invalid");
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new ProgrammeDetails(name.strip(), start, end, language);
    }

    private static LocalDate date(String field, String value, Errors errors) {
        if (value == null || value.isBlank()) {
            errors.rejectValue(field, "programme.form.date.required");
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
                errors.rejectValue(field, "programme.form.date.invalid");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "programme.form.date.invalid");
            return null;
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(String startsOn) {
        this.startsOn = startsOn;
    }

    public String getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(String endsOn) {
        this.endsOn = endsOn;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
