package org.pathway.shared;

/** The NHS ethnic categories (the 2001 census groups used in the NHS Data Dictionary), with their codes. */
public enum EthnicCategory {
    A("White", "British"),
    B("White", "Irish"),
    C("White", "Any other White background"),
    D("Mixed", "White and Black Caribbean"),
    E("Mixed", "White and Black African"),
    F("Mixed", "White and Asian"),
    G("Mixed", "Any other mixed background"),
    H("Asian or Asian British", "Indian"),
    J("Asian or Asian British", "Pakistani"),
    K("Asian or Asian British", "Bangladeshi"),
    L("Asian or Asian British", "Any other Asian background"),
    M("Black or Black British", "Caribbean"),
    N("Black or Black British", "African"),
    P("Black or Black British", "Any other Black background"),
    R("Other ethnic groups", "Chinese"),
    S("Other ethnic groups", "Any other ethnic group"),
    Z("Not stated", "Not stated");

    private final String group;
    private final String label;

    EthnicCategory(String group, String label) {
        this.group = group;
        this.label = label;
    }

    public String group() {
        return group;
    }

    public String label() {
        return label;
    }

    public String code() {
        return name();
    }
}
