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
</context>
<context>
    <name>CookiesArea</name>
    <message>
        <source>Cookies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted field that starts on line %1 is never closed</source>
        <translation>et felt i anførselstegn som starter på linje %1, blir aldri lukket</translation>
    </message>
    <message>
        <source>a record is longer than 32 MiB; this is not a CSV file Kapsel can read</source>
        <translation>en post er lengre enn 32 MiB; dette er ikke en CSV-fil Kapsel kan lese</translation>
    </message>
</context>
<context>
    <name>Ga4CsvImporter</name>
    <message>
        <source>Google Analytics 4 BigQuery export (CSV, flattened parameters)</source>
        <translation>Google Analytics 4 BigQuery-eksport (CSV, utflatede parametere)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen er tom</translation>
    </message>
    <message>
        <source>this GA4 CSV lacks the columns %1; the header row has: %2</source>
        <translation>denne GA4-CSV-filen mangler kolonnene %1; overskriftsraden har: %2</translation>
    </message>
    <message>
        <source>event without a readable event_timestamp</source>
        <translation>hendelse uten lesbar event_timestamp</translation>
    </message>
    <message>
        <source>the file holds a header row but no events</source>
        <translation>filen har en overskriftsrad, men ingen hendelser</translation>
    </message>
</context>
<context>
    <name>Ga4NdjsonImporter</name>
    <message>
        <source>Google Analytics 4 BigQuery export (NDJSON)</source>
        <translation>Google Analytics 4 BigQuery-eksport (NDJSON)</translation>
    </message>
    <message>
        <source>this line is not a complete JSON object; the file is damaged or cut off</source>
        <translation>denne linjen er ikke et fullstendig JSON-objekt; filen er skadet eller avkuttet</translation>
    </message>
    <message>
        <source>event without event_timestamp</source>
        <translation>hendelse uten event_timestamp</translation>
    </message>
    <message>
        <source>a line is longer than 64 MiB; this is not a GA4 export</source>
        <translation>en linje er lengre enn 64 MiB; dette er ikke en GA4-eksport</translation>
    </message>
    <message>
        <source>the file holds no GA4 events</source>
        <translation>filen inneholder ingen GA4-hendelser</translation>
    </message>
    <message>
        <source>no event in this file has an event_timestamp; it is not a GA4 event export</source>
        <translation>ingen hendelse i denne filen har event_timestamp; det er ikke en GA4-hendelseseksport</translation>
    </message>
</context>
<context>
    <name>Ga4SessionBuilder</name>
    <message numerus="yes">
        <source>%n session(s) from %1 to %2 (GA4 event dates).</source>
        <translation>
            <numerusform>%n økt fra %1 til %2 (GA4-hendelsesdatoer).</numerusform>
            <numerusform>%n økter fra %1 til %2 (GA4-hendelsesdatoer).</numerusform>
        </translation>
    </message>
    <message>
        <source>event without user_pseudo_id or ga_session_id (consent mode): counted, not attributable to a session</source>
        <translation type="unfinished">hendelse uten user_pseudo_id eller ga_session_id (samtykkemodus): telt, kan ikke knyttes til en økt</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) without user_pseudo_id or ga_session_id (consent mode) are counted but belong to no session; GA4 models them, Kapsel does not.</source>
        <translation>
            <numerusform>%n hendelse uten user_pseudo_id eller ga_session_id (samtykkemodus) er telt, men hører ikke til noen økt; GA4 modellerer slike, Kapsel gjør ikke det.</numerusform>
            <numerusform>%n hendelser uten user_pseudo_id eller ga_session_id (samtykkemodus) er telt, men hører ikke til noen økt; GA4 modellerer slike, Kapsel gjør ikke det.</numerusform>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">filen er tom</translation>
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
        <translation type="unfinished"></translation>
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
    <name>MatomoImporter</name>
    <message>
        <source>the XML root is &lt;%1&gt;, not a Matomo &lt;result&gt;</source>
        <translation>XML-roten er &lt;%1&gt;, ikke et Matomo-&lt;result&gt;</translation>
    </message>
    <message>
        <source>the export is a Matomo error message: %1</source>
        <translation>eksporten er en feilmelding fra Matomo: %1</translation>
    </message>
    <message>
        <source>Matomo API export (CSV, TSV, XML or JSON)</source>
        <translation>Matomo API-eksport (CSV, TSV, XML eller JSON)</translation>
    </message>
    <message>
        <source>the file is larger than 512 MiB; export Matomo data in smaller periods</source>
        <translation>filen er større enn 512 MiB; eksporter Matomo-data i kortere perioder</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen er tom</translation>
    </message>
    <message>
        <source>this Matomo export is damaged: %1</source>
        <translation>denne Matomo-eksporten er skadet: %1</translation>
    </message>
    <message>
        <source>the export holds no rows</source>
        <translation>eksporten inneholder ingen rader</translation>
    </message>
    <message>
        <source>visit without firstActionTimestamp, serverTimestamp or serverDate</source>
        <translation>besøk uten firstActionTimestamp, serverTimestamp eller serverDate</translation>
    </message>
    <message>
        <source>row without a date</source>
        <translation>rad uten dato</translation>
    </message>
    <message>
        <source>this Matomo report holds no date, so its figures cannot be placed in time. Export it with a date range (e.g. period=day&amp;date=2024-03-01,2024-03-31), or put the period in the file name (e.g. VisitsSummary_2024-03.csv).</source>
        <translation>denne Matomo-rapporten har ingen dato, så tallene kan ikke plasseres i tid. Eksporter den med et datoområde (f.eks. period=day&amp;date=2024-03-01,2024-03-31), eller sett perioden i filnavnet (f.eks. VisitsSummary_2024-03.csv).</translation>
    </message>
    <message>
        <source>no row could be read: %1</source>
        <translation>ingen rad kunne leses: %1</translation>
    </message>
    <message>
        <source>this Matomo export holds none of the reports Kapsel reads (Live visits, VisitsSummary, VisitFrequency, VisitorInterest)</source>
        <translation>denne Matomo-eksporten inneholder ingen av rapportene Kapsel leser (Live-besøk, VisitsSummary, VisitFrequency, VisitorInterest)</translation>
    </message>
    <message>
        <source>The export has no date of its own; its period %1 was taken from the file name.</source>
        <translation>Eksporten har ingen egen dato; perioden %1 ble hentet fra filnavnet.</translation>
    </message>
    <message>
        <source>Figures from %1 to %2.</source>
        <translation>Tall fra %1 til %2.</translation>
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
    <name>PlausibleImporter</name>
    <message>
        <source>Plausible visitors export (CSV)</source>
        <translation>Plausible besøkseksport (CSV)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen er tom</translation>
    </message>
    <message>
        <source>this Plausible export lacks the date or visits column; the header row has: %1</source>
        <translation>denne Plausible-eksporten mangler kolonnen date eller visits; overskriftsraden har: %1</translation>
    </message>
    <message>
        <source>row without a readable date (expected yyyy-mm-dd)</source>
        <translation>rad uten lesbar dato (forventet åååå-mm-dd)</translation>
    </message>
    <message>
        <source>row whose visits figure is not a number</source>
        <translation>rad der antall besøk ikke er et tall</translation>
    </message>
    <message>
        <source>the file holds a header row but no days</source>
        <translation>filen har en overskriftsrad, men ingen dager</translation>
    </message>
    <message>
        <source>no row could be read: %1</source>
        <translation>ingen rad kunne leses: %1</translation>
    </message>
    <message>
        <source>Daily visits from %1 to %2; Plausible is cookieless, so it has no first-time or returning figure.</source>
        <translation>Daglige besøk fra %1 til %2; Plausible bruker ikke informasjonskapsler og har derfor ingen tall for førstegangs- eller gjentatte besøk.</translation>
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
    <name>SessionsCsvImporter</name>
    <message>
        <source>Sessions CSV (one row per visit)</source>
        <translation>Økter som CSV (én rad per besøk)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen er tom</translation>
    </message>
    <message>
        <source>the column map %1 names no column of this file; its header row has: %2</source>
        <translation>kolonnetilordningen %1 peker ikke på noen kolonne i denne filen; overskriftsraden har: %2</translation>
    </message>
    <message>
        <source>no column found for %1; the header row has: %2. Map them with --map field=Header (e.g. --map started_at=&quot;%3&quot;).</source>
        <translation>fant ingen kolonne for %1; overskriftsraden har: %2. Tilordne dem med --map felt=Overskrift (f.eks. --map started_at=&quot;%3&quot;).</translation>
    </message>
    <message>
        <source>unreadable started_at (expected ISO 8601, Unix seconds, dd.mm.yyyy hh:mm or yyyymmdd)</source>
        <translation>uleselig started_at (forventet ISO 8601, Unix-sekunder, dd.mm.åååå tt:mm eller ååååmmdd)</translation>
    </message>
    <message>
        <source>unreadable duration_s (expected seconds or hh:mm:ss)</source>
        <translation>uleselig duration_s (forventet sekunder eller tt:mm:ss)</translation>
    </message>
    <message>
        <source>unreadable visit_number</source>
        <translation>uleselig visit_number</translation>
    </message>
    <message>
        <source>unreadable is_new (expected 1/0, true/false, yes/no, new/returning)</source>
        <translation>uleselig is_new (forventet 1/0, true/false, yes/no, new/returning)</translation>
    </message>
    <message>
        <source>the file holds a header row but no visits</source>
        <translation>filen har en overskriftsrad, men ingen besøk</translation>
    </message>
    <message>
        <source>no row could be read: %1</source>
        <translation>ingen rad kunne leses: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) from %1 to %2.</source>
        <translation>
            <numerusform>%n besøk fra %1 til %2.</numerusform>
            <numerusform>%n besøk fra %1 til %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns not in this file (their figures stay empty): %1</source>
        <translation>Kolonner som ikke finnes i filen (tallene deres forblir tomme): %1</translation>
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
    <name>UaBigQueryImporter</name>
    <message>
        <source>session without a readable visitStartTime</source>
        <translation>økt uten lesbar visitStartTime</translation>
    </message>
    <message>
        <source>session whose totals cell is not valid JSON</source>
        <translation>økt der totals-cellen ikke er gyldig JSON</translation>
    </message>
    <message>
        <source>the file holds no sessions</source>
        <translation>filen inneholder ingen økter</translation>
    </message>
    <message>
        <source>no session could be read: %1</source>
        <translation>ingen økt kunne leses: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) from %1 to %2.</source>
        <translation>
            <numerusform>%n økt fra %1 til %2.</numerusform>
            <numerusform>%n økter fra %1 til %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Universal Analytics / GA360 BigQuery sessions (CSV or NDJSON)</source>
        <translation>Universal Analytics / GA360 BigQuery-økter (CSV eller NDJSON)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen er tom</translation>
    </message>
    <message>
        <source>this ga_sessions CSV lacks fullVisitorId or visitStartTime; the header row has: %1</source>
        <translation>denne ga_sessions-CSV-filen mangler fullVisitorId eller visitStartTime; overskriftsraden har: %1</translation>
    </message>
    <message>
        <source>this line is not a complete JSON object; the file is damaged or cut off</source>
        <translation>denne linjen er ikke et fullstendig JSON-objekt; filen er skadet eller avkuttet</translation>
    </message>
    <message>
        <source>a line is longer than 64 MiB; this is not a ga_sessions export</source>
        <translation>en linje er lengre enn 64 MiB; dette er ikke en ga_sessions-eksport</translation>
    </message>
</context>
<context>
    <name>UaReportImporter</name>
    <message>
        <source>Universal Analytics report (CSV from the web interface)</source>
        <translation>Universal Analytics-rapport (CSV fra nettgrensesnittet)</translation>
    </message>
    <message>
        <source>this report is far larger than any UI export; it is not one</source>
        <translation>denne rapporten er langt større enn noen eksport fra nettgrensesnittet; den er ikke en slik eksport</translation>
    </message>
    <message>
        <source>this is not a Universal Analytics report: it does not start with the &quot;# ----&quot; header block</source>
        <translation>dette er ikke en Universal Analytics-rapport: den starter ikke med overskriftsblokken &quot;# ----&quot;</translation>
    </message>
    <message>
        <source>the report has a header block but no table</source>
        <translation>rapporten har en overskriftsblokk, men ingen tabell</translation>
    </message>
    <message>
        <source>row whose sessions figure is not a number</source>
        <translation>rad der antall økter ikke er et tall</translation>
    </message>
    <message>
        <source>The day section &quot;%1&quot; holds %2, not sessions; it was not imported.</source>
        <translation>Dagsdelen &quot;%1&quot; inneholder %2, ikke økter; den ble ikke importert.</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; has no sessions column; it was not imported.</source>
        <translation>Tabellen &quot;%1&quot; har ingen kolonne for økter; den ble ikke importert.</translation>
    </message>
    <message>
        <source>this report holds no dates: its header block shows no date range and it has no day section, so its figures cannot be placed in time. Export it again with the date range in the header, or with a Day Index section.</source>
        <translation>denne rapporten har ingen datoer: overskriftsblokken viser ikke noe datoområde, og den har ingen dagsdel, så tallene kan ikke plasseres i tid. Eksporter den på nytt med datoområdet i overskriften, eller med en Day Index-del.</translation>
    </message>
    <message>
        <source>this report holds no sessions figures Kapsel can use (no sessions per day, no totals)</source>
        <translation>denne rapporten har ingen økttall Kapsel kan bruke (ingen økter per dag, ingen totaler)</translation>
    </message>
    <message>
        <source>Aggregate figures for %1 to %2 (a report, not single visits).</source>
        <translation>Samletall for %1 til %2 (en rapport, ikke enkeltbesøk).</translation>
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
