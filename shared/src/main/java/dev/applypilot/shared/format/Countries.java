package dev.applypilot.shared.format;

import java.util.List;

/**
 * ISO-3166 alpha-2 codes and country names in English, German, French, Spanish, Dutch, Italian,
 * Portuguese and Polish (plus common short forms like "USA", "UK"), for option matching and for
 * finding the country a work-authorization question is about.
 */
public final class Countries {

    private static final NameTable TABLE = new NameTable(
            "US:united states,united states of america,usa,u s a,u s,us,america,vereinigte staaten,etats unis,estados unidos,"
                    + "verenigde staten,stati uniti,stany zjednoczone;"
            + "GB:united kingdom,uk,u k,great britain,britain,england,vereinigtes konigreich,grossbritannien,royaume uni,reino unido,"
                    + "verenigd koninkrijk,regno unito,wielka brytania;"
            + "DE:germany,deutschland,allemagne,alemania,duitsland,germania,alemanha,niemcy;"
            + "FR:france,frankreich,francia,frankrijk,franca,francja;"
            + "ES:spain,spanien,espagne,espana,spanje,spagna,espanha,hiszpania;"
            + "NL:netherlands,the netherlands,holland,niederlande,pays bas,paises bajos,nederland,paesi bassi,holanda,paises baixos,holandia;"
            + "IT:italy,italien,italie,italia,italie,itália,wlochy;"
            + "PT:portugal,portogallo,portugalia;"
            + "PL:poland,polen,pologne,polonia,polen,polonia,polonia,polska;"
            + "BE:belgium,belgien,belgique,belgica,belgie,belgio,belgia;"
            + "AT:austria,osterreich,autriche,oostenrijk,austria;"
            + "CH:switzerland,schweiz,suisse,suiza,zwitserland,svizzera,suica,szwajcaria;"
            + "IE:ireland,irland,irlande,irlanda,ierland,irlandia;"
            + "LU:luxembourg,luxemburg,luxemburgo,lussemburgo;"
            + "DK:denmark,danemark,dinamarca,denemarken,danimarca,dania,daenemark;"
            + "SE:sweden,schweden,suede,suecia,zweden,svezia,szwecja;"
            + "NO:norway,norwegen,norvege,noruega,noorwegen,norvegia,norwegia;"
            + "FI:finland,finnland,finlande,finlandia,finlandia;"
            + "CZ:czech republic,czechia,tschechien,republique tcheque,chequia,tsjechie,repubblica ceca,czechy;"
            + "SK:slovakia,slowakei,slovaquie,eslovaquia,slowakije,slovacchia,slowacja;"
            + "HU:hungary,ungarn,hongrie,hungria,hongarije,ungheria,wegry;"
            + "RO:romania,rumanien,roumanie,rumania,roemenie,rumunia;"
            + "GR:greece,griechenland,grece,grecia,griekenland,grecja;"
            + "CA:canada,kanada,canada;"
            + "MX:mexico,mexiko,mexique,messico,meksyk;"
            + "BR:brazil,brasilien,bresil,brasil,brazilie,brasile,brazylia;"
            + "AR:argentina,argentinien,argentine,argentinie;"
            + "AU:australia,australien,australie;"
            + "NZ:new zealand,neuseeland,nouvelle zelande,nueva zelanda,nieuw zeeland,nuova zelanda,nowa zelandia;"
            + "IN:india,indien,inde,indie,indie;"
            + "CN:china,chine,cina,chiny;"
            + "JP:japan,japon,giappone,japao,japonia;"
            + "KR:south korea,korea,republic of korea,sudkorea,coree du sud,corea del sur,zuid korea,corea del sud,korea poludniowa;"
            + "SG:singapore,singapur,singapour,singapura;"
            + "IL:israel,israele,izrael;"
            + "AE:united arab emirates,uae,vereinigte arabische emirate,emirats arabes unis,emiratos arabes unidos;"
            + "ZA:south africa,sudafrika,afrique du sud,sudafrica,zuid afrika,republika poludniowej afryki;"
            + "UA:ukraine,ucrania,oekraine,ucraina,ukraina;"
            + "TR:turkey,turkiye,turkei,turquie,turquia,turkije,turchia,turcja;"
            + "EG:egypt,agypten,egypte,egipto,egitto,egipt;"
            + "SA:saudi arabia,saudi arabien,arabie saoudite,arabia saudita,saoedi arabie,arabia saudyjska;"
            + "RS:serbia,serbien,serbie,servie,serbia;"
            + "HR:croatia,kroatien,croatie,croacia,kroatie,croazia,chorwacja;"
            + "SI:slovenia,slowenien,slovenie,eslovenia,slovenie,slowenia;"
            + "BG:bulgaria,bulgarien,bulgarie,bulgarije,bulgaria;"
            + "EE:estonia,estland,estonie;LV:latvia,lettland,lettonie,letonia,letland;LT:lithuania,litauen,lituanie,lituania,litouwen,litwa");

    private Countries() {
    }

    /** Normalised names (English first) of an ISO alpha-2 code; empty when unknown. */
    public static List<String> names(String code) {
        return TABLE.names(code);
    }

    /** The ISO alpha-2 code for a code or name in any of the eight languages, or {@code null}. */
    public static String codeOf(String text) {
        return TABLE.codeOf(text);
    }

    /** English name, title-cased ("United States"), or {@code null}. */
    public static String englishName(String code) {
        return TABLE.displayName(code);
    }

    /** Countries named inside a text ("authorized to work in the United States" gives {@code [US]}). */
    public static List<String> mentionedIn(String text) {
        return TABLE.codesMentionedIn(text);
    }
}
