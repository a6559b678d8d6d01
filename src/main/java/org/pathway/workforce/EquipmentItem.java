package org.pathway.workforce;

/**
 * What a practitioner needs to work away from the practice. The first four make them ready to work remotely (the
 * seeds' readiness table); a designated workspace is recorded beside them.
 */
public enum EquipmentItem {
    LAPTOP("Laptop", true),
    WORK_MOBILE("Work mobile phone", true),
    VIDEO_LICENCE("Video-conferencing licence", true),
    REMOTE_RECORD_ACCESS("Remote access to the clinical record system", true),
    WORKSPACE("Designated workspace", false);

    private final String label;
    private final boolean neededToWorkRemotely;

    EquipmentItem(String label, boolean neededToWorkRemotely) {
        this.label = label;
        this.neededToWorkRemotely = neededToWorkRemotely;
    }

    public String label() {
        return label;
    }

    public boolean neededToWorkRemotely() {
        return neededToWorkRemotely;
    }
}
