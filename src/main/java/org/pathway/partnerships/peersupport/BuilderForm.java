package org.pathway.partnerships.peersupport;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.pathway.partnerships.PeerSupport.BuilderCommand;
import org.pathway.partnerships.PeerSupport.CommunityBuilder;
import org.pathway.workforce.OrganisationId;
import org.springframework.validation.Errors;

/** The community builder form as typed: an organisation chosen or named, localities ticked. */
record BuilderForm(@Size(max = 120, message = "Name must be 120 characters or fewer") String name,
        String organisationId,
        @Size(max = 200, message = "Organisation must be 200 characters or fewer") String organisationName,
        @Size(max = 200, message = "Email address must be 200 characters or fewer") String email,
        @Size(max = 30, message = "Phone number must be 30 characters or fewer") String phone,
        List<String> localityIds) {

    static BuilderForm blank() {
        return new BuilderForm(null, null, null, null, null, List.of());
    }

    static BuilderForm of(CommunityBuilder b) {
        return new BuilderForm(b.name(), b.organisation() == null ? null : b.organisation().id().toString(),
                b.organisationName(), b.email(), b.phone(), b.localities().stream().map(l -> l.id().toString())
                .toList());
    }

    BuilderCommand read(Errors errors) {
        var organisation = FormValues.uuid(organisationId, "organisationId", "Choose an organisation from the list",
                errors);
        return new BuilderCommand(name, organisation == null ? null : new OrganisationId(organisation),
                organisationName, email, phone, FormValues.ids(localityIds, OrganisationId::new, "localityIds",
                "Choose localities from the list", errors));
    }
}
