package org.pathway.workforce.organisations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.OrganisationKind;
import org.pathway.workforce.OrganisationRef;

/**
 * Maps the columns read queries select for an organisation: {@code id, name, kind, ods_code}, optionally prefixed.
 * Public for the services and practitioners features, whose rows name an employer or an area.
 */
public final class OrganisationRows {

    private OrganisationRows() {}

    public static OrganisationRef organisationRef(ResultSet rs, String prefix) throws SQLException {
        return new OrganisationRef(new OrganisationId(rs.getObject(prefix + "id", UUID.class)),
                rs.getString(prefix + "name"), OrganisationKind.valueOf(rs.getString(prefix + "kind")),
                rs.getString(prefix + "ods_code"));
    }
}
