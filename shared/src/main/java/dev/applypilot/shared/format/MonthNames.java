package dev.applypilot.shared.format;

/**
 * Month names and their usual abbreviations in English, German, French, Spanish, Dutch, Italian, Portuguese and
 * Polish (Polish also in the genitive, as in "1 marca"), for reading month pick lists of split dates. No
 * abbreviation is listed under two different months.
 */
public final class MonthNames {

    private static final NameTable TABLE = new NameTable(
            "1:january,jan,januar,janner,janvier,janv,enero,ene,januari,gennaio,gen,janeiro,styczen,stycznia,sty;"
            + "2:february,feb,februar,fevrier,fevr,fev,febrero,februari,febbraio,fevereiro,luty,lutego,lut;"
            + "3:march,mar,marz,mars,marzo,maart,mrt,marco,marzec,marca;"
            + "4:april,apr,avril,avr,abril,abr,aprile,kwiecien,kwietnia,kwi;"
            + "5:may,mai,mayo,mei,maggio,mag,maio,maj,maja;"
            + "6:june,jun,juni,juin,junio,giugno,giu,junho,czerwiec,czerwca,cze;"
            + "7:july,jul,juli,juillet,juil,julio,luglio,lug,julho,lipiec,lipca,lip;"
            + "8:august,aug,aout,agosto,ago,augustus,sierpien,sierpnia,sie;"
            + "9:september,sep,sept,septembre,septiembre,settembre,set,setembro,wrzesien,wrzesnia,wrz;"
            + "10:october,oct,oktober,okt,octobre,octubre,ottobre,ott,outubro,out,pazdziernik,pazdziernika,paz;"
            + "11:november,nov,novembre,noviembre,novembro,listopad,listopada,lis;"
            + "12:december,dec,dezember,dez,decembre,diciembre,dic,dicembre,dezembro,grudzien,grudnia,gru");

    private MonthNames() {
    }

    /** The month (1-12) a text names ("März", "Sept.", "październik"), or 0. */
    public static int monthOf(String text) {
        String code = TABLE.codeOf(text);
        return code == null ? 0 : Integer.parseInt(code);
    }
}
