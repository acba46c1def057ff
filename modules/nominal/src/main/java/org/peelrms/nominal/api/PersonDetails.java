package org.peelrms.nominal.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A person's own details as an officer enters or corrects them.
 *
 * @param pncId the Police National Computer id, written like 2019/0123456A
 */
public record PersonDetails(
        @NotBlank(message = "the surname is required") @Size(max = 100, message = "the surname is longer than 100 characters") String surname,
        @Size(max = 200, message = "the forenames are longer than 200 characters") String forenames,
        @Past(message = "the date of birth must be in the past") LocalDate dateOfBirth,
        @NotNull(message = "the sex is required (Not known is a choice)") Sex sex,
        @Min(value = 50, message = "the height must be at least 50 cm") @Max(value = 250, message = "the height must be at most 250 cm") Integer heightCm,
        @Pattern(regexp = "(\\d{2}|\\d{4})/\\d{1,7}[A-Z]", message = "a PNC ID is written like 2019/0123456A") String pncId) {
}
