package org.pathway.partnerships.loading;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.pathway.partnerships.AgreementKind;

/** Loads the demo's agreements between the ICS's organisations. */
public interface AgreementsLoader {

    int load(List<NewAgreement> agreements);

    /** An agreement of the ICS {@code ics} between its organisations {@code parties}. */
    record NewAgreement(UUID ics, AgreementKind kind, String title, List<UUID> parties, LocalDate startsOn,
            LocalDate reviewOn, LocalDate expiresOn, String notes) {}
}
