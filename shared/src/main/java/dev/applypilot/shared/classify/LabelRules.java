package dev.applypilot.shared.classify;

import dev.applypilot.shared.format.Phrase;
import static dev.applypilot.shared.form.FieldType.*;

import dev.applypilot.shared.form.FieldType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The label-pattern table, kept as data: per field type and language the phrases that suggest it and
 * the phrases that veto it. Languages: en, de, fr, es, nl, it, pt, pl for every type; ru, tr, cs, sk, da / nb, sv, fi
 * for names, contact and address. Phrases are matched on
 * normalised words (lower case, accents folded, punctuation removed); {@code word*} is a prefix.
 */
public final class LabelRules {

    /** Vetoes shared by every "this is about the applicant" type: someone else's data or another entity. */
    private static final String NOT_APPLICANT = "referr*|referee|referent*|reference|references|who referred|recruiter|emergency"
            + "|hiring manager|manager s|supervisor|spouse|parent|guardian|cardholder|card holder|karteninhaber|titulaire"
            + "|empfehl*|parrain*|referencia|referente|polecaj*|contact person|ansprechpartner";
    private static final String NAME_NOT = NOT_APPLICANT + "|company|employer|firma|firmen*|unternehmen*|entreprise|societe|empresa"
            + "|azienda|bedrijf*|school|university|user name|username|user|benutzer*|utilisateur|usuario|utente|gebruiker*"
            + "|file|domain|project|product|account|job|position|event|team|pet|street|strasse|bank|firm*|discount|coupon|promo|voucher|gift"
            + "|card|tarjeta|carte|karte|titolare|kaart|karta|cartao";

    /** Inverted or different age questions, in every language: "under 18", "minor", "moins de 18 ans", experience. */
    private static final String OVER_18_NOT = "under|younger|below|less than|minor|minors|unter|minderjahrig*|moins de|mineur*|menor|menores"
            + "|jonger|minderjarig*|minorenne|meno di|ponizej|niepelnoletni*|experien*|erfahrung*|esperienz*|ervaring*|doswiadcz*";

    private static final List<LabelRule> RULES = List.of(
            LabelRule.of(GIVEN_NAME, "en", "first name|given name|forename|firstname", NAME_NOT + "|preferred|nick*|full name|first and last|complete name"),
            LabelRule.of(GIVEN_NAME, "de", "vorname|vornamen", ""),
            LabelRule.of(GIVEN_NAME, "fr", "prenom|prenoms", ""),
            LabelRule.of(GIVEN_NAME, "es", "nombre|nombres|primer nombre", "completo|apellido*"),
            LabelRule.of(GIVEN_NAME, "nl", "voornaam|voornamen", ""),
            LabelRule.of(GIVEN_NAME, "it", "nome", "completo|cognome"),
            LabelRule.of(GIVEN_NAME, "pt", "primeiro nome|nome proprio", ""),
            LabelRule.of(GIVEN_NAME, "pl", "imie", "nazwisko"),

            LabelRule.of(FAMILY_NAME, "en", "last name|family name|surname|lastname", NAME_NOT + "|maiden|previous|former|second|segundo|segunda|primer|primera|kana|phonetic|full name|first and last|complete name"),
            LabelRule.of(FAMILY_NAME, "de", "nachname|familienname|zuname", ""),
            LabelRule.of(FAMILY_NAME, "fr", "nom de famille|nom", "prenom|complet|usage"),
            LabelRule.of(FAMILY_NAME, "es", "apellido|apellidos", ""),
            LabelRule.of(FAMILY_NAME, "nl", "achternaam|familienaam", ""),
            LabelRule.of(FAMILY_NAME, "it", "cognome", ""),
            LabelRule.of(FAMILY_NAME, "pt", "sobrenome|apelido|ultimo nome", ""),
            LabelRule.of(FAMILY_NAME, "pl", "nazwisko", "imie"),

            LabelRule.of(FULL_NAME, "en", "full name|your name|name|legal name|candidate name|applicant name|first and last name",
                    NAME_NOT + "|middle|preferred|nick*|maiden|address|adresse|adres|direccion|indirizzo"),
            LabelRule.of(FULL_NAME, "de", "vollstandiger name|vor und nachname|vor und zuname", ""),
            LabelRule.of(FULL_NAME, "fr", "nom complet|nom et prenom|prenom et nom|nom prenom|prenom nom", ""),
            LabelRule.of(FULL_NAME, "es", "nombre completo|nombre y apellido|nombre y apellidos", ""),
            LabelRule.of(FULL_NAME, "nl", "volledige naam|naam", ""),
            LabelRule.of(FULL_NAME, "it", "nome completo|nome e cognome", ""),
            LabelRule.of(FULL_NAME, "pt", "nome completo", ""),
            LabelRule.of(FULL_NAME, "pl", "imie i nazwisko", ""),

            LabelRule.of(PREFERRED_NAME, "en", "preferred name|preferred first name|nickname|goes by|known as|name you d prefer|name you prefer|prefer to be called",
                    NOT_APPLICANT + "|do you have|have a|pronoun*|last"),
            LabelRule.of(PREFERRED_NAME, "de", "rufname|bevorzugter name", ""),
            LabelRule.of(PREFERRED_NAME, "fr", "nom d usage|prenom d usage", ""),
            LabelRule.of(PREFERRED_NAME, "es", "nombre preferido", ""),
            LabelRule.of(PREFERRED_NAME, "nl", "roepnaam", ""),
            LabelRule.of(PREFERRED_NAME, "it", "nome preferito", ""),
            LabelRule.of(PREFERRED_NAME, "pt", "nome preferido|nome social", ""),
            LabelRule.of(PREFERRED_NAME, "pl", "preferowane imie", ""),

            LabelRule.of(EMAIL, "en", "email|e mail|email address|mail address|mail", NOT_APPLICANT + "|newsletter|subscribe|friend"),
            LabelRule.of(EMAIL, "de", "e mail adresse|emailadresse|mailadresse", ""),
            LabelRule.of(EMAIL, "fr", "courriel|adresse electronique", ""),
            LabelRule.of(EMAIL, "es", "correo|correo electronico", ""),
            LabelRule.of(EMAIL, "nl", "e mailadres|emailadres|mailadres", ""),
            LabelRule.of(EMAIL, "it", "posta elettronica", ""),
            LabelRule.of(EMAIL, "pt", "correio eletronico", ""),
            LabelRule.of(EMAIL, "pl", "poczta|adres e mail", ""),

            LabelRule.of(PHONE, "en", "phone|telephone|mobile|cell|phone number|mobile number|contact number|cellphone",
                    NOT_APPLICANT + "|type|device|extension|ext|fax|work phone|office|other|alternate|alternative"),
            LabelRule.of(PHONE, "de", "telefon*|handy*|mobil*|rufnummer", ""),
            LabelRule.of(PHONE, "fr", "telephone|portable|numero de telephone", ""),
            LabelRule.of(PHONE, "es", "telefono|movil|celular", ""),
            LabelRule.of(PHONE, "nl", "telefoon*|mobiel*|gsm", ""),
            LabelRule.of(PHONE, "it", "telefono|cellulare", ""),
            LabelRule.of(PHONE, "pt", "telefone|telemovel", ""),
            LabelRule.of(PHONE, "pl", "telefon*|komorka", ""),

            LabelRule.of(PHONE_COUNTRY_CODE, "en", "country code|dial code|calling code|phone code|country prefix|dialing code",
                    "address|billing|shipping|delivery|invoice|citizenship|citizen|nationality|birth|residence|passport"),
            LabelRule.of(PHONE_COUNTRY_CODE, "de", "landesvorwahl|vorwahl", ""),
            LabelRule.of(PHONE_COUNTRY_CODE, "fr", "indicatif|indicatif pays", ""),
            LabelRule.of(PHONE_COUNTRY_CODE, "es", "prefijo|codigo de pais", ""),
            LabelRule.of(PHONE_COUNTRY_CODE, "nl", "landcode|landnummer", ""),
            LabelRule.of(PHONE_COUNTRY_CODE, "it", "prefisso|prefisso internazionale", ""),
            LabelRule.of(PHONE_COUNTRY_CODE, "pt", "codigo do pais|indicativo", ""),
            LabelRule.of(PHONE_COUNTRY_CODE, "pl", "kierunkowy|numer kierunkowy", ""),

            LabelRule.of(PHONE_EXTENSION, "en", "extension|phone extension|ext", "house|huis|nr|number|file|browser"),
            LabelRule.of(PHONE_EXTENSION, "de", "durchwahl", ""),
            LabelRule.of(PHONE_EXTENSION, "fr", "poste telephonique", ""),
            LabelRule.of(PHONE_EXTENSION, "es", "extension telefonica", ""),
            LabelRule.of(PHONE_EXTENSION, "nl", "toestel|toestelnummer", ""),
            LabelRule.of(PHONE_EXTENSION, "pt", "ramal", ""),
            LabelRule.of(PHONE_EXTENSION, "pl", "numer wewnetrzny", ""),

            LabelRule.of(ADDRESS_LINE1, "en", "address|street address|address line 1|address line1|address 1|street|mailing address|home address",
                    NOT_APPLICANT + "|email|e mail|mail address|web|website|url|ip|line 2|address 2|line2|address2|billing|invoice"
                            + "|company|employer|school|city|town|zip|postal|country|state|name|phone|mobile|tel|text|2|3|ii"
                            + "|zusatz|adresszusatz|complement*|toevoeging|landmark|apartment|suite|floor|building"
                            + "|lookup|search|find|zoek*|such*|recherche|buscar|cerca|saisissez"),
            LabelRule.of(ADDRESS_LINE1, "de", "strasse|anschrift|adresse|strasse und hausnummer|strasse hausnummer|strasse nr", ""),
            LabelRule.of(ADDRESS_LINE1, "fr", "adresse|adresse postale|rue|numero et rue", ""),
            LabelRule.of(ADDRESS_LINE1, "es", "direccion|calle|domicilio|direccion postal", ""),
            LabelRule.of(ADDRESS_LINE1, "nl", "adres|straat|straatnaam en huisnummer|straat en huisnummer", ""),
            LabelRule.of(ADDRESS_LINE1, "it", "indirizzo|via e numero civico", ""),
            LabelRule.of(ADDRESS_LINE1, "pt", "endereco|morada|rua|logradouro", ""),
            LabelRule.of(ADDRESS_LINE1, "pl", "adres|ulica|ulica i numer", ""),

            LabelRule.of(ADDRESS_LINE2, "en", "address line 2|address line2|address 2|apartment suite|apt suite|second address line|adresse 2|adres 2|adresa 2",
                    NOT_APPLICANT + "|email|billing|street and number|street number|house number|hausnummer|strasse und hausnummer"),
            LabelRule.of(ADDRESS_LINE2, "de", "adresszusatz|adresse zusatz|adresszeile 2", ""),
            LabelRule.of(ADDRESS_LINE2, "fr", "complement d adresse|adresse ligne 2|complement adresse", ""),
            LabelRule.of(ADDRESS_LINE2, "es", "direccion linea 2|direccion 2", ""),
            LabelRule.of(ADDRESS_LINE2, "nl", "adresregel 2|toevoeging adres", ""),
            LabelRule.of(ADDRESS_LINE2, "it", "indirizzo riga 2|indirizzo 2", ""),
            LabelRule.of(ADDRESS_LINE2, "pt", "complemento", ""),
            LabelRule.of(ADDRESS_LINE2, "pl", "adres linia 2", ""),

            LabelRule.of(CITY, "en", "city|town|city town|town city|locality",
                    NOT_APPLICANT + "|birth|geburt*|naissance|nacimiento|nascita|nascimento|urodzenia|school|university|company|employer"
                            + "|job|work|preferred|desired|relocat*|state|province|country|zip|postal|code|where|located"),
            LabelRule.of(CITY, "de", "stadt|ort|wohnort", ""),
            LabelRule.of(CITY, "fr", "ville|localite", ""),
            LabelRule.of(CITY, "es", "ciudad|localidad|poblacion|municipio", ""),
            LabelRule.of(CITY, "nl", "stad|plaats|woonplaats|plaatsnaam", ""),
            LabelRule.of(CITY, "it", "citta|comune|localita", ""),
            LabelRule.of(CITY, "pt", "cidade|localidade", ""),
            LabelRule.of(CITY, "pl", "miasto|miejscowosc", ""),

            LabelRule.of(REGION, "en", "state|province|region|county|state province|state region",
                    NOT_APPLICANT + "|united states|birth|country|city|zip|postal|code|marital|visa|status|pays|land|pais|paese|kraj|no region"),
            LabelRule.of(REGION, "de", "bundesland|kanton", ""),
            LabelRule.of(REGION, "fr", "departement|etat", ""),
            LabelRule.of(REGION, "es", "provincia|estado|comunidad autonoma", ""),
            LabelRule.of(REGION, "nl", "provincie", ""),
            LabelRule.of(REGION, "it", "regione", ""),
            LabelRule.of(REGION, "pt", "distrito", ""),
            LabelRule.of(REGION, "pl", "wojewodztwo", ""),

            LabelRule.of(POSTAL_CODE, "en", "zip|zip code|zipcode|postal code|postcode|post code|zip postal code|postal",
                    NOT_APPLICANT + "|city|town|address|adresse|adres|street|straat|lookup|search|zoek*|such*|recherche|buscar|saisissez"),
            LabelRule.of(POSTAL_CODE, "de", "plz|postleitzahl", ""),
            LabelRule.of(POSTAL_CODE, "fr", "code postal", ""),
            LabelRule.of(POSTAL_CODE, "es", "codigo postal|cp", ""),
            LabelRule.of(POSTAL_CODE, "nl", "postcode", ""),
            LabelRule.of(POSTAL_CODE, "it", "cap|codice postale", ""),
            LabelRule.of(POSTAL_CODE, "pt", "cep|codigo postal", ""),
            LabelRule.of(POSTAL_CODE, "pl", "kod pocztowy", ""),

            LabelRule.of(COUNTRY, "en", "country|country of residence|country region",
                    NOT_APPLICANT + "|citizenship|citizen|nationality|birth|code|phone|dial|calling|issuing|issued|passport|authori*"
                            + "|eligib*|work|education|school|university|degree|job|position|preferred|desired|relocat*|located|live"
                            + "|staatsangehorigkeit|nationalitat|nationalite|nacionalidad|nazionalita|nacionalidade|obywatelstwo|narodowosc"
                            + "|geburt*|naissance|nacimiento|nascita|nascimento|urodzenia|visa|tax|other|state|city|province|mark|landmark"
                            + "|are you|do you|will you|reside|residing|based|role"),
            LabelRule.of(COUNTRY, "de", "land|wohnsitzland", ""),
            LabelRule.of(COUNTRY, "fr", "pays|pays de residence", ""),
            LabelRule.of(COUNTRY, "es", "pais|pais de residencia", ""),
            LabelRule.of(COUNTRY, "nl", "land|woonland", ""),
            LabelRule.of(COUNTRY, "it", "paese|nazione|paese di residenza", ""),
            LabelRule.of(COUNTRY, "pt", "pais de residencia", ""),
            LabelRule.of(COUNTRY, "pl", "kraj", ""),

            LabelRule.of(LINKEDIN_URL, "*", "linkedin|linked in|linkedin profile|linkedin url", NOT_APPLICANT + "|company"),
            LabelRule.of(GITHUB_URL, "*", "github|git hub|github profile|github url", NOT_APPLICANT + "|company"),
            LabelRule.of(PORTFOLIO_URL, "*", "portfolio|portfolio url|portfolio link|portfolio website|behance|dribbble|portafolio|portfolio link",
                    NOT_APPLICANT + "|company|upload|attach"),
            LabelRule.of(WEBSITE_URL, "en", "website|personal website|web site|homepage|personal site|blog|website url",
                    NOT_APPLICANT + "|company|employer|firma|unternehmen|empresa|entreprise|bedrijf|azienda|linkedin|github|twitter"
                            + "|facebook|instagram|portfolio|other|school"),
            LabelRule.of(WEBSITE_URL, "de", "webseite|internetseite", ""),
            LabelRule.of(WEBSITE_URL, "fr", "site web|site internet", ""),
            LabelRule.of(WEBSITE_URL, "es", "sitio web|pagina web", ""),
            LabelRule.of(WEBSITE_URL, "it", "sito web|sito internet", ""),
            LabelRule.of(WEBSITE_URL, "pt", "site pessoal", ""),
            LabelRule.of(WEBSITE_URL, "pl", "strona www|strona internetowa", ""),

            LabelRule.of(CURRENT_COMPANY, "en", "current company|current employer|employer|company|company name|most recent employer|organization|organisation",
                    NOT_APPLICANT + "|why|interest*|previous|past|former|worked|work for|ever|size|industry|website|url|web|address"
                            + "|phone|type|other|applying|this company|our company|about|hear|vat|tax|registration|ust|email|school|city"),
            LabelRule.of(CURRENT_COMPANY, "de", "aktueller arbeitgeber|arbeitgeber|firma|firmenname|unternehmen", ""),
            LabelRule.of(CURRENT_COMPANY, "fr", "employeur actuel|employeur|entreprise|societe", ""),
            LabelRule.of(CURRENT_COMPANY, "es", "empresa actual|empleador|empresa", ""),
            LabelRule.of(CURRENT_COMPANY, "nl", "huidige werkgever|werkgever|bedrijf|bedrijfsnaam", ""),
            LabelRule.of(CURRENT_COMPANY, "it", "azienda attuale|datore di lavoro|azienda|ragione sociale", ""),
            LabelRule.of(CURRENT_COMPANY, "pt", "empresa atual|empregador", ""),
            LabelRule.of(CURRENT_COMPANY, "pl", "obecny pracodawca|pracodawca|firma", ""),

            LabelRule.of(CURRENT_TITLE, "en", "current title|job title|current job title|current position|current role|position title|your title",
                    NOT_APPLICANT + "|why|interest*|apply*|desired|which|this|dream|looking|want|salutation|honorific|academic|preferred"),
            LabelRule.of(CURRENT_TITLE, "de", "aktuelle position|berufsbezeichnung|jobtitel|aktuelle stelle", "anrede|akademisch*|gewunscht*"),
            LabelRule.of(CURRENT_TITLE, "fr", "poste actuel|intitule du poste|titre du poste", "civilite|souhaite"),
            LabelRule.of(CURRENT_TITLE, "es", "cargo actual|puesto actual|titulo del puesto", "deseado"),
            LabelRule.of(CURRENT_TITLE, "nl", "functietitel|huidige functie", "aanhef|gewenste"),
            LabelRule.of(CURRENT_TITLE, "it", "ruolo attuale|posizione attuale", "desiderat*"),
            LabelRule.of(CURRENT_TITLE, "pt", "cargo atual|funcao atual", "desejad*"),
            LabelRule.of(CURRENT_TITLE, "pl", "obecne stanowisko|stanowisko", "oczekiwane"),

            LabelRule.of(YEARS_OF_EXPERIENCE, "en", "years of experience|years experience|years of professional experience|total experience",
                    "with|using|in python|in java"),
            LabelRule.of(YEARS_OF_EXPERIENCE, "de", "berufserfahrung in jahren|jahre berufserfahrung|jahre erfahrung", ""),
            LabelRule.of(YEARS_OF_EXPERIENCE, "fr", "annees d experience", ""),
            LabelRule.of(YEARS_OF_EXPERIENCE, "es", "anos de experiencia", ""),
            LabelRule.of(YEARS_OF_EXPERIENCE, "nl", "jaren ervaring|jaren werkervaring", ""),
            LabelRule.of(YEARS_OF_EXPERIENCE, "it", "anni di esperienza", ""),
            LabelRule.of(YEARS_OF_EXPERIENCE, "pl", "lata doswiadczenia|lat doswiadczenia", ""),

            LabelRule.of(SCHOOL, "en", "school|university|college|institution|school name|university name",
                    NOT_APPLICANT + "|degree|graduat*|country|city|location|address|start|end|year|date|email|phone|type|level|high school diploma|other"),
            LabelRule.of(SCHOOL, "de", "hochschule|universitat|schule|bildungseinrichtung", ""),
            LabelRule.of(SCHOOL, "fr", "ecole|universite|etablissement", ""),
            LabelRule.of(SCHOOL, "es", "universidad|escuela|institucion educativa", ""),
            LabelRule.of(SCHOOL, "nl", "universiteit|hogeschool|onderwijsinstelling", ""),
            LabelRule.of(SCHOOL, "it", "universita|scuola|istituto", ""),
            LabelRule.of(SCHOOL, "pt", "universidade|escola|faculdade|instituicao de ensino", ""),
            LabelRule.of(SCHOOL, "pl", "uczelnia|szkola", ""),

            LabelRule.of(DEGREE, "en", "degree|degree type|qualification|highest degree",
                    NOT_APPLICANT + "|discipline|field|major|year|date|graduat*|country|school|university|celsius|fahrenheit"),
            LabelRule.of(DEGREE, "de", "abschluss|akademischer grad|hochster abschluss", ""),
            LabelRule.of(DEGREE, "fr", "diplome|niveau d etudes", ""),
            LabelRule.of(DEGREE, "es", "titulo|titulacion|grado academico", ""),
            LabelRule.of(DEGREE, "nl", "diploma|opleidingsniveau", ""),
            LabelRule.of(DEGREE, "it", "titolo di studio|laurea", ""),
            LabelRule.of(DEGREE, "pt", "grau academico|formacao", ""),
            LabelRule.of(DEGREE, "pl", "stopien|wyksztalcenie", ""),

            LabelRule.of(DISCIPLINE, "en", "discipline|field of study|major|area of study|specialization|specialisation",
                    NOT_APPLICANT + "|country|date|year"),
            LabelRule.of(DISCIPLINE, "de", "studienfach|studiengang|fachrichtung", ""),
            LabelRule.of(DISCIPLINE, "fr", "domaine d etudes|specialite", ""),
            LabelRule.of(DISCIPLINE, "es", "carrera|especialidad|campo de estudio", ""),
            LabelRule.of(DISCIPLINE, "nl", "studierichting|vakgebied", ""),
            LabelRule.of(DISCIPLINE, "it", "specializzazione|corso di laurea", ""),
            LabelRule.of(DISCIPLINE, "pt", "area de estudo|curso", ""),
            LabelRule.of(DISCIPLINE, "pl", "kierunek|kierunek studiow", ""),

            LabelRule.of(GRADUATION_DATE, "en", "graduation date|graduation year|year of graduation|date of graduation|expected graduation", ""),
            LabelRule.of(GRADUATION_DATE, "de", "abschlussjahr|abschlussdatum", ""),
            LabelRule.of(GRADUATION_DATE, "fr", "date d obtention|annee d obtention", ""),
            LabelRule.of(GRADUATION_DATE, "es", "fecha de graduacion|ano de graduacion", ""),
            LabelRule.of(GRADUATION_DATE, "nl", "afstudeerdatum|afstudeerjaar", ""),
            LabelRule.of(GRADUATION_DATE, "it", "data di laurea|anno di laurea", ""),
            LabelRule.of(GRADUATION_DATE, "pt", "data de conclusao|ano de conclusao", ""),
            LabelRule.of(GRADUATION_DATE, "pl", "data ukonczenia|rok ukonczenia", ""),

            LabelRule.of(RESUME_FILE, "*", "resume|cv|curriculum vitae|curriculum|lebenslauf|hoja de vida|zyciorys|resume cv|c v",
                    "cover|anschreiben|motivation*|lettre|carta|photo|foto|bild|picture|avatar|transcript*|certificat*|zeugnis*"
                            + "|portfolio|other|additional|sonstige|weitere|autres|otros|andere|altri|outros|inne|text|paste|type"),
            LabelRule.of(COVER_LETTER_FILE, "en", "cover letter|covering letter|motivation letter|letter of motivation|motivational letter",
                    "do you|will you|would you"),
            LabelRule.of(COVER_LETTER_FILE, "de", "anschreiben|motivationsschreiben|bewerbungsschreiben", ""),
            LabelRule.of(COVER_LETTER_FILE, "fr", "lettre de motivation", ""),
            LabelRule.of(COVER_LETTER_FILE, "es", "carta de presentacion|carta de motivacion", ""),
            LabelRule.of(COVER_LETTER_FILE, "nl", "motivatiebrief|sollicitatiebrief", ""),
            LabelRule.of(COVER_LETTER_FILE, "it", "lettera di presentazione|lettera motivazionale", ""),
            LabelRule.of(COVER_LETTER_FILE, "pt", "carta de apresentacao", ""),
            LabelRule.of(COVER_LETTER_FILE, "pl", "list motywacyjny", ""),

            LabelRule.of(SALARY_EXPECTATION, "en", "salary|desired salary|salary expectation*|expected salary|compensation expectation*|desired pay|expected compensation|pay expectation*|salary requirement*",
                    "current|present|currency|period|frequency|range of this"),
            LabelRule.of(SALARY_EXPECTATION, "de", "gehaltsvorstellung*|gehaltswunsch|gehaltserwartung*|wunschgehalt", "aktuell*|derzeitig*"),
            LabelRule.of(SALARY_EXPECTATION, "fr", "pretentions salariales|salaire souhaite|remuneration souhaitee|pretention salariale", "actuel*"),
            LabelRule.of(SALARY_EXPECTATION, "es", "pretension salarial|expectativa salarial|salario deseado|expectativas salariales", "actual"),
            LabelRule.of(SALARY_EXPECTATION, "nl", "salarisindicatie|salariswens|gewenst salaris", "huidig*"),
            LabelRule.of(SALARY_EXPECTATION, "it", "retribuzione desiderata|pretesa economica|ral desiderata|aspettativa economica", "attuale"),
            LabelRule.of(SALARY_EXPECTATION, "pt", "pretensao salarial|expectativa salarial", "atual"),
            LabelRule.of(SALARY_EXPECTATION, "pl", "oczekiwania finansowe|oczekiwane wynagrodzenie", "obecne"),

            LabelRule.of(START_DATE, "en", "start date|earliest start date|available start date|when can you start|available from|date available|availability date|earliest start",
                    "project|employment|education*|experience*|internship|school|previous|end date|from to|course|degree|study|studies"
                            + "|beruf*|ausbildung|studium|formation|estudios|opleiding|studi|estudos|studia|year|month|day"
                            + "|jahr|monat|annee|mois|ano|mes|jaar|maand|anno|mese|rok|miesiac"),
            LabelRule.of(START_DATE, "de", "eintrittsdatum|fruhester eintrittstermin|eintrittstermin|verfugbar ab|fruhestmoglicher eintritt*", ""),
            LabelRule.of(START_DATE, "fr", "date de disponibilite|disponible a partir|date de debut souhaitee", ""),
            LabelRule.of(START_DATE, "es", "fecha de incorporacion|disponibilidad de incorporacion|fecha de inicio disponible", ""),
            LabelRule.of(START_DATE, "nl", "beschikbaar vanaf|startdatum|ingangsdatum", ""),
            LabelRule.of(START_DATE, "it", "disponibilita a partire|data di inizio disponibile|data disponibilita", ""),
            LabelRule.of(START_DATE, "pt", "data de disponibilidade|disponivel a partir", ""),
            LabelRule.of(START_DATE, "pl", "data rozpoczecia|dostepny od|dostepnosc od", ""),

            LabelRule.of(NOTICE_PERIOD, "en", "notice period|period of notice|notice", "privacy|legal|notice of|read the|acknowledge"),
            LabelRule.of(NOTICE_PERIOD, "de", "kundigungsfrist", ""),
            LabelRule.of(NOTICE_PERIOD, "fr", "preavis|delai de preavis", ""),
            LabelRule.of(NOTICE_PERIOD, "es", "preaviso|periodo de preaviso", ""),
            LabelRule.of(NOTICE_PERIOD, "nl", "opzegtermijn", ""),
            LabelRule.of(NOTICE_PERIOD, "it", "preavviso|periodo di preavviso", ""),
            LabelRule.of(NOTICE_PERIOD, "pt", "aviso previo|periodo de aviso", ""),
            LabelRule.of(NOTICE_PERIOD, "pl", "okres wypowiedzenia", ""),

            LabelRule.of(WORK_AUTHORIZATION, "en", "authorized to work|authorised to work|legally authorized|legally authorised|work authorization|work authorisation|eligible to work|right to work|legally eligible|work permit",
                    "sponsor*"),
            LabelRule.of(WORK_AUTHORIZATION, "de", "arbeitserlaubnis|arbeitsgenehmigung|berechtigt zu arbeiten", ""),
            LabelRule.of(WORK_AUTHORIZATION, "fr", "autorisation de travail|autorise a travailler|permis de travail", ""),
            LabelRule.of(WORK_AUTHORIZATION, "es", "autorizacion de trabajo|permiso de trabajo|autorizado para trabajar", ""),
            LabelRule.of(WORK_AUTHORIZATION, "nl", "werkvergunning|bevoegd om te werken", ""),
            LabelRule.of(WORK_AUTHORIZATION, "it", "autorizzazione al lavoro|permesso di lavoro", ""),
            LabelRule.of(WORK_AUTHORIZATION, "pt", "autorizado a trabalhar|autorizacao de trabalho", ""),
            LabelRule.of(WORK_AUTHORIZATION, "pl", "pozwolenie na prace|prawo do pracy", ""),

            LabelRule.of(SPONSORSHIP, "en", "sponsorship|sponsor|visa sponsorship|h 1b|h1b|immigration sponsorship", "company sponsor|sponsored by"),
            LabelRule.of(SPONSORSHIP, "de", "visumsponsoring|visum|visa", ""),
            LabelRule.of(SPONSORSHIP, "fr", "parrainage de visa|sponsorisation|visa de travail", ""),
            LabelRule.of(SPONSORSHIP, "es", "patrocinio|patrocinio de visa", ""),
            LabelRule.of(SPONSORSHIP, "nl", "sponsoring|visumsponsor*", ""),
            LabelRule.of(SPONSORSHIP, "it", "sponsorizzazione|sponsorizzazione del visto", ""),
            LabelRule.of(SPONSORSHIP, "pt", "patrocinio de visto", ""),
            LabelRule.of(SPONSORSHIP, "pl", "sponsoring wizy|sponsorowanie wizy", ""),

            LabelRule.of(RELOCATION, "en", "relocate|relocation|willing to relocate|open to relocation|open to relocating", "assistance|package|benefit|support|paid"),
            LabelRule.of(RELOCATION, "de", "umzugsbereitschaft|umzugsbereit|umziehen", ""),
            LabelRule.of(RELOCATION, "fr", "demenager|mobilite geographique", ""),
            LabelRule.of(RELOCATION, "es", "reubicarse|reubicacion|trasladarse", ""),
            LabelRule.of(RELOCATION, "nl", "verhuizen|verhuisbereid", ""),
            LabelRule.of(RELOCATION, "it", "trasferirsi|disponibilita al trasferimento", ""),
            LabelRule.of(RELOCATION, "pt", "mudar se|realocacao|mudanca de cidade", ""),
            LabelRule.of(RELOCATION, "pl", "relokacja|przeprowadzki|przeprowadzic", ""),

            // Only "18 or older" wordings: the answer is the over-18 fact, so an inverted question ("under 18", "minor"),
            // another age ("40 years of age or older") or years of experience must not match.
            LabelRule.of(OVER_18, "en", "over 18|at least 18|18 years of age|18 years old|18 years or older|18 or older|18 or over"
                    + "|age of 18|aged 18|legal age|over the age of 18", OVER_18_NOT),
            LabelRule.of(OVER_18, "de", "mindestens 18|volljahrig|18 jahre alt|uber 18", ""),
            LabelRule.of(OVER_18, "fr", "18 ans|majeur|majeure", ""),
            LabelRule.of(OVER_18, "es", "mayor de edad|18 anos|mayor de 18", ""),
            LabelRule.of(OVER_18, "nl", "18 jaar|meerderjarig", ""),
            LabelRule.of(OVER_18, "it", "maggiorenne|18 anni", ""),
            LabelRule.of(OVER_18, "pt", "maior de idade|18 anos|maior de 18", ""),
            LabelRule.of(OVER_18, "pl", "pelnoletni|pelnoletnia|18 lat", ""),

            LabelRule.of(SECURITY_CLEARANCE, "en", "security clearance|clearance", ""),
            LabelRule.of(SECURITY_CLEARANCE, "de", "sicherheitsuberprufung|sicherheitsfreigabe", ""),
            LabelRule.of(SECURITY_CLEARANCE, "fr", "habilitation de securite|habilitation", ""),
            LabelRule.of(SECURITY_CLEARANCE, "es", "autorizacion de seguridad", ""),
            LabelRule.of(SECURITY_CLEARANCE, "nl", "veiligheidsmachtiging", ""),
            LabelRule.of(SECURITY_CLEARANCE, "it", "nulla osta di sicurezza", ""),
            LabelRule.of(SECURITY_CLEARANCE, "pt", "credenciamento de seguranca", ""),
            LabelRule.of(SECURITY_CLEARANCE, "pl", "poswiadczenie bezpieczenstwa", ""),

            LabelRule.of(CRIMINAL_HISTORY, "en", "convicted|felony|criminal|conviction|misdemeanor", ""),
            LabelRule.of(CRIMINAL_HISTORY, "de", "vorstrafe*|strafregister|fuhrungszeugnis|vorbestraft", ""),
            LabelRule.of(CRIMINAL_HISTORY, "fr", "casier judiciaire|condamne", ""),
            LabelRule.of(CRIMINAL_HISTORY, "es", "antecedentes penales", ""),
            LabelRule.of(CRIMINAL_HISTORY, "nl", "strafblad|veroordeeld", ""),
            LabelRule.of(CRIMINAL_HISTORY, "it", "casellario giudiziale|precedenti penali", ""),
            LabelRule.of(CRIMINAL_HISTORY, "pt", "antecedentes criminais", ""),
            LabelRule.of(CRIMINAL_HISTORY, "pl", "karany|niekaralnosc", ""),

            LabelRule.of(REFERRAL_SOURCE, "en", "how did you hear|how did you find|where did you hear|where did you find|how did you learn|referral source|heard about|source of application|how did you come across",
                    "name|email|who|phone|open source|source code"),
            LabelRule.of(REFERRAL_SOURCE, "de", "wie sind sie auf|wie haben sie von|aufmerksam geworden", ""),
            LabelRule.of(REFERRAL_SOURCE, "fr", "comment avez vous connu|comment avez vous entendu|comment avez vous trouve", ""),
            LabelRule.of(REFERRAL_SOURCE, "es", "como te enteraste|como se entero|como nos conociste|como nos conocio", ""),
            LabelRule.of(REFERRAL_SOURCE, "nl", "hoe heeft u|hoe ben je bij|via welk kanaal|hoe ben je op", ""),
            LabelRule.of(REFERRAL_SOURCE, "it", "come hai saputo|come ci hai conosciuto|come ha saputo", ""),
            LabelRule.of(REFERRAL_SOURCE, "pt", "como soube|como ficou sabendo|como nos conheceu", ""),
            LabelRule.of(REFERRAL_SOURCE, "pl", "jak sie dowiedzial*|skad dowiedzial*", ""),

            LabelRule.of(EEO_GENDER, "en", "gender|sex|gender identity", "pronoun*|orientation|transgender|salutation"),
            LabelRule.of(EEO_GENDER, "de", "geschlecht", ""),
            LabelRule.of(EEO_GENDER, "fr", "genre|sexe", ""),
            LabelRule.of(EEO_GENDER, "es", "genero|sexo", ""),
            LabelRule.of(EEO_GENDER, "nl", "geslacht", ""),
            LabelRule.of(EEO_GENDER, "it", "genere|sesso", ""),
            LabelRule.of(EEO_GENDER, "pt", "genero|sexo", ""),
            LabelRule.of(EEO_GENDER, "pl", "plec", ""),

            LabelRule.of(EEO_RACE, "en", "race|ethnicity|race ethnicity|hispanic|latino|hispanic latino|ethnic background", ""),
            LabelRule.of(EEO_RACE, "de", "ethnische herkunft|ethnizitat", ""),
            LabelRule.of(EEO_RACE, "fr", "origine ethnique", ""),
            LabelRule.of(EEO_RACE, "es", "etnia|raza|origen etnico", ""),
            LabelRule.of(EEO_RACE, "nl", "etniciteit|etnische achtergrond", ""),
            LabelRule.of(EEO_RACE, "it", "etnia|origine etnica", ""),
            LabelRule.of(EEO_RACE, "pt", "raca|etnia", ""),
            LabelRule.of(EEO_RACE, "pl", "pochodzenie etniczne", ""),

            LabelRule.of(EEO_VETERAN, "en", "veteran|veteran status|protected veteran", "spouse"),
            LabelRule.of(EEO_VETERAN, "fr", "ancien combattant", ""),
            LabelRule.of(EEO_VETERAN, "es", "veterano", ""),
            LabelRule.of(EEO_VETERAN, "nl", "veteraan", ""),
            LabelRule.of(EEO_VETERAN, "it", "veterano", ""),
            LabelRule.of(EEO_VETERAN, "pt", "veterano", ""),
            LabelRule.of(EEO_VETERAN, "pl", "weteran", ""),

            LabelRule.of(EEO_DISABILITY, "en", "disability|disabled|disability status",
                    "accommodat*|adjustment*|accessib*|assistance|employee|id|name|date|signature"),
            LabelRule.of(EEO_DISABILITY, "de", "behinderung|schwerbehinderung|schwerbehindert", ""),
            LabelRule.of(EEO_DISABILITY, "fr", "handicap|situation de handicap", ""),
            LabelRule.of(EEO_DISABILITY, "es", "discapacidad", ""),
            LabelRule.of(EEO_DISABILITY, "nl", "beperking|arbeidsbeperking", ""),
            LabelRule.of(EEO_DISABILITY, "it", "disabilita|invalidita", ""),
            LabelRule.of(EEO_DISABILITY, "pt", "deficiencia", ""),
            LabelRule.of(EEO_DISABILITY, "pl", "niepelnosprawnosc|niepelnosprawny", ""),

            LabelRule.of(CONSENT, "en", "i agree|i consent|consent|privacy policy|privacy notice|terms and conditions|terms of use|gdpr|data protection|i acknowledge|i accept|agree to", ""),
            LabelRule.of(CONSENT, "de", "datenschutz*|einwilligung|einverstanden|zustimmung|ich stimme", ""),
            LabelRule.of(CONSENT, "fr", "j accepte|consentement|politique de confidentialite|j ai lu", ""),
            LabelRule.of(CONSENT, "es", "acepto|consentimiento|politica de privacidad", ""),
            LabelRule.of(CONSENT, "nl", "ik ga akkoord|toestemming|privacybeleid|privacyverklaring", ""),
            LabelRule.of(CONSENT, "it", "acconsento|consenso|informativa", ""),
            LabelRule.of(CONSENT, "pt", "concordo|consentimento|politica de privacidade", ""),
            LabelRule.of(CONSENT, "pl", "wyrazam zgode|zgoda|akceptuje|rodo", ""),

            // Contact and address core in more languages (Chromium's and Mozilla's i18n test pages cover them):
            // Russian, Turkish, Czech, Slovak, Danish, Norwegian, Swedish, Finnish. Compounds ("brugernavn",
            // "firmanavn", "käyttäjänimi") never equal the bare name word, so they stay unmatched.
            LabelRule.of(GIVEN_NAME, "ru", "имя", "отчество|фамилия|полное|пользователя"),
            LabelRule.of(GIVEN_NAME, "tr", "adınız|isim", "soyad*|soyisim"),
            LabelRule.of(GIVEN_NAME, "cs", "jmeno|krestni jmeno", "prijmeni|cele"),
            LabelRule.of(GIVEN_NAME, "sk", "krstne meno", "priezvisko"),
            LabelRule.of(GIVEN_NAME, "da", "fornavn", ""),
            LabelRule.of(GIVEN_NAME, "sv", "fornamn", ""),
            LabelRule.of(GIVEN_NAME, "fi", "etunimi", ""),
            LabelRule.of(FAMILY_NAME, "ru", "фамилия", ""),
            LabelRule.of(FAMILY_NAME, "tr", "soyad|soyadı|soyadınız|soyisim", ""),
            LabelRule.of(FAMILY_NAME, "cs", "prijmeni", ""),
            LabelRule.of(FAMILY_NAME, "sk", "priezvisko", ""),
            LabelRule.of(FAMILY_NAME, "da", "efternavn|etternavn", ""),
            LabelRule.of(FAMILY_NAME, "sv", "efternamn", ""),
            LabelRule.of(FAMILY_NAME, "fi", "sukunimi", ""),
            LabelRule.of(FULL_NAME, "ru", "фио|полное имя|имя и фамилия", ""),
            LabelRule.of(FULL_NAME, "tr", "ad soyad|adı soyadı|ad soyadı|adınız soyadınız", ""),
            LabelRule.of(FULL_NAME, "cs", "jmeno a prijmeni|cele jmeno", ""),
            LabelRule.of(FULL_NAME, "sk", "meno a priezvisko|cele meno", ""),
            LabelRule.of(FULL_NAME, "da", "navn|fulde navn|fuldt navn|fullt navn", ""),
            LabelRule.of(FULL_NAME, "sv", "namn|fullstandigt namn|for och efternamn", ""),
            LabelRule.of(FULL_NAME, "fi", "nimi|koko nimi", ""),
            LabelRule.of(EMAIL, "ru", "электронная почта|эл почта|почта", ""),
            LabelRule.of(EMAIL, "tr", "e posta|eposta|e posta adresi", ""),
            LabelRule.of(EMAIL, "sv", "e post|epost|e postadress|e postadresse", ""),
            LabelRule.of(EMAIL, "fi", "sahkoposti|sahkopostiosoite", ""),
            LabelRule.of(PHONE, "ru", "телефон|мобильный", ""),
            LabelRule.of(PHONE, "fi", "puhelin*|matkapuhelin", ""),
            LabelRule.of(ADDRESS_LINE1, "ru", "адрес|улица", ""),
            LabelRule.of(ADDRESS_LINE1, "tr", "adres|sokak|cadde", ""),
            LabelRule.of(ADDRESS_LINE1, "cs", "ulice|adresa", ""),
            LabelRule.of(ADDRESS_LINE1, "da", "gade|gadenavn|vejnavn|gateadresse", ""),
            LabelRule.of(ADDRESS_LINE1, "sv", "adress|gatuadress", ""),
            LabelRule.of(ADDRESS_LINE1, "fi", "osoite|katuosoite|lahiosoite", ""),
            LabelRule.of(CITY, "ru", "город", ""),
            LabelRule.of(CITY, "tr", "şehir", ""),
            LabelRule.of(CITY, "cs", "mesto|obec", ""),
            LabelRule.of(CITY, "da", "bynavn", ""),
            LabelRule.of(CITY, "sv", "postort", ""),
            LabelRule.of(CITY, "fi", "kaupunki|postitoimipaikka|paikkakunta", ""),
            LabelRule.of(POSTAL_CODE, "ru", "индекс|почтовый индекс", ""),
            LabelRule.of(POSTAL_CODE, "tr", "posta kodu", ""),
            LabelRule.of(POSTAL_CODE, "cs", "psc|postovni smerovaci cislo", ""),
            LabelRule.of(POSTAL_CODE, "da", "postnummer|postnr", ""),
            LabelRule.of(POSTAL_CODE, "fi", "postinumero", ""),
            LabelRule.of(COUNTRY, "ru", "страна", ""),
            LabelRule.of(COUNTRY, "tr", "ülke", ""),
            LabelRule.of(COUNTRY, "cs", "zeme", ""),
            LabelRule.of(COUNTRY, "sk", "krajina", ""),
            LabelRule.of(COUNTRY, "fi", "maa", ""),
            LabelRule.of(REGION, "ru", "область|регион|край", ""),
            LabelRule.of(REGION, "fi", "maakunta", "")
    );

    /** Identifier-only spellings (concatenations that never appear as separate words in labels). */
    private static final List<LabelRule> IDENTIFIER_RULES = List.of(
            LabelRule.of(GIVEN_NAME, "*", "fname|firstname|givenname|first", ""),
            LabelRule.of(FAMILY_NAME, "*", "lname|lastname|familyname|surname|last", ""),
            LabelRule.of(FULL_NAME, "*", "fullname|full name", ""),
            LabelRule.of(EMAIL, "*", "email|emailaddress", ""),
            LabelRule.of(PHONE, "*", "tel|phonenumber|mobilephone|phone number|telephone number|mobile number|cell number|phone no", ""),
            LabelRule.of(POSTAL_CODE, "*", "zip|zipcode|postcode|postalcode|plz", ""),
            LabelRule.of(ADDRESS_LINE1, "*", "address1|addressline1|addr1|street1|address street|street", ""),
            LabelRule.of(ADDRESS_LINE2, "*", "address2|addressline2|addr2|street2|complement|address complement", ""),
            LabelRule.of(LINKEDIN_URL, "*", "linkedinurl|linkedinprofile", ""),
            LabelRule.of(GITHUB_URL, "*", "githuburl", ""),
            LabelRule.of(COVER_LETTER_FILE, "*", "coverletter|cover letter|cover letter file|cover letter upload", ""),
            LabelRule.of(RESUME_FILE, "*", "resume file|cv file|resume upload|cv upload|resume attachment", ""),
            LabelRule.of(SALARY_EXPECTATION, "*", "desiredsalary|desired pay|salary", ""),
            LabelRule.of(START_DATE, "*", "startdate|date available", ""));

    private LabelRules() {
    }

    /** Result of scanning one text: best weight per suggested type and the vetoed types. */
    public record Scan(Map<FieldType, Integer> weights, Set<FieldType> vetoed) {
    }

    /** Scans label-like text (label, aria-label, placeholder). */
    public static Scan scanLabel(List<String> words) {
        return scan(words, RULES, List.of(), false);
    }

    /**
     * Scans identifier words (name / id tokens): label phrases plus identifier-only spellings, counted only
     * at the identifier's head (its last words), since prefixes like {@code shippingAddress_} are context.
     */
    public static Scan scanIdentifier(List<String> words) {
        return scan(words, RULES, IDENTIFIER_RULES, true);
    }

    /** Whether a positive phrase of {@code type} with two or more words ("your name", not "name") occurs in the words. */
    static boolean namesInSeveralWords(FieldType type, List<String> words) {
        for (LabelRule rule : RULES) {
            if (rule.type() != type) {
                continue;
            }
            for (Phrase p : rule.positive()) {
                if (p.words().size() > 1 && p.in(words)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Scan scan(List<String> words, List<LabelRule> rules, List<LabelRule> extra, boolean atEnd) {
        Map<FieldType, Integer> weights = new EnumMap<>(FieldType.class);
        Set<FieldType> vetoed = EnumSet.noneOf(FieldType.class);
        if (words.isEmpty()) {
            return new Scan(weights, vetoed);
        }
        List<LabelRule> all = new ArrayList<>(rules);
        all.addAll(extra);
        for (LabelRule rule : all) {
            for (Phrase p : rule.negative()) {
                if (p.in(words)) {
                    vetoed.add(rule.type());
                }
            }
            for (Phrase p : rule.positive()) {
                if (atEnd ? p.atEnd(words) : p.in(words)) {
                    weights.merge(rule.type(), p.weight(), Math::max);
                }
            }
        }
        for (FieldType t : vetoed) {
            weights.remove(t);
        }
        return new Scan(weights, vetoed);
    }
}
