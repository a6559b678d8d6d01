package org.pathway.activities.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a provider types to add or change a listing: everything as typed (numbers and times as text, so a mistake
 * is shown back as it was), checked here and in {@link ListingEditing#check}. Up to three weekly, fortnightly or
 * monthly sessions; blank session rows are ignored.
 */
record ListingForm(
        @NotBlank(message = "Enter the name of the activity") @Size(max = 200, message = "Name must be 200 characters or fewer") String name,
        @NotBlank(message = "Describe the activity") @Size(max = 4000, message = "Description must be 4,000 characters or fewer") String description,
        @NotEmpty(message = "Choose at least one category") List<String> categories,
        @NotBlank(message = "Choose how the activity is delivered") String deliveryMode,
        @Pattern(regexp = "\\s*(\\d{1,3})?\\s*", message = "Enter the youngest age as a whole number, like 18") String minAge,
        @Pattern(regexp = "\\s*(\\d{1,3})?\\s*", message = "Enter the oldest age as a whole number, like 65") String maxAge,
        @Size(max = 500, message = "Conditions must be 500 characters or fewer") String conditions,
        @Size(max = 200, message = "Area must be 200 characters or fewer") String area,
        @Size(max = 500, message = "Accessibility must be 500 characters or fewer") String accessibility,
        @Size(max = 200, message = "Languages must be 200 characters or fewer") String languages,
        @Pattern(regexp = "\\s*(\\d{1,5})?\\s*", message = "Enter the number of places as a whole number, like 12") String capacity,
        @NotBlank(message = "Choose how practitioners refer people") String referralRoute,
        boolean publicListing,
        @Size(max = 200, message = "Cost must be 200 characters or fewer") String cost,
        @Size(max = 200, message = "Address must be 200 characters or fewer") String address,
        @Size(max = 100, message = "Town must be 100 characters or fewer") String city,
        String postcode,
        @Size(max = 100, message = "Contact name must be 100 characters or fewer") String contactName,
        @Size(max = 40, message = "Phone must be 40 characters or fewer") String contactPhone,
        @Size(max = 200, message = "Email must be 200 characters or fewer") String contactEmail,
        String day1, String start1, String end1, String frequency1, String week1,
        String day2, String start2, String end2, String frequency2, String week2,
        String day3, String start3, String end3, String frequency3, String week3) {

    static ListingForm blank() {
        return new ListingForm("", "", List.of(), "IN_PERSON", "", "", "", "", "", "English", "", "SIGNPOSTING", true, "",
                "", "", "", "", "", "", "", "", "", "WEEKLY", "", "", "", "", "WEEKLY", "", "", "", "", "WEEKLY", "");
    }

    List<String> session(int n) {
        return switch (n) {
            case 1 -> java.util.Arrays.asList(day1, start1, end1, frequency1, week1);
            case 2 -> java.util.Arrays.asList(day2, start2, end2, frequency2, week2);
            default -> java.util.Arrays.asList(day3, start3, end3, frequency3, week3);
        };
    }
}
