package org.pathway.workforce.support;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.OrganisationKind;
import org.pathway.workforce.OrganisationRef;

/** Maps the columns read queries select for an organisation: {@code id, name, kind, ods_code}, optionally prefixed. */
public final class Rows {

    private Rows() {}

    public static OrganisationRef organisationRef(ResultSet rs, String prefix) throws SQLException {
        return new OrganisationRef(new OrganisationId(rs.getObject(prefix + "id", UUID.class)),
                rs.getString(prefix + "name"), OrganisationKind.valueOf(rs.getString(prefix + "kind")),
                rs.getString(prefix + "ods_code"));
    }
}
