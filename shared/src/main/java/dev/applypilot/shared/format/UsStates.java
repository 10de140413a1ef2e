package dev.applypilot.shared.format;

/** US state and DC postal codes and names, for region selects. */
public final class UsStates {

    private static final NameTable TABLE = new NameTable(
            "AL:alabama;AK:alaska;AZ:arizona;AR:arkansas;CA:california;CO:colorado;CT:connecticut;DE:delaware;"
            + "DC:district of columbia,washington dc;FL:florida;GA:georgia;HI:hawaii;ID:idaho;IL:illinois;IN:indiana;IA:iowa;"
            + "KS:kansas;KY:kentucky;LA:louisiana;ME:maine;MD:maryland;MA:massachusetts;MI:michigan;MN:minnesota;"
            + "MS:mississippi;MO:missouri;MT:montana;NE:nebraska;NV:nevada;NH:new hampshire;NJ:new jersey;NM:new mexico;"
            + "NY:new york;NC:north carolina;ND:north dakota;OH:ohio;OK:oklahoma;OR:oregon;PA:pennsylvania;RI:rhode island;"
            + "SC:south carolina;SD:south dakota;TN:tennessee;TX:texas;UT:utah;VT:vermont;VA:virginia;WA:washington;"
            + "WV:west virginia;WI:wisconsin;WY:wyoming;PR:puerto rico");

    private UsStates() {
    }

    /** The two-letter code for a code or state name, or {@code null}. */
    public static String codeOf(String text) {
        return TABLE.codeOf(text);
    }

    /** Title-cased state name for a code, or {@code null}. */
    public static String name(String code) {
        return TABLE.displayName(code);
    }
}
