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
        <translation>Prøv «kapsel-cli --help» eller «kapsel-cli KOMMANDO --help».</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Vis denne hjelpen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>rows read: %1, stored: %2, skipped: %3</source>
        <translation>rader lest: %1, lagret: %2, hoppet over: %3</translation>
    </message>
    <message>
        <source>skipped %1 (first at line %2): %3</source>
        <translation>hoppet over %1 (første på linje %2): %3</translation>
    </message>
    <message>
        <source>Force the format instead of detecting it.</source>
        <translation>Bruk dette formatet i stedet for å gjenkjenne det.</translation>
    </message>
    <message>
        <source>Map a field to a column header, e.g. duration_s=Varighet (repeatable).</source>
        <translation>Koble et felt til en kolonneoverskrift, f.eks. duration_s=Varighet (kan gjentas).</translation>
    </message>
    <message>
        <source>Name of the data source, e.g. Siteimprove.</source>
        <translation>Navnet på datakilden, f.eks. Siteimprove.</translation>
    </message>
    <message>
        <source>Chat redaction rule set.</source>
        <translation>Regelsett for sladding av chatter.</translation>
    </message>
    <message>
        <source>Text that replaces a removed span in chats.</source>
        <translation>Tekst som erstatter et fjernet tekststykke i chatter.</translation>
    </message>
    <message>
        <source>Files to import (kind and format detected).</source>
        <translation>Filer som skal importeres (type og format gjenkjennes).</translation>
    </message>
    <message>
        <source>Import analytics exports, cookie scans or chat transcripts.</source>
        <translation>Importer eksporter fra analyseverktøy, informasjonskapselskanninger eller chatlogger.</translation>
    </message>
    <message>
        <source>import needs at least one FILE</source>
        <translation>import trenger minst én FIL</translation>
    </message>
    <message>
        <source>--map takes FIELD=HEADER, not &quot;%1&quot;</source>
        <translation>--map tar FELT=OVERSKRIFT, ikke «%1»</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <source>List the imports in the workspace, newest first.</source>
        <translation>List importene i arbeidsområdet, nyeste først.</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Ingen importer ennå.</translation>
    </message>
    <message>
        <source>#%1 %2 by %3: %4 (%5)</source>
        <translation>#%1 %2 av %3: %4 (%5)</translation>
    </message>
    <message>
        <source>Write the deterministic demo workspace to --db (which must not exist yet).</source>
        <translation>Skriv det faste demoarbeidsområdet til --db (som ikke må finnes fra før).</translation>
    </message>
    <message>
        <source>the file exists already; the demo is written to a new workspace only</source>
        <translation>filen finnes allerede; demoen skrives bare til et nytt arbeidsområde</translation>
    </message>
    <message>
        <source>Writing the demo workspace %1 ...</source>
        <translation>Skriver demoarbeidsområdet %1 …</translation>
    </message>
    <message>
        <source>Demo workspace written: %1</source>
        <translation>Demoarbeidsområdet er skrevet: %1</translation>
    </message>
    <message>
        <source>import files (analytics exports, cookie scans, chats)</source>
        <translation>importer filer (analyseeksporter, informasjonskapselskanninger, chatter)</translation>
    </message>
    <message>
        <source>list the imports</source>
        <translation>list importene</translation>
    </message>
    <message>
        <source>write the demo workspace</source>
        <translation>skriv demoarbeidsområdet</translation>
    </message>
</context>
<context>
    <name>CookiesArea</name>
    <message>
        <source>Cookies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportHistoryModel</name>
    <message>
        <source>%1 × %2 (first at line %3)</source>
        <translation>%1 × %2 (første på linje %3)</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Rader lest</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Lagret</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Hoppet over</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>this kind of file cannot be stored by this version of Kapsel</source>
        <translation>denne versjonen av Kapsel kan ikke lagre denne typen fil</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>kan ikke lese filen: %1</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>filen finnes ikke</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>dette er en mappe, ikke en fil</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen er tom</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; known formats: %2</source>
        <translation>ukjent format «%1»; kjente formater: %2</translation>
    </message>
    <message>
        <source>Kapsel does not recognise this file&apos;s format; if it is a sessions CSV with unusual headers, choose the format and map the columns</source>
        <translation>Kapsel kjenner ikke igjen formatet på denne filen; er det en CSV med økter og uvanlige overskrifter, velg formatet og koble kolonnene</translation>
    </message>
    <message>
        <source>this content was already imported (as %1 on %2); it is not counted twice</source>
        <translation>dette innholdet er allerede importert (som %1 den %2); det telles ikke to ganger</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was stored</source>
        <translation>importen ble avbrutt; ingenting ble lagret</translation>
    </message>
</context>
<context>
    <name>Kapsel</name>
    <message>
        <source>cannot write %1</source>
        <translation>kan ikke skrive %1</translation>
    </message>
    <message>
        <source>Kapsel: visitor statistics, cookie inventory and chat privacy.</source>
        <translation>Kapsel: besøksstatistikk, oversikt over informasjonskapsler og personvern i chat.</translation>
    </message>
    <message>
        <source>Language: nb or en.</source>
        <translation>Språk: nb eller en.</translation>
    </message>
    <message>
        <source>Open a fresh copy of the demo workspace.</source>
        <translation>Åpne en ny kopi av demoarbeidsområdet.</translation>
    </message>
    <message>
        <source>Open this workspace file.</source>
        <translation>Åpne denne arbeidsområdefilen.</translation>
    </message>
    <message>
        <source>Start in this area: visitors, cookies or chats.</source>
        <translation>Start i dette området: visitors (besøk), cookies (informasjonskapsler) eller chats (chatter).</translation>
    </message>
    <message>
        <source>Save a PNG of the window to FILE and quit.</source>
        <translation>Lagre et PNG-bilde av vinduet i FIL og avslutt.</translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1280x800.</source>
        <translation>Vindusstørrelse for --screenshot, f.eks. 1280x800.</translation>
    </message>
    <message>
        <source>--lang takes nb or en</source>
        <translation>--lang tar nb eller en</translation>
    </message>
    <message>
        <source>Welcome to Kapsel</source>
        <translation>Velkommen til Kapsel</translation>
    </message>
    <message>
        <source>There is no workspace yet. Open the demo workspace to look around? You can create your own workspace and import files at any time from the File menu.</source>
        <translation>Det finnes ikke noe arbeidsområde ennå. Vil du åpne demoarbeidsområdet og se deg om? Du kan når som helst opprette ditt eget arbeidsområde og importere filer fra Fil-menyen.</translation>
    </message>
    <message>
        <source>--area takes visitors, cookies or chats</source>
        <translation>--area tar visitors, cookies eller chats</translation>
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
        <translation>Bruk: kapsel-cli [--db STI] [--lang nb|en] KOMMANDO [valg]

Kapsel: besøksstatistikk, oversikt over informasjonskapsler og personvern i chat for ett nettsted.

Felles valg:
  --db STI        arbeidsområdefil (standard: det gjeldende arbeidsområdet i programmet, %1)
  --lang nb|en    språk for meldinger, tall og datoer
  -h, --help      vis denne hjelpen; KOMMANDO --help viser valgene for en kommando
  -v, --version   vis versjonen

Kommandoer:
</translation>
    </message>
    <message>
        <source>--db needs a path</source>
        <translation>--db trenger en sti</translation>
    </message>
    <message>
        <source>--lang takes nb or en</source>
        <translation>--lang tar nb eller en</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>ukjent valg %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>ukjent kommando «%1»</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>Importerer %1 (%2 av %3) …</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Besøk</translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation>Informasjonskapsler</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chatter</translation>
    </message>
    <message>
        <source>First-time and returning visits, session duration</source>
        <translation>Førstegangs- og gjentatte besøk, øktvarighet</translation>
    </message>
    <message>
        <source>Declared and observed cookies, the declaration</source>
        <translation>Oppgitte og observerte informasjonskapsler, erklæringen</translation>
    </message>
    <message>
        <source>Chat transcripts, redaction of identity numbers</source>
        <translation>Chatlogger, sladding av fødselsnumre</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nytt arbeidsområde …</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Åpne arbeidsområde …</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Åpne &amp;nylig brukt</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>Åpne &amp;demoarbeidsområdet</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer …</translation>
    </message>
    <message>
        <source>Import analytics exports, cookie scans or chat transcripts</source>
        <translation>Importer eksporter fra analyseverktøy, informasjonskapselskanninger eller chatlogger</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Importhistorikk</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;About Kapsel</source>
        <translation>&amp;Om Kapsel</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <source>%1 (demo) — Kapsel</source>
        <translation>%1 (demo) — Kapsel</translation>
    </message>
    <message>
        <source>%1 — Kapsel</source>
        <translation>%1 — Kapsel</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Kan ikke åpne arbeidsområdet</translation>
    </message>
    <message>
        <source>Writing the demo workspace…</source>
        <translation>Skriver demoarbeidsområdet …</translation>
    </message>
    <message>
        <source>Cannot write the demo workspace</source>
        <translation>Kan ikke skrive demoarbeidsområdet</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nytt arbeidsområde</translation>
    </message>
    <message>
        <source>Kapsel workspaces (*.kapsel)</source>
        <translation>Kapsel-arbeidsområder (*.kapsel)</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name or open it.</source>
        <translation>%1 finnes allerede; velg et annet navn eller åpne den.</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Åpne arbeidsområde</translation>
    </message>
    <message>
        <source>Kapsel workspaces (*.kapsel);;All files (*)</source>
        <translation>Kapsel-arbeidsområder (*.kapsel);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Importer filer</translation>
    </message>
    <message>
        <source>Analytics, cookie and chat files (*.csv *.tsv *.json *.ndjson *.jsonl *.xml *.har *.sqlite *.txt);;All files (*)</source>
        <translation>Analyse-, informasjonskapsel- og chatfiler (*.csv *.tsv *.json *.ndjson *.jsonl *.xml *.har *.sqlite *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>An import is already running; wait until it has finished.</source>
        <translation>En import pågår allerede; vent til den er ferdig.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerer …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>%1 (%2): %3 rows read, %4 stored, %5 skipped.</source>
        <translation>%1 (%2): %3 rader lest, %4 lagret, %5 hoppet over.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>%n fil importert</numerusform>
            <numerusform>%n filer importert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n file(s) refused</source>
        <translation>
            <numerusform>%1; %n fil avvist</numerusform>
            <numerusform>%1; %n filer avvist</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Some files were refused and nothing of them was stored.</source>
        <translation>Noen filer ble avvist, og ingenting fra dem ble lagret.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kapsel %1&lt;/h3&gt;&lt;p&gt;Visitor statistics, cookie inventory and chat privacy for one website, offline, in Norwegian Bokmål and English.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 (LGPL-3.0; Qt Charts GPL-3.0)&lt;/li&gt;&lt;li&gt;SQLite %3 (public domain)&lt;/li&gt;&lt;li&gt;Open Cookie Database, when imported (Apache-2.0)&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Kapsel %1&lt;/h3&gt;&lt;p&gt;Besøksstatistikk, oversikt over informasjonskapsler og personvern i chat for ett nettsted, uten nett, på norsk bokmål og engelsk.&lt;/p&gt;&lt;p&gt;Lisens: GPL-3.0-or-later.&lt;/p&gt;&lt;p&gt;Bygget med:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 (LGPL-3.0; Qt Charts GPL-3.0)&lt;/li&gt;&lt;li&gt;SQLite %3 (fritt tilgjengelig, «public domain»)&lt;/li&gt;&lt;li&gt;Open Cookie Database, når den importeres (Apache-2.0)&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>About Kapsel</source>
        <translation>Om Kapsel</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>this file is not a Kapsel workspace (it is not an SQLite database)</source>
        <translation>denne filen er ikke et Kapsel-arbeidsområde (den er ikke en SQLite-database)</translation>
    </message>
    <message>
        <source>this workspace was written by a newer Kapsel (schema %1; this version knows up to %2); update Kapsel to open it</source>
        <translation>dette arbeidsområdet er skrevet av en nyere Kapsel (skjema %1; denne versjonen kjenner til og med %2); oppdater Kapsel for å åpne det</translation>
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
        <translation>arbeidsområdet er opptatt med en annen import eller et annet program; prøv igjen når det er ferdig</translation>
    </message>
    <message>
        <source>the workspace file is damaged or is not a Kapsel workspace</source>
        <translation>arbeidsområdefilen er skadet eller er ikke et Kapsel-arbeidsområde</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disken er full</translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation>databasefeil: %1</translation>
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
    <name>Workspace</name>
    <message>
        <source>cannot open the workspace: %1</source>
        <translation>kan ikke åpne arbeidsområdet: %1</translation>
    </message>
    <message>
        <source>this file is not a Kapsel workspace or cannot be written</source>
        <translation>denne filen er ikke et Kapsel-arbeidsområde eller kan ikke skrives</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>kan ikke opprette mappen %1</translation>
    </message>
    <message>
        <source>unknown time zone %1</source>
        <translation>ukjent tidssone %1</translation>
    </message>
</context>
</TS>
