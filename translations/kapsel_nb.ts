<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>ChatsArea</name>
    <message>
        <source>Chats</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Try &apos;kapsel-cli --help&apos; or &apos;kapsel-cli COMMAND --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domene</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Leverandør</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Erklært</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observert</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 differs: %2</source>
        <translation>%1 avviker: %2</translation>
    </message>
    <message>
        <source>* category, supplier and retention suggested by the knowledge base, not yet accepted</source>
        <translation>* kategori, leverandør og lagringstid foreslått av kunnskapsbasen, ikke godtatt ennå</translation>
    </message>
    <message>
        <source>Changes from the scan of %1 to the scan of %2:</source>
        <translation>Endringer fra skanningen %1 til skanningen %2:</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>ingen endringer</translation>
    </message>
    <message>
        <source>Output format: table (default), csv, json, html, md or pdf.</source>
        <translation>Utdataformat: table (standard), csv, json, html, md eller pdf.</translation>
    </message>
    <message>
        <source>Language of the declaration: nb or en.</source>
        <translation>Språket i erklæringen: nb eller en.</translation>
    </message>
    <message>
        <source>Only cookies with this status: ok, not-observed, undeclared or differs.</source>
        <translation>Bare informasjonskapsler med denne statusen: ok, not-observed, undeclared eller differs.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Skriv til FIL i stedet for standard utdata.</translation>
    </message>
    <message>
        <source>Show the cookie inventory: declared versus observed cookies, or export the declaration.</source>
        <translation>Vis oversikten over informasjonskapsler: erklærte mot observerte, eller eksporter erklæringen.</translation>
    </message>
    <message>
        <source>--lang takes nb or en</source>
        <translation>--lang tar nb eller en</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use table, csv, json, html, md or pdf</source>
        <translation>ukjent format «%1»; bruk table, csv, json, html, md eller pdf</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; use ok, not-observed, undeclared or differs</source>
        <translation>ukjent status «%1»; bruk ok, not-observed, undeclared eller differs</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>kan ikke skrive filen: %1</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>skrev %1</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>kan ikke skrive til standard utdata</translation>
    </message>
    <message>
        <source>The cookie-policy text (plain text, UTF-8).</source>
        <translation>Teksten om informasjonskapsler (ren tekst, UTF-8).</translation>
    </message>
    <message>
        <source>Check a cookie-policy text against the law in force and the inventory.</source>
        <translation>Kontroller en tekst om informasjonskapsler mot gjeldende lov og oversikten.</translation>
    </message>
    <message>
        <source>policy-check needs exactly one FILE</source>
        <translation>policy-check trenger nøyaktig én FIL</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>kan ikke lese filen: %1</translation>
    </message>
    <message>
        <source>this is not a text file</source>
        <translation>dette er ikke en tekstfil</translation>
    </message>
    <message>
        <source>%1 of %2 inventory cookies are named in the text: %3</source>
        <translation>%1 av %2 informasjonskapsler i oversikten er nevnt i teksten: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n funn</numerusform>
            <numerusform>%n funn</numerusform>
        </translation>
    </message>
    <message>
        <source>Cookie inventory: declared versus observed, declaration export</source>
        <translation>Oversikt over informasjonskapsler: erklært mot observert, eksport av erklæringen</translation>
    </message>
    <message>
        <source>Check a cookie-policy text for invalid consent wording and missing cookies</source>
        <translation>Kontroller en tekst om informasjonskapsler for ugyldige samtykkeformuleringer og manglende informasjonskapsler</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows read: %1, stored: %2, skipped: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped %1 (first at line %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force the format instead of detecting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map a field to a column header, e.g. duration_s=Varighet (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the data source, e.g. Siteimprove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat redaction rule set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text that replaces a removed span in chats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to import (kind and format detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import analytics exports, cookie scans or chat transcripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs at least one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map takes FIELD=HEADER, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the imports in the workspace, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 by %3: %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the deterministic demo workspace to --db (which must not exist yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file exists already; the demo is written to a new workspace only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the demo workspace %1 ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workspace written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import files (analytics exports, cookie scans, chats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cookies: %2 declared and observed, %3 declared but not observed, %4 observed but undeclared, %5 with differences.</source>
        <translation>%1 informasjonskapsler: %2 erklært og observert, %3 erklært men ikke observert, %4 observert men ikke erklært, %5 avviker.</translation>
    </message>
</context>
<context>
    <name>CookieCsv</name>
    <message>
        <source>the file contains binary data, not CSV text</source>
        <translation>filen inneholder binærdata, ikke CSV-tekst</translation>
    </message>
    <message>
        <source>the text is not UTF-8; save the file as UTF-8 and try again</source>
        <translation>teksten er ikke UTF-8; lagre filen som UTF-8 og prøv igjen</translation>
    </message>
    <message>
        <source>a field is longer than %1 characters; this is not a cookie CSV</source>
        <translation>et felt er lengre enn %1 tegn; dette er ikke en CSV med informasjonskapsler</translation>
    </message>
    <message>
        <source>a quoted field is never closed (missing &quot;)</source>
        <translation>et felt i anførselstegn blir aldri avsluttet (mangler &quot;)</translation>
    </message>
</context>
<context>
    <name>CookieCsvImporter</name>
    <message>
        <source>Cookie list or declaration (CSV)</source>
        <translation>Liste eller erklæring over informasjonskapsler (CSV)</translation>
    </message>
    <message>
        <source>the file has no header row</source>
        <translation>filen har ingen overskriftsrad</translation>
    </message>
    <message>
        <source>the header has no name column; expected name,domain,category,purpose,...</source>
        <translation>overskriftsraden har ingen name-kolonne; forventet name,domain,category,purpose,...</translation>
    </message>
    <message>
        <source>this row has %1 fields but the header has %2</source>
        <translation>denne raden har %1 felt, men overskriftsraden har %2</translation>
    </message>
    <message>
        <source>row without a cookie name</source>
        <translation>rad uten navn på informasjonskapsel</translation>
    </message>
    <message>
        <source>observed but not declared (status undeclared)</source>
        <translation>observert, men ikke erklært (status undeclared)</translation>
    </message>
    <message>
        <source>unknown category, stored as unclassified</source>
        <translation>ukjent kategori, lagret som uklassifisert</translation>
    </message>
    <message>
        <source>read as a cookie declaration</source>
        <translation>lest som en erklæring om informasjonskapsler</translation>
    </message>
    <message>
        <source>read as a list of observed cookies</source>
        <translation>lest som en liste over observerte informasjonskapsler</translation>
    </message>
</context>
<context>
    <name>CookieImport</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>kan ikke lese filen: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB; Kapsel does not read cookie files this large</source>
        <translation>filen er større enn %1 MB; Kapsel leser ikke så store filer med informasjonskapsler</translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation>importen ble avbrutt</translation>
    </message>
    <message>
        <source>this is not valid JSON: %1</source>
        <translation>dette er ikke gyldig JSON: %1</translation>
    </message>
</context>
<context>
    <name>CookieInventory</name>
    <message>
        <source>a cookie needs a name</source>
        <translation>en informasjonskapsel må ha et navn</translation>
    </message>
    <message>
        <source>the cookie %1 on %2 is already declared</source>
        <translation>informasjonskapselen %1 på %2 er allerede erklært</translation>
    </message>
</context>
<context>
    <name>CookieInventoryModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>Suggested by the knowledge base; accept it to declare the cookie</source>
        <translation>Foreslått av kunnskapsbasen; godta forslaget for å erklære informasjonskapselen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domene</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Sti</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Purpose (Bokmål)</source>
        <translation>Formål (bokmål)</translation>
    </message>
    <message>
        <source>Purpose (English)</source>
        <translation>Formål (engelsk)</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Leverandør</translation>
    </message>
    <message>
        <source>Analytics tool</source>
        <translation>Analyseverktøy</translation>
    </message>
    <message>
        <source>Retention declared</source>
        <translation>Lagringstid erklært</translation>
    </message>
    <message>
        <source>Retention observed</source>
        <translation>Lagringstid observert</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>HttpOnly</source>
        <translation>HttpOnly</translation>
    </message>
    <message>
        <source>Secure</source>
        <translation>Secure</translation>
    </message>
    <message>
        <source>SameSite</source>
        <translation>SameSite</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Først sett</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Sist sett</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Kilder</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>A cookie needs a name.</source>
        <translation>En informasjonskapsel må ha et navn.</translation>
    </message>
    <message>
        <source>Choose one of the categories.</source>
        <translation>Velg en av kategoriene.</translation>
    </message>
    <message>
        <source>Write the retention as a period, for example &quot;2 years&quot;, &quot;30 minutes&quot; or &quot;session&quot;.</source>
        <translation>Skriv lagringstiden som en periode, for eksempel «2 år», «30 minutter» eller «økt».</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>formål</translation>
    </message>
    <message>
        <source>supplier</source>
        <translation>leverandør</translation>
    </message>
    <message>
        <source>retention</source>
        <translation>lagringstid</translation>
    </message>
    <message>
        <source>A cookie that is not strictly necessary needs a %1.</source>
        <extracomment>%1 is a list such as &quot;purpose, supplier&quot;</extracomment>
        <translation>En informasjonskapsel som ikke er strengt nødvendig, må ha %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The party is first or third.</source>
        <translation>Parten er første eller tredje.</translation>
    </message>
</context>
<context>
    <name>CookieItemDelegate</name>
    <message>
        <source>Not stated</source>
        <translation>Ikke oppgitt</translation>
    </message>
</context>
<context>
    <name>CookieText</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <source>Strictly necessary</source>
        <translation>Strengt nødvendig</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistikk</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Markedsføring</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Uklassifisert</translation>
    </message>
    <message>
        <source>%1 year</source>
        <translation>%1 år</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 år</translation>
    </message>
    <message>
        <source>%1 month</source>
        <translation>%1 måned</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 måneder</translation>
    </message>
    <message>
        <source>%1 day</source>
        <translation>%1 dag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dager</translation>
    </message>
    <message>
        <source>%1 hour</source>
        <translation>%1 time</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 timer</translation>
    </message>
    <message>
        <source>%1 minute</source>
        <translation>%1 minutt</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutter</translation>
    </message>
    <message>
        <source>%1 second</source>
        <translation>%1 sekund</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 sekunder</translation>
    </message>
    <message>
        <source>Cookie declaration</source>
        <translation>Erklæring om informasjonskapsler</translation>
    </message>
    <message>
        <source>This website uses the cookies listed below. For each cookie you can see what it is used for, who processes the data, how long it is kept and whether it is set by this website (first party) or by someone else (third party).</source>
        <translation>Dette nettstedet bruker informasjonskapslene som er listet opp nedenfor. For hver informasjonskapsel ser du hva den brukes til, hvem som behandler dataene, hvor lenge den lagres, og om den settes av dette nettstedet (førstepart) eller av noen andre (tredjepart).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Leverandør</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Lagringstid</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Cookies in the category %1</source>
        <translation>Informasjonskapsler i kategorien %1</translation>
    </message>
    <message>
        <source>Last updated %1.</source>
        <translation>Sist oppdatert %1.</translation>
    </message>
    <message>
        <source>No cookies are declared.</source>
        <translation>Ingen informasjonskapsler er erklært.</translation>
    </message>
    <message>
        <source>observed expiry (%1) is longer than declared (%2)</source>
        <translation>observert levetid (%1) er lengre enn erklært (%2)</translation>
    </message>
    <message>
        <source>declared as %1 but set as %2</source>
        <translation>erklært som %1, men satt som %2</translation>
    </message>
    <message>
        <source>declared strictly necessary but set by a third party</source>
        <translation>erklært strengt nødvendig, men satt av en tredjepart</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukjent</translation>
    </message>
    <message>
        <source>expiry %1 → %2</source>
        <translation>levetid %1 → %2</translation>
    </message>
    <message>
        <source>HttpOnly %1 → %2</source>
        <translation>HttpOnly %1 → %2</translation>
    </message>
    <message>
        <source>Secure %1 → %2</source>
        <translation>Secure %1 → %2</translation>
    </message>
    <message>
        <source>SameSite %1 → %2</source>
        <translation>SameSite %1 → %2</translation>
    </message>
    <message>
        <source>party %1 → %2</source>
        <translation>part %1 → %2</translation>
    </message>
    <message>
        <source>new</source>
        <translation>ny</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>borte</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>endret</translation>
    </message>
    <message>
        <source>Declared and observed</source>
        <translation>Erklært og observert</translation>
    </message>
    <message>
        <source>Declared, not observed</source>
        <translation>Erklært, ikke observert</translation>
    </message>
    <message>
        <source>Observed, undeclared</source>
        <translation>Observert, ikke erklært</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Avviker</translation>
    </message>
    <message>
        <source>First party</source>
        <translation>Førstepart</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Tredjepart</translation>
    </message>
    <message>
        <source>session</source>
        <translation>økt</translation>
    </message>
    <message>
        <source>Consent is inferred from use of the site or from browser settings; since 1 January 2025 consent must be an active, informed choice to the GDPR standard.</source>
        <translation>Samtykke utledes av bruk av nettstedet eller av nettleserinnstillinger; fra 1. januar 2025 må samtykke være et aktivt, informert valg etter personvernforordningens standard.</translation>
    </message>
    <message>
        <source>Refers to § 2-7b of the old Electronic Communications Act, repealed on 1 January 2025; refer to the new Act instead.</source>
        <translation>Viser til § 2-7b i den gamle ekomloven, som ble opphevet 1. januar 2025; vis til den nye loven i stedet.</translation>
    </message>
    <message>
        <source>The text names the cookie %1, which the inventory does not have.</source>
        <translation>Teksten nevner informasjonskapselen %1, som ikke finnes i oversikten.</translation>
    </message>
    <message>
        <source>The inventory has the cookie %1, but the text never names it.</source>
        <translation>Oversikten har informasjonskapselen %1, men teksten nevner den aldri.</translation>
    </message>
    <message>
        <source>Implied consent</source>
        <translation>Underforstått samtykke</translation>
    </message>
    <message>
        <source>Repealed section</source>
        <translation>Opphevet paragraf</translation>
    </message>
    <message>
        <source>Not in the inventory</source>
        <translation>Ikke i oversikten</translation>
    </message>
    <message>
        <source>Not named in the text</source>
        <translation>Ikke nevnt i teksten</translation>
    </message>
</context>
<context>
    <name>CookiesArea</name>
    <message>
        <source>Import cookie scans or a declaration</source>
        <translation>Importer skanninger eller en erklæring om informasjonskapsler</translation>
    </message>
    <message>
        <source>Cookie files (*.har *.json *.sqlite *.csv);;All files (*)</source>
        <translation>Filer med informasjonskapsler (*.har *.json *.sqlite *.csv);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>Endre %1 for %2</translation>
    </message>
    <message>
        <source>Accept the suggestion for %1</source>
        <translation>Godta forslaget for %1</translation>
    </message>
    <message>
        <source>Declare %1</source>
        <translation>Erklær %1</translation>
    </message>
    <message>
        <source>%1 is now declared with the suggested texts; check them.</source>
        <translation>%1 er nå erklært med de foreslåtte tekstene; kontroller dem.</translation>
    </message>
    <message>
        <source>Remove %1 from the declaration</source>
        <translation>Fjern %1 fra erklæringen</translation>
    </message>
    <message>
        <source>Open a workspace to see its cookies.</source>
        <translation>Åpne et arbeidsområde for å se informasjonskapslene.</translation>
    </message>
    <message numerus="yes">
        <source>Changes from the scan of %1 (%2) to the scan of %3 (%4): %n change(s)</source>
        <translation>
            <numerusform>Endringer fra skanningen %1 (%2) til skanningen %3 (%4): %n endring</numerusform>
            <numerusform>Endringer fra skanningen %1 (%2) til skanningen %3 (%4): %n endringer</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the cookie policy text</source>
        <translation>Åpne teksten om informasjonskapsler</translation>
    </message>
    <message>
        <source>Text files (*.txt *.md *.html);;All files (*)</source>
        <translation>Tekstfiler (*.txt *.md *.html);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke lese %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n funn</numerusform>
            <numerusform>%n funn</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 declared cookies named in the text</source>
        <translation>%1 av %2 erklærte informasjonskapsler er nevnt i teksten</translation>
    </message>
    <message>
        <source>cookie-declaration</source>
        <translation>erklaering-informasjonskapsler</translation>
    </message>
    <message>
        <source>Export the cookie declaration</source>
        <translation>Eksporter erklæringen om informasjonskapsler</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>Declaration written to %1</source>
        <translation>Erklæringen er skrevet til %1</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle kategorier</translation>
    </message>
    <message>
        <source>Cookie inventory</source>
        <translation>Oversikt over informasjonskapsler</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <source>Name, domain, purpose or supplier</source>
        <translation>Navn, domene, formål eller leverandør</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>K&amp;ategori:</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>&amp;Declare / accept suggestion</source>
        <translation>&amp;Erklær / godta forslag</translation>
    </message>
    <message>
        <source>Declares an observed cookie with the knowledge base&apos;s suggested texts (Ctrl+Enter)</source>
        <translation>Erklærer en observert informasjonskapsel med kunnskapsbasens foreslåtte tekster (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Re&amp;move from declaration</source>
        <translation>&amp;Fjern fra erklæringen</translation>
    </message>
    <message>
        <source>&amp;Import scan…</source>
        <translation>&amp;Importer skanning …</translation>
    </message>
    <message>
        <source>Declaration in:</source>
        <translation>Erklæring på:</translation>
    </message>
    <message>
        <source>Norwegian Bokmål</source>
        <translation>Norsk bokmål</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Eksporter &amp;HTML …</translation>
    </message>
    <message>
        <source>Export Mark&amp;down…</source>
        <translation>Eksporter Mark&amp;down …</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Eksporter &amp;CSV …</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Eksporter &amp;PDF …</translation>
    </message>
    <message>
        <source>Changes since the previous scan</source>
        <translation>Endringer siden forrige skanning</translation>
    </message>
    <message>
        <source>Policy text check</source>
        <translation>Kontroll av personverntekst</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation>Informasjonskapsel</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domene</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Funn</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Forklaring</translation>
    </message>
    <message>
        <source>&amp;Paste the website&apos;s cookie policy here or load it from a file, then check it against the Electronic Communications Act in force since 1 January 2025 and against the inventory.</source>
        <translation>&amp;Lim inn nettstedets tekst om informasjonskapsler her eller last den inn fra en fil, og kontroller den mot ekomloven som gjelder fra 1. januar 2025 og mot oversikten.</translation>
    </message>
    <message>
        <source>&amp;Load file…</source>
        <translation>L&amp;ast inn fil …</translation>
    </message>
    <message>
        <source>Chec&amp;k text</source>
        <translation>&amp;Kontroller teksten</translation>
    </message>
    <message>
        <source>Cookie policy text</source>
        <translation>Tekst om informasjonskapsler</translation>
    </message>
    <message>
        <source>Import at least two scans of the same site (HAR, inspection.json, cookies.sqlite) to see what changed.</source>
        <translation>Importer minst to skanninger av samme nettsted (HAR, inspection.json, cookies.sqlite) for å se hva som er endret.</translation>
    </message>
    <message>
        <source>%1 declared and observed · %2 declared, not observed · %3 observed, undeclared · %4 with differences</source>
        <translation>%1 erklært og observert · %2 erklært, ikke observert · %3 observert, ikke erklært · %4 avviker</translation>
    </message>
</context>
<context>
    <name>FirefoxCookiesImporter</name>
    <message>
        <source>Firefox cookie store (cookies.sqlite)</source>
        <translation>Firefox sitt lager av informasjonskapsler (cookies.sqlite)</translation>
    </message>
    <message>
        <source>a cookies.sqlite file can only be read from disk</source>
        <translation>en cookies.sqlite-fil kan bare leses fra disk</translation>
    </message>
    <message>
        <source>cannot open the cookie store: %1</source>
        <translation>kan ikke åpne lageret av informasjonskapsler: %1</translation>
    </message>
    <message>
        <source>this is not a Firefox cookie store (%1)</source>
        <translation>dette er ikke Firefox sitt lager av informasjonskapsler (%1)</translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation>importen ble avbrutt</translation>
    </message>
    <message>
        <source>cookie without a name</source>
        <translation>informasjonskapsel uten navn</translation>
    </message>
    <message>
        <source>the cookie store is damaged: %1</source>
        <translation>lageret av informasjonskapsler er skadet: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s) read from the browser&apos;s store</source>
        <translation>
            <numerusform>%n informasjonskapsel lest fra nettleserens lager</numerusform>
            <numerusform>%n informasjonskapsler lest fra nettleserens lager</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HarImporter</name>
    <message>
        <source>HTTP Archive (HAR) recording of a page load</source>
        <translation>HTTP Archive-opptak (HAR) av en sidelasting</translation>
    </message>
    <message>
        <source>this is not a HAR file: it has no log.entries list</source>
        <translation>dette er ikke en HAR-fil: den har ingen log.entries-liste</translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation>importen ble avbrutt</translation>
    </message>
    <message>
        <source>request without a URL</source>
        <translation>forespørsel uten URL</translation>
    </message>
    <message>
        <source>no entry in this HAR file has a request URL</source>
        <translation>ingen oppføring i denne HAR-filen har en URL</translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s) observed on %1</source>
        <translation>
            <numerusform>%n informasjonskapsel observert på %1</numerusform>
            <numerusform>%n informasjonskapsler observert på %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>this kind of file cannot be stored by this version of Kapsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished">kan ikke lese filen: %1</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; known formats: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kapsel does not recognise this file&apos;s format; if it is a sessions CSV with unusual headers, choose the format and map the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this content was already imported (as %1 on %2); it is not counted twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was stored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KapselCli</name>
    <message>
        <source>Usage: kapsel-cli [--db PATH] [--lang nb|en] COMMAND [options]

Kapsel: visitor statistics, cookie inventory and chat privacy for one website.

Global options:
  --db PATH       workspace file (default: the GUI&apos;s current workspace, %1)
  --lang nb|en    language of messages, numbers and dates
  -h, --help      show this help; COMMAND --help shows a command&apos;s options
  -v, --version   show the version

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang takes nb or en</source>
        <translation type="unfinished">--lang tar nb eller en</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>this file is not a Kapsel workspace (it is not an SQLite database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this workspace was written by a newer Kapsel (schema %1; this version knows up to %2); update Kapsel to open it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenCookieDbImporter</name>
    <message>
        <source>Open Cookie Database (CSV)</source>
        <translation>Open Cookie Database (CSV)</translation>
    </message>
    <message>
        <source>the header is not the Open Cookie Database&apos;s (ID,Platform,Category,Cookie / Data Key name,...)</source>
        <translation>overskriftsraden er ikke Open Cookie Databases (ID,Platform,Category,Cookie / Data Key name,...)</translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation>importen ble avbrutt</translation>
    </message>
    <message>
        <source>this row has %1 fields, the Open Cookie Database has 10</source>
        <translation>denne raden har %1 felt, Open Cookie Database har 10</translation>
    </message>
    <message>
        <source>row without a cookie name</source>
        <translation>rad uten navn på informasjonskapsel</translation>
    </message>
    <message numerus="yes">
        <source>%n knowledge-base entr(y/ies), of which %1 name prefixes</source>
        <translation>
            <numerusform>%n oppføring i kunnskapsbasen, hvorav %1 navneprefikser</numerusform>
            <numerusform>%n oppføringer i kunnskapsbasen, hvorav %1 navneprefikser</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <source>[removed]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>the workspace is busy with another import or program; try again when it has finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace file is damaged or is not a Kapsel workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitorsArea</name>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WecInspectionImporter</name>
    <message>
        <source>EDPS Website Evidence Collector inspection (inspection.json)</source>
        <translation>EDPS Website Evidence Collector-inspeksjon (inspection.json)</translation>
    </message>
    <message>
        <source>this is not a Website Evidence Collector inspection: it has no cookies list</source>
        <translation>dette er ikke en Website Evidence Collector-inspeksjon: den har ingen cookies-liste</translation>
    </message>
    <message>
        <source>cookie without a name</source>
        <translation>informasjonskapsel uten navn</translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s) observed on %1</source>
        <translation>
            <numerusform>%n informasjonskapsel observert på %1</numerusform>
            <numerusform>%n informasjonskapsler observert på %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>cannot open the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file is not a Kapsel workspace or cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
