package dev.applypilot.shared.classify;

import dev.applypilot.shared.form.FieldType;
import dev.applypilot.shared.format.Phrase;
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
 * Each table is one string of rows (see {@link LabelRule#table(String)}), not a call per row: TeaVM turns a call
 * per row into code the autofill script carries, about 3 KB gzipped for these tables.
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

    private static final List<LabelRule> RULES = LabelRule.table(""
            + "GIVEN_NAME en first name|given name|forename|firstname;" + NAME_NOT + "|preferred|nick*|full name|first and last|complete name\n"
            + "GIVEN_NAME de vorname|vornamen;\n"
            + "GIVEN_NAME fr prenom|prenoms;\n"
            + "GIVEN_NAME es nombre|nombres|primer nombre;completo|apellido*\n"
            + "GIVEN_NAME nl voornaam|voornamen;\n"
            + "GIVEN_NAME it nome;completo|cognome\n"
            + "GIVEN_NAME pt primeiro nome|nome proprio;\n"
            + "GIVEN_NAME pl imie;nazwisko\n"

            + "FAMILY_NAME en last name|family name|surname|lastname;" + NAME_NOT + "|maiden|previous|former|second|segundo|segunda|primer|primera|kana|phonetic|full name|first and last|complete name\n"
            + "FAMILY_NAME de nachname|familienname|zuname;\n"
            + "FAMILY_NAME fr nom de famille|nom;prenom|complet|usage\n"
            + "FAMILY_NAME es apellido|apellidos;\n"
            + "FAMILY_NAME nl achternaam|familienaam;\n"
            + "FAMILY_NAME it cognome;\n"
            + "FAMILY_NAME pt sobrenome|apelido|ultimo nome;\n"
            + "FAMILY_NAME pl nazwisko;imie\n"

            + "FULL_NAME en full name|your name|name|legal name|candidate name|applicant name|first and last name;" + NAME_NOT + "|middle|preferred|nick*|maiden|address|adresse|adres|direccion|indirizzo\n"
            + "FULL_NAME de vollstandiger name|vor und nachname|vor und zuname;\n"
            + "FULL_NAME fr nom complet|nom et prenom|prenom et nom|nom prenom|prenom nom;\n"
            + "FULL_NAME es nombre completo|nombre y apellido|nombre y apellidos;\n"
            + "FULL_NAME nl volledige naam|naam;\n"
            + "FULL_NAME it nome completo|nome e cognome;\n"
            + "FULL_NAME pt nome completo;\n"
            + "FULL_NAME pl imie i nazwisko;\n"

            + "PREFERRED_NAME en preferred name|preferred first name|nickname|goes by|known as|name you d prefer|name you prefer|prefer to be called;" + NOT_APPLICANT + "|do you have|have a|pronoun*|last\n"
            + "PREFERRED_NAME de rufname|bevorzugter name;\n"
            + "PREFERRED_NAME fr nom d usage|prenom d usage;\n"
            + "PREFERRED_NAME es nombre preferido;\n"
            + "PREFERRED_NAME nl roepnaam;\n"
            + "PREFERRED_NAME it nome preferito;\n"
            + "PREFERRED_NAME pt nome preferido|nome social;\n"
            + "PREFERRED_NAME pl preferowane imie;\n"

            + "EMAIL en email|e mail|email address|mail address|mail;" + NOT_APPLICANT + "|newsletter|subscribe|friend\n"
            + "EMAIL de e mail adresse|emailadresse|mailadresse;\n"
            + "EMAIL fr courriel|adresse electronique;\n"
            + "EMAIL es correo|correo electronico;\n"
            + "EMAIL nl e mailadres|emailadres|mailadres;\n"
            + "EMAIL it posta elettronica;\n"
            + "EMAIL pt correio eletronico;\n"
            + "EMAIL pl poczta|adres e mail;\n"

            + "PHONE en phone|telephone|mobile|cell|phone number|mobile number|contact number|cellphone;" + NOT_APPLICANT + "|type|device|extension|ext|fax|work phone|office|other|alternate|alternative\n"
            + "PHONE de telefon*|handy*|mobil*|rufnummer;\n"
            + "PHONE fr telephone|portable|numero de telephone;\n"
            + "PHONE es telefono|movil|celular;\n"
            + "PHONE nl telefoon*|mobiel*|gsm;\n"
            + "PHONE it telefono|cellulare;\n"
            + "PHONE pt telefone|telemovel;\n"
            + "PHONE pl telefon*|komorka;\n"

            + "PHONE_COUNTRY_CODE en country code|dial code|calling code|phone code|country prefix|dialing code;address|billing|shipping|delivery|invoice|citizenship|citizen|nationality|birth|residence|passport\n"
            + "PHONE_COUNTRY_CODE de landesvorwahl|vorwahl;\n"
            + "PHONE_COUNTRY_CODE fr indicatif|indicatif pays;\n"
            + "PHONE_COUNTRY_CODE es prefijo|codigo de pais;\n"
            + "PHONE_COUNTRY_CODE nl landcode|landnummer;\n"
            + "PHONE_COUNTRY_CODE it prefisso|prefisso internazionale;\n"
            + "PHONE_COUNTRY_CODE pt codigo do pais|indicativo;\n"
            + "PHONE_COUNTRY_CODE pl kierunkowy|numer kierunkowy;\n"

            + "PHONE_EXTENSION en extension|phone extension|ext;house|huis|nr|number|file|browser\n"
            + "PHONE_EXTENSION de durchwahl;\n"
            + "PHONE_EXTENSION fr poste telephonique;\n"
            + "PHONE_EXTENSION es extension telefonica;\n"
            + "PHONE_EXTENSION nl toestel|toestelnummer;\n"
            + "PHONE_EXTENSION pt ramal;\n"
            + "PHONE_EXTENSION pl numer wewnetrzny;\n"

            + "ADDRESS_LINE1 en address|street address|address line 1|address line1|address 1|street|mailing address|home address;" + NOT_APPLICANT + "|email|e mail|mail address|web|website|url|ip|line 2|address 2|line2|address2|billing|invoice|company|employer|school|city|town|zip|postal|country|state|name|phone|mobile|tel|text|2|3|ii|zusatz|adresszusatz|complement*|toevoeging|landmark|apartment|suite|floor|building|lookup|search|find|zoek*|such*|recherche|buscar|cerca|saisissez\n"
            + "ADDRESS_LINE1 de strasse|anschrift|adresse|strasse und hausnummer|strasse hausnummer|strasse nr;\n"
            + "ADDRESS_LINE1 fr adresse|adresse postale|rue|numero et rue;\n"
            + "ADDRESS_LINE1 es direccion|calle|domicilio|direccion postal;\n"
            + "ADDRESS_LINE1 nl adres|straat|straatnaam en huisnummer|straat en huisnummer;\n"
            + "ADDRESS_LINE1 it indirizzo|via e numero civico;\n"
            + "ADDRESS_LINE1 pt endereco|morada|rua|logradouro;\n"
            + "ADDRESS_LINE1 pl adres|ulica|ulica i numer;\n"

            + "ADDRESS_LINE2 en address line 2|address line2|address 2|apartment suite|apt suite|second address line|adresse 2|adres 2|adresa 2;" + NOT_APPLICANT + "|email|billing|street and number|street number|house number|hausnummer|strasse und hausnummer\n"
            + "ADDRESS_LINE2 de adresszusatz|adresse zusatz|adresszeile 2;\n"
            + "ADDRESS_LINE2 fr complement d adresse|adresse ligne 2|complement adresse;\n"
            + "ADDRESS_LINE2 es direccion linea 2|direccion 2;\n"
            + "ADDRESS_LINE2 nl adresregel 2|toevoeging adres;\n"
            + "ADDRESS_LINE2 it indirizzo riga 2|indirizzo 2;\n"
            + "ADDRESS_LINE2 pt complemento;\n"
            + "ADDRESS_LINE2 pl adres linia 2;\n"

            + "CITY en city|town|city town|town city|locality;" + NOT_APPLICANT + "|birth|geburt*|naissance|nacimiento|nascita|nascimento|urodzenia|school|university|company|employer|job|work|preferred|desired|relocat*|state|province|country|zip|postal|code|where|located\n"
            + "CITY de stadt|ort|wohnort;\n"
            + "CITY fr ville|localite;\n"
            + "CITY es ciudad|localidad|poblacion|municipio;\n"
            + "CITY nl stad|plaats|woonplaats|plaatsnaam;\n"
            + "CITY it citta|comune|localita;\n"
            + "CITY pt cidade|localidade;\n"
            + "CITY pl miasto|miejscowosc;\n"

            + "REGION en state|province|region|county|state province|state region;" + NOT_APPLICANT + "|united states|birth|country|city|zip|postal|code|marital|visa|status|pays|land|pais|paese|kraj|no region\n"
            + "REGION de bundesland|kanton;\n"
            + "REGION fr departement|etat;\n"
            + "REGION es provincia|estado|comunidad autonoma;\n"
            + "REGION nl provincie;\n"
            + "REGION it regione;\n"
            + "REGION pt distrito;\n"
            + "REGION pl wojewodztwo;\n"

            + "POSTAL_CODE en zip|zip code|zipcode|postal code|postcode|post code|zip postal code|postal;" + NOT_APPLICANT + "|city|town|address|adresse|adres|street|straat|lookup|search|zoek*|such*|recherche|buscar|saisissez\n"
            + "POSTAL_CODE de plz|postleitzahl;\n"
            + "POSTAL_CODE fr code postal;\n"
            + "POSTAL_CODE es codigo postal|cp;\n"
            + "POSTAL_CODE nl postcode;\n"
            + "POSTAL_CODE it cap|codice postale;\n"
            + "POSTAL_CODE pt cep|codigo postal;\n"
            + "POSTAL_CODE pl kod pocztowy;\n"

            + "COUNTRY en country|country of residence|country region;" + NOT_APPLICANT + "|citizenship|citizen|nationality|birth|code|phone|dial|calling|issuing|issued|passport|authori*|eligib*|work|education|school|university|degree|job|position|preferred|desired|relocat*|located|live|staatsangehorigkeit|nationalitat|nationalite|nacionalidad|nazionalita|nacionalidade|obywatelstwo|narodowosc|geburt*|naissance|nacimiento|nascita|nascimento|urodzenia|visa|tax|other|state|city|province|mark|landmark|are you|do you|will you|reside|residing|based|role\n"
            + "COUNTRY de land|wohnsitzland;\n"
            + "COUNTRY fr pays|pays de residence;\n"
            + "COUNTRY es pais|pais de residencia;\n"
            + "COUNTRY nl land|woonland;\n"
            + "COUNTRY it paese|nazione|paese di residenza;\n"
            + "COUNTRY pt pais de residencia;\n"
            + "COUNTRY pl kraj;\n"

            + "LINKEDIN_URL * linkedin|linked in|linkedin profile|linkedin url;" + NOT_APPLICANT + "|company\n"
            + "GITHUB_URL * github|git hub|github profile|github url;" + NOT_APPLICANT + "|company\n"
            + "PORTFOLIO_URL * portfolio|portfolio url|portfolio link|portfolio website|behance|dribbble|portafolio|portfolio link;" + NOT_APPLICANT + "|company|upload|attach\n"
            + "WEBSITE_URL en website|personal website|web site|homepage|personal site|blog|website url;" + NOT_APPLICANT + "|company|employer|firma|unternehmen|empresa|entreprise|bedrijf|azienda|linkedin|github|twitter|facebook|instagram|portfolio|other|school\n"
            + "WEBSITE_URL de webseite|internetseite;\n"
            + "WEBSITE_URL fr site web|site internet;\n"
            + "WEBSITE_URL es sitio web|pagina web;\n"
            + "WEBSITE_URL it sito web|sito internet;\n"
            + "WEBSITE_URL pt site pessoal;\n"
            + "WEBSITE_URL pl strona www|strona internetowa;\n"

            + "CURRENT_COMPANY en current company|current employer|employer|company|company name|most recent employer|organization|organisation;" + NOT_APPLICANT + "|why|interest*|previous|past|former|worked|work for|ever|size|industry|website|url|web|address|phone|type|other|applying|this company|our company|about|hear|vat|tax|registration|ust|email|school|city\n"
            + "CURRENT_COMPANY de aktueller arbeitgeber|arbeitgeber|firma|firmenname|unternehmen;\n"
            + "CURRENT_COMPANY fr employeur actuel|employeur|entreprise|societe;\n"
            + "CURRENT_COMPANY es empresa actual|empleador|empresa;\n"
            + "CURRENT_COMPANY nl huidige werkgever|werkgever|bedrijf|bedrijfsnaam;\n"
            + "CURRENT_COMPANY it azienda attuale|datore di lavoro|azienda|ragione sociale;\n"
            + "CURRENT_COMPANY pt empresa atual|empregador;\n"
            + "CURRENT_COMPANY pl obecny pracodawca|pracodawca|firma;\n"

            + "CURRENT_TITLE en current title|job title|current job title|current position|current role|position title|your title;" + NOT_APPLICANT + "|why|interest*|apply*|desired|which|this|dream|looking|want|salutation|honorific|academic|preferred\n"
            + "CURRENT_TITLE de aktuelle position|berufsbezeichnung|jobtitel|aktuelle stelle;anrede|akademisch*|gewunscht*\n"
            + "CURRENT_TITLE fr poste actuel|intitule du poste|titre du poste;civilite|souhaite\n"
            + "CURRENT_TITLE es cargo actual|puesto actual|titulo del puesto;deseado\n"
            + "CURRENT_TITLE nl functietitel|huidige functie;aanhef|gewenste\n"
            + "CURRENT_TITLE it ruolo attuale|posizione attuale;desiderat*\n"
            + "CURRENT_TITLE pt cargo atual|funcao atual;desejad*\n"
            + "CURRENT_TITLE pl obecne stanowisko|stanowisko;oczekiwane\n"

            + "YEARS_OF_EXPERIENCE en years of experience|years experience|years of professional experience|total experience;with|using|in python|in java\n"
            + "YEARS_OF_EXPERIENCE de berufserfahrung in jahren|jahre berufserfahrung|jahre erfahrung;\n"
            + "YEARS_OF_EXPERIENCE fr annees d experience;\n"
            + "YEARS_OF_EXPERIENCE es anos de experiencia;\n"
            + "YEARS_OF_EXPERIENCE nl jaren ervaring|jaren werkervaring;\n"
            + "YEARS_OF_EXPERIENCE it anni di esperienza;\n"
            + "YEARS_OF_EXPERIENCE pl lata doswiadczenia|lat doswiadczenia;\n"

            + "SCHOOL en school|university|college|institution|school name|university name;" + NOT_APPLICANT + "|degree|graduat*|country|city|location|address|start|end|year|date|email|phone|type|level|high school diploma|other\n"
            + "SCHOOL de hochschule|universitat|schule|bildungseinrichtung;\n"
            + "SCHOOL fr ecole|universite|etablissement;\n"
            + "SCHOOL es universidad|escuela|institucion educativa;\n"
            + "SCHOOL nl universiteit|hogeschool|onderwijsinstelling;\n"
            + "SCHOOL it universita|scuola|istituto;\n"
            + "SCHOOL pt universidade|escola|faculdade|instituicao de ensino;\n"
            + "SCHOOL pl uczelnia|szkola;\n"

            + "DEGREE en degree|degree type|qualification|highest degree;" + NOT_APPLICANT + "|discipline|field|major|year|date|graduat*|country|school|university|celsius|fahrenheit\n"
            + "DEGREE de abschluss|akademischer grad|hochster abschluss;\n"
            + "DEGREE fr diplome|niveau d etudes;\n"
            + "DEGREE es titulo|titulacion|grado academico;\n"
            + "DEGREE nl diploma|opleidingsniveau;\n"
            + "DEGREE it titolo di studio|laurea;\n"
            + "DEGREE pt grau academico|formacao;\n"
            + "DEGREE pl stopien|wyksztalcenie;\n"

            + "DISCIPLINE en discipline|field of study|major|area of study|specialization|specialisation;" + NOT_APPLICANT + "|country|date|year\n"
            + "DISCIPLINE de studienfach|studiengang|fachrichtung;\n"
            + "DISCIPLINE fr domaine d etudes|specialite;\n"
            + "DISCIPLINE es carrera|especialidad|campo de estudio;\n"
            + "DISCIPLINE nl studierichting|vakgebied;\n"
            + "DISCIPLINE it specializzazione|corso di laurea;\n"
            + "DISCIPLINE pt area de estudo|curso;\n"
            + "DISCIPLINE pl kierunek|kierunek studiow;\n"

            + "GRADUATION_DATE en graduation date|graduation year|year of graduation|date of graduation|expected graduation;\n"
            + "GRADUATION_DATE de abschlussjahr|abschlussdatum;\n"
            + "GRADUATION_DATE fr date d obtention|annee d obtention;\n"
            + "GRADUATION_DATE es fecha de graduacion|ano de graduacion;\n"
            + "GRADUATION_DATE nl afstudeerdatum|afstudeerjaar;\n"
            + "GRADUATION_DATE it data di laurea|anno di laurea;\n"
            + "GRADUATION_DATE pt data de conclusao|ano de conclusao;\n"
            + "GRADUATION_DATE pl data ukonczenia|rok ukonczenia;\n"

            + "RESUME_FILE * resume|cv|curriculum vitae|curriculum|lebenslauf|hoja de vida|zyciorys|resume cv|c v;cover|anschreiben|motivation*|lettre|carta|photo|foto|bild|picture|avatar|transcript*|certificat*|zeugnis*|portfolio|other|additional|sonstige|weitere|autres|otros|andere|altri|outros|inne|text|paste|type\n"
            + "COVER_LETTER_FILE en cover letter|covering letter|motivation letter|letter of motivation|motivational letter;do you|will you|would you\n"
            + "COVER_LETTER_FILE de anschreiben|motivationsschreiben|bewerbungsschreiben;\n"
            + "COVER_LETTER_FILE fr lettre de motivation;\n"
            + "COVER_LETTER_FILE es carta de presentacion|carta de motivacion;\n"
            + "COVER_LETTER_FILE nl motivatiebrief|sollicitatiebrief;\n"
            + "COVER_LETTER_FILE it lettera di presentazione|lettera motivazionale;\n"
            + "COVER_LETTER_FILE pt carta de apresentacao;\n"
            + "COVER_LETTER_FILE pl list motywacyjny;\n"

            + "SALARY_EXPECTATION en salary|desired salary|salary expectation*|expected salary|compensation expectation*|desired pay|expected compensation|pay expectation*|salary requirement*;current|present|currency|period|frequency|range of this\n"
            + "SALARY_EXPECTATION de gehaltsvorstellung*|gehaltswunsch|gehaltserwartung*|wunschgehalt;aktuell*|derzeitig*\n"
            + "SALARY_EXPECTATION fr pretentions salariales|salaire souhaite|remuneration souhaitee|pretention salariale;actuel*\n"
            + "SALARY_EXPECTATION es pretension salarial|expectativa salarial|salario deseado|expectativas salariales;actual\n"
            + "SALARY_EXPECTATION nl salarisindicatie|salariswens|gewenst salaris;huidig*\n"
            + "SALARY_EXPECTATION it retribuzione desiderata|pretesa economica|ral desiderata|aspettativa economica;attuale\n"
            + "SALARY_EXPECTATION pt pretensao salarial|expectativa salarial;atual\n"
            + "SALARY_EXPECTATION pl oczekiwania finansowe|oczekiwane wynagrodzenie;obecne\n"

            + "START_DATE en start date|earliest start date|available start date|when can you start|available from|date available|availability date|earliest start;project|employment|education*|experience*|internship|school|previous|end date|from to|course|degree|study|studies|beruf*|ausbildung|studium|formation|estudios|opleiding|studi|estudos|studia|year|month|day|jahr|monat|annee|mois|ano|mes|jaar|maand|anno|mese|rok|miesiac\n"
            + "START_DATE de eintrittsdatum|fruhester eintrittstermin|eintrittstermin|verfugbar ab|fruhestmoglicher eintritt*;\n"
            + "START_DATE fr date de disponibilite|disponible a partir|date de debut souhaitee;\n"
            + "START_DATE es fecha de incorporacion|disponibilidad de incorporacion|fecha de inicio disponible;\n"
            + "START_DATE nl beschikbaar vanaf|startdatum|ingangsdatum;\n"
            + "START_DATE it disponibilita a partire|data di inizio disponibile|data disponibilita;\n"
            + "START_DATE pt data de disponibilidade|disponivel a partir;\n"
            + "START_DATE pl data rozpoczecia|dostepny od|dostepnosc od;\n"

            + "NOTICE_PERIOD en notice period|period of notice|notice;privacy|legal|notice of|read the|acknowledge\n"
            + "NOTICE_PERIOD de kundigungsfrist;\n"
            + "NOTICE_PERIOD fr preavis|delai de preavis;\n"
            + "NOTICE_PERIOD es preaviso|periodo de preaviso;\n"
            + "NOTICE_PERIOD nl opzegtermijn;\n"
            + "NOTICE_PERIOD it preavviso|periodo di preavviso;\n"
            + "NOTICE_PERIOD pt aviso previo|periodo de aviso;\n"
            + "NOTICE_PERIOD pl okres wypowiedzenia;\n"

            + "WORK_AUTHORIZATION en authorized to work|authorised to work|legally authorized|legally authorised|work authorization|work authorisation|eligible to work|right to work|legally eligible|work permit;sponsor*\n"
            + "WORK_AUTHORIZATION de arbeitserlaubnis|arbeitsgenehmigung|berechtigt zu arbeiten;\n"
            + "WORK_AUTHORIZATION fr autorisation de travail|autorise a travailler|permis de travail;\n"
            + "WORK_AUTHORIZATION es autorizacion de trabajo|permiso de trabajo|autorizado para trabajar;\n"
            + "WORK_AUTHORIZATION nl werkvergunning|bevoegd om te werken;\n"
            + "WORK_AUTHORIZATION it autorizzazione al lavoro|permesso di lavoro;\n"
            + "WORK_AUTHORIZATION pt autorizado a trabalhar|autorizacao de trabalho;\n"
            + "WORK_AUTHORIZATION pl pozwolenie na prace|prawo do pracy;\n"

            + "SPONSORSHIP en sponsorship|sponsor|visa sponsorship|h 1b|h1b|immigration sponsorship;company sponsor|sponsored by\n"
            + "SPONSORSHIP de visumsponsoring|visum|visa;\n"
            + "SPONSORSHIP fr parrainage de visa|sponsorisation|visa de travail;\n"
            + "SPONSORSHIP es patrocinio|patrocinio de visa;\n"
            + "SPONSORSHIP nl sponsoring|visumsponsor*;\n"
            + "SPONSORSHIP it sponsorizzazione|sponsorizzazione del visto;\n"
            + "SPONSORSHIP pt patrocinio de visto;\n"
            + "SPONSORSHIP pl sponsoring wizy|sponsorowanie wizy;\n"

            + "RELOCATION en relocate|relocation|willing to relocate|open to relocation|open to relocating;assistance|package|benefit|support|paid\n"
            + "RELOCATION de umzugsbereitschaft|umzugsbereit|umziehen;\n"
            + "RELOCATION fr demenager|mobilite geographique;\n"
            + "RELOCATION es reubicarse|reubicacion|trasladarse;\n"
            + "RELOCATION nl verhuizen|verhuisbereid;\n"
            + "RELOCATION it trasferirsi|disponibilita al trasferimento;\n"
            + "RELOCATION pt mudar se|realocacao|mudanca de cidade;\n"
            + "RELOCATION pl relokacja|przeprowadzki|przeprowadzic;\n"

            // Only "18 or older" wordings: the answer is the over-18 fact, so an inverted question ("under 18", "minor"),
            // another age ("40 years of age or older") or years of experience must not match.
            + "OVER_18 en over 18|at least 18|18 years of age|18 years old|18 years or older|18 or older|18 or over|age of 18|aged 18|legal age|over the age of 18;" + OVER_18_NOT + "\n"
            + "OVER_18 de mindestens 18|volljahrig|18 jahre alt|uber 18;\n"
            + "OVER_18 fr 18 ans|majeur|majeure;\n"
            + "OVER_18 es mayor de edad|18 anos|mayor de 18;\n"
            + "OVER_18 nl 18 jaar|meerderjarig;\n"
            + "OVER_18 it maggiorenne|18 anni;\n"
            + "OVER_18 pt maior de idade|18 anos|maior de 18;\n"
            + "OVER_18 pl pelnoletni|pelnoletnia|18 lat;\n"

            + "SECURITY_CLEARANCE en security clearance|clearance;\n"
            + "SECURITY_CLEARANCE de sicherheitsuberprufung|sicherheitsfreigabe;\n"
            + "SECURITY_CLEARANCE fr habilitation de securite|habilitation;\n"
            + "SECURITY_CLEARANCE es autorizacion de seguridad;\n"
            + "SECURITY_CLEARANCE nl veiligheidsmachtiging;\n"
            + "SECURITY_CLEARANCE it nulla osta di sicurezza;\n"
            + "SECURITY_CLEARANCE pt credenciamento de seguranca;\n"
            + "SECURITY_CLEARANCE pl poswiadczenie bezpieczenstwa;\n"

            + "CRIMINAL_HISTORY en convicted|felony|criminal|conviction|misdemeanor;\n"
            + "CRIMINAL_HISTORY de vorstrafe*|strafregister|fuhrungszeugnis|vorbestraft;\n"
            + "CRIMINAL_HISTORY fr casier judiciaire|condamne;\n"
            + "CRIMINAL_HISTORY es antecedentes penales;\n"
            + "CRIMINAL_HISTORY nl strafblad|veroordeeld;\n"
            + "CRIMINAL_HISTORY it casellario giudiziale|precedenti penali;\n"
            + "CRIMINAL_HISTORY pt antecedentes criminais;\n"
            + "CRIMINAL_HISTORY pl karany|niekaralnosc;\n"

            + "REFERRAL_SOURCE en how did you hear|how did you find|where did you hear|where did you find|how did you learn|referral source|heard about|source of application|how did you come across;name|email|who|phone|open source|source code\n"
            + "REFERRAL_SOURCE de wie sind sie auf|wie haben sie von|aufmerksam geworden;\n"
            + "REFERRAL_SOURCE fr comment avez vous connu|comment avez vous entendu|comment avez vous trouve;\n"
            + "REFERRAL_SOURCE es como te enteraste|como se entero|como nos conociste|como nos conocio;\n"
            + "REFERRAL_SOURCE nl hoe heeft u|hoe ben je bij|via welk kanaal|hoe ben je op;\n"
            + "REFERRAL_SOURCE it come hai saputo|come ci hai conosciuto|come ha saputo;\n"
            + "REFERRAL_SOURCE pt como soube|como ficou sabendo|como nos conheceu;\n"
            + "REFERRAL_SOURCE pl jak sie dowiedzial*|skad dowiedzial*;\n"

            + "EEO_GENDER en gender|sex|gender identity;pronoun*|orientation|transgender|salutation\n"
            + "EEO_GENDER de geschlecht;\n"
            + "EEO_GENDER fr genre|sexe;\n"
            + "EEO_GENDER es genero|sexo;\n"
            + "EEO_GENDER nl geslacht;\n"
            + "EEO_GENDER it genere|sesso;\n"
            + "EEO_GENDER pt genero|sexo;\n"
            + "EEO_GENDER pl plec;\n"

            + "EEO_RACE en race|ethnicity|race ethnicity|hispanic|latino|hispanic latino|ethnic background;\n"
            + "EEO_RACE de ethnische herkunft|ethnizitat;\n"
            + "EEO_RACE fr origine ethnique;\n"
            + "EEO_RACE es etnia|raza|origen etnico;\n"
            + "EEO_RACE nl etniciteit|etnische achtergrond;\n"
            + "EEO_RACE it etnia|origine etnica;\n"
            + "EEO_RACE pt raca|etnia;\n"
            + "EEO_RACE pl pochodzenie etniczne;\n"

            + "EEO_VETERAN en veteran|veteran status|protected veteran;spouse\n"
            + "EEO_VETERAN fr ancien combattant;\n"
            + "EEO_VETERAN es veterano;\n"
            + "EEO_VETERAN nl veteraan;\n"
            + "EEO_VETERAN it veterano;\n"
            + "EEO_VETERAN pt veterano;\n"
            + "EEO_VETERAN pl weteran;\n"

            + "EEO_DISABILITY en disability|disabled|disability status;accommodat*|adjustment*|accessib*|assistance|employee|id|name|date|signature\n"
            + "EEO_DISABILITY de behinderung|schwerbehinderung|schwerbehindert;\n"
            + "EEO_DISABILITY fr handicap|situation de handicap;\n"
            + "EEO_DISABILITY es discapacidad;\n"
            + "EEO_DISABILITY nl beperking|arbeidsbeperking;\n"
            + "EEO_DISABILITY it disabilita|invalidita;\n"
            + "EEO_DISABILITY pt deficiencia;\n"
            + "EEO_DISABILITY pl niepelnosprawnosc|niepelnosprawny;\n"

            + "CONSENT en i agree|i consent|consent|privacy policy|privacy notice|terms and conditions|terms of use|gdpr|data protection|i acknowledge|i accept|agree to;\n"
            + "CONSENT de datenschutz*|einwilligung|einverstanden|zustimmung|ich stimme;\n"
            + "CONSENT fr j accepte|consentement|politique de confidentialite|j ai lu;\n"
            + "CONSENT es acepto|consentimiento|politica de privacidad;\n"
            + "CONSENT nl ik ga akkoord|toestemming|privacybeleid|privacyverklaring;\n"
            + "CONSENT it acconsento|consenso|informativa;\n"
            + "CONSENT pt concordo|consentimento|politica de privacidade;\n"
            + "CONSENT pl wyrazam zgode|zgoda|akceptuje|rodo;\n"

            // Contact and address core in more languages (Chromium's and Mozilla's i18n test pages cover them):
            // Russian, Turkish, Czech, Slovak, Danish, Norwegian, Swedish, Finnish. Compounds ("brugernavn",
            // "firmanavn", "käyttäjänimi") never equal the bare name word, so they stay unmatched.
            + "GIVEN_NAME ru имя;отчество|фамилия|полное|пользователя\n"
            + "GIVEN_NAME tr adınız|isim;soyad*|soyisim\n"
            + "GIVEN_NAME cs jmeno|krestni jmeno;prijmeni|cele\n"
            + "GIVEN_NAME sk krstne meno;priezvisko\n"
            + "GIVEN_NAME da fornavn;\n"
            + "GIVEN_NAME sv fornamn;\n"
            + "GIVEN_NAME fi etunimi;\n"
            + "FAMILY_NAME ru фамилия;\n"
            + "FAMILY_NAME tr soyad|soyadı|soyadınız|soyisim;\n"
            + "FAMILY_NAME cs prijmeni;\n"
            + "FAMILY_NAME sk priezvisko;\n"
            + "FAMILY_NAME da efternavn|etternavn;\n"
            + "FAMILY_NAME sv efternamn;\n"
            + "FAMILY_NAME fi sukunimi;\n"
            + "FULL_NAME ru фио|полное имя|имя и фамилия;\n"
            + "FULL_NAME tr ad soyad|adı soyadı|ad soyadı|adınız soyadınız;\n"
            + "FULL_NAME cs jmeno a prijmeni|cele jmeno;\n"
            + "FULL_NAME sk meno a priezvisko|cele meno;\n"
            + "FULL_NAME da navn|fulde navn|fuldt navn|fullt navn;\n"
            + "FULL_NAME sv namn|fullstandigt namn|for och efternamn;\n"
            + "FULL_NAME fi nimi|koko nimi;\n"
            + "EMAIL ru электронная почта|эл почта|почта;\n"
            + "EMAIL tr e posta|eposta|e posta adresi;\n"
            + "EMAIL sv e post|epost|e postadress|e postadresse;\n"
            + "EMAIL fi sahkoposti|sahkopostiosoite;\n"
            + "PHONE ru телефон|мобильный;\n"
            + "PHONE fi puhelin*|matkapuhelin;\n"
            + "ADDRESS_LINE1 ru адрес|улица;\n"
            + "ADDRESS_LINE1 tr adres|sokak|cadde;\n"
            + "ADDRESS_LINE1 cs ulice|adresa;\n"
            + "ADDRESS_LINE1 da gade|gadenavn|vejnavn|gateadresse;\n"
            + "ADDRESS_LINE1 sv adress|gatuadress;\n"
            + "ADDRESS_LINE1 fi osoite|katuosoite|lahiosoite;\n"
            + "CITY ru город;\n"
            + "CITY tr şehir;\n"
            + "CITY cs mesto|obec;\n"
            + "CITY da bynavn;\n"
            + "CITY sv postort;\n"
            + "CITY fi kaupunki|postitoimipaikka|paikkakunta;\n"
            + "POSTAL_CODE ru индекс|почтовый индекс;\n"
            + "POSTAL_CODE tr posta kodu;\n"
            + "POSTAL_CODE cs psc|postovni smerovaci cislo;\n"
            + "POSTAL_CODE da postnummer|postnr;\n"
            + "POSTAL_CODE fi postinumero;\n"
            + "COUNTRY ru страна;\n"
            + "COUNTRY tr ülke;\n"
            + "COUNTRY cs zeme;\n"
            + "COUNTRY sk krajina;\n"
            + "COUNTRY fi maa;\n"
            + "REGION ru область|регион|край;\n"
            + "REGION fi maakunta;\n");

    /** Identifier-only spellings (concatenations that never appear as separate words in labels). */
    private static final List<LabelRule> IDENTIFIER_RULES = LabelRule.table(""
            + "GIVEN_NAME * fname|firstname|givenname|first;\n"
            + "FAMILY_NAME * lname|lastname|familyname|surname|last;\n"
            + "FULL_NAME * fullname|full name;\n"
            + "EMAIL * email|emailaddress;\n"
            + "PHONE * tel|phonenumber|mobilephone|phone number|telephone number|mobile number|cell number|phone no;\n"
            + "POSTAL_CODE * zip|zipcode|postcode|postalcode|plz;\n"
            + "ADDRESS_LINE1 * address1|addressline1|addr1|street1|address street|street;\n"
            + "ADDRESS_LINE2 * address2|addressline2|addr2|street2|complement|address complement;\n"
            + "LINKEDIN_URL * linkedinurl|linkedinprofile;\n"
            + "GITHUB_URL * githuburl;\n"
            + "COVER_LETTER_FILE * coverletter|cover letter|cover letter file|cover letter upload;\n"
            + "RESUME_FILE * resume file|cv file|resume upload|cv upload|resume attachment;\n"
            + "SALARY_EXPECTATION * desiredsalary|desired pay|salary;\n"
            + "START_DATE * startdate|date available;\n");

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
