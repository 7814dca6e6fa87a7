<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>ChartPanel</name>
    <message>
        <source>Table</source>
        <translation>Tabell</translation>
    </message>
    <message>
        <source>Show the numbers behind the chart</source>
        <translation>Vis tallene bak diagrammet</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <source>Chart as PNG image...</source>
        <translation>Diagram som PNG-bilde …</translation>
    </message>
    <message>
        <source>Chart as SVG drawing...</source>
        <translation>Diagram som SVG-tegning …</translation>
    </message>
    <message>
        <source>Chart as PDF...</source>
        <translation>Diagram som PDF …</translation>
    </message>
    <message>
        <source>Numbers as CSV...</source>
        <translation>Tall som CSV …</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-bilde (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-tegning (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-fil (*.csv)</translation>
    </message>
</context>
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
    <message>
        <source>First day (default: the first day with data).</source>
        <translation>Første dag (standard: første dag med data).</translation>
    </message>
    <message>
        <source>Last day (default: the last day with data).</source>
        <translation>Siste dag (standard: siste dag med data).</translation>
    </message>
    <message>
        <source>Period: day, week (ISO) or month (default: month).</source>
        <translation>Periode: day (dag), week (ISO-uke) eller month (måned) (standard: month).</translation>
    </message>
    <message>
        <source>Only this data source, e.g. GA4.</source>
        <translation>Bare denne datakilden, f.eks. GA4.</translation>
    </message>
    <message>
        <source>Output format: %1.</source>
        <translation>Utdataformat: %1.</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation>--%1 tar en dato som ÅÅÅÅ-MM-DD, ikke «%2»</translation>
    </message>
    <message>
        <source>--from must not be after --to</source>
        <translation>--from kan ikke være etter --to</translation>
    </message>
    <message>
        <source>--by takes day, week or month, not &quot;%1&quot;</source>
        <translation>--by tar day, week eller month, ikke «%1»</translation>
    </message>
    <message>
        <source>no data source &quot;%1&quot; in the workspace; known sources: %2</source>
        <translation>ingen datakilde «%1» i arbeidsområdet; kjente kilder: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Visits %1 to %2, %3</source>
        <translation>Besøk %1 til %2, %3</translation>
    </message>
    <message>
        <source>all sources</source>
        <translation>alle kilder</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besøk</translation>
    </message>
    <message>
        <source>First-time</source>
        <translation>Førstegangs</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Gjentakende</translation>
    </message>
    <message>
        <source>Returning %</source>
        <translation>Gjentakende %</translation>
    </message>
    <message>
        <source>Mean (m:ss)</source>
        <translation>Snitt (m:ss)</translation>
    </message>
    <message>
        <source>Median (m:ss)</source>
        <translation>Median (m:ss)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>i.a.</translation>
    </message>
    <message>
        <source>No figures for the previous period of the same length (%1 to %2) to compare with.</source>
        <translation>Ingen tall for forrige periode av samme lengde (%1 til %2) å sammenligne med.</translation>
    </message>
    <message>
        <source>Compared with %1 to %2: visits %3, first-time %4, returning %5, median duration %6</source>
        <translation>Sammenlignet med %1 til %2: besøk %3, førstegangs %4, gjentakende %5, medianvarighet %6</translation>
    </message>
    <message>
        <source>* includes figures from aggregate reports</source>
        <translation>* inkluderer tall fra aggregerte rapporter</translation>
    </message>
    <message>
        <source>Empty cells: the source cannot give that figure.</source>
        <translation>Tomme celler: kilden kan ikke gi det tallet.</translation>
    </message>
    <message>
        <source>Visits per period: first-time, returning, mean and median duration.</source>
        <translation>Besøk per periode: førstegangs, gjentakende, gjennomsnittlig og median varighet.</translation>
    </message>
    <message>
        <source>--format takes csv, json or table, not &quot;%1&quot;</source>
        <translation>--format tar csv, json eller table, ikke «%1»</translation>
    </message>
    <message>
        <source>No visitor statistics in this workspace yet; import an analytics export first.</source>
        <translation>Ingen besøksstatistikk i dette arbeidsområdet ennå; importer en analyseeksport først.</translation>
    </message>
    <message>
        <source>Visits by session duration in Matomo&apos;s ranges; each visit counts in exactly one range.</source>
        <translation>Besøk etter øktvarighet i Matomos intervaller; hvert besøk telles i nøyaktig ett intervall.</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varighet</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>visits per day, week or month (first-time, returning, duration)</source>
        <translation>besøk per dag, uke eller måned (førstegangs, gjentakende, varighet)</translation>
    </message>
    <message>
        <source>visits by session duration range</source>
        <translation>besøk etter varighetsintervall</translation>
    </message>
    <message>
        <source>%1 (part)</source>
        <extracomment>a week or month cut short by the chosen range</extracomment>
        <translation>%1 (delvis)</translation>
    </message>
    <message>
        <source>(part): only the days of the period inside the range are counted.</source>
        <translation>(delvis): bare dagene i perioden som ligger innenfor utvalget, er talt med.</translation>
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
    <name>DurationBuckets</name>
    <message>
        <source>0-10 s</source>
        <translation>0–10 s</translation>
    </message>
    <message>
        <source>11-30 s</source>
        <translation>11–30 s</translation>
    </message>
    <message>
        <source>31-60 s</source>
        <translation>31–60 s</translation>
    </message>
    <message>
        <source>1-2 min</source>
        <translation>1–2 min</translation>
    </message>
    <message>
        <source>2-4 min</source>
        <translation>2–4 min</translation>
    </message>
    <message>
        <source>4-7 min</source>
        <translation>4–7 min</translation>
    </message>
    <message>
        <source>7-10 min</source>
        <translation>7–10 min</translation>
    </message>
    <message>
        <source>10-15 min</source>
        <translation>10–15 min</translation>
    </message>
    <message>
        <source>15-30 min</source>
        <translation>15–30 min</translation>
    </message>
    <message>
        <source>30+ min</source>
        <translation>30+ min</translation>
    </message>
</context>
<context>
    <name>DurationBucketsModel</name>
    <message>
        <source>Duration</source>
        <translation>Varighet</translation>
    </message>
    <message>
        <source>From (s)</source>
        <translation>Fra (s)</translation>
    </message>
    <message>
        <source>To (s)</source>
        <translation>Til (s)</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besøk</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
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
    <name>RuleSet</name>
    <message>
        <source>[removed]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionStore</name>
    <message>
        <source>could not store a session: %1</source>
        <translation>kunne ikke lagre en økt: %1</translation>
    </message>
    <message>
        <source>Duplicate of a session already stored (same source, visitor and session); not counted twice.</source>
        <translation>Duplikat av en økt som allerede er lagret (samme kilde, besøkende og økt); telles ikke to ganger.</translation>
    </message>
    <message>
        <source>an aggregate figure has no valid date</source>
        <translation>et aggregert tall har ingen gyldig dato</translation>
    </message>
    <message>
        <source>could not store a figure: %1</source>
        <translation>kunne ikke lagre et tall: %1</translation>
    </message>
    <message>
        <source>Unknown source</source>
        <translation>Ukjent kilde</translation>
    </message>
    <message>
        <source>could not store the daily totals: %1</source>
        <translation>kunne ikke lagre dagstotalene: %1</translation>
    </message>
    <message>
        <source>more than 256 data sources in one file; split it</source>
        <translation>mer enn 256 datakilder i én fil; del den opp</translation>
    </message>
</context>
<context>
    <name>SourceExplanations</name>
    <message>
        <source>A visit is first-time when GA4&apos;s ga_session_number is 1 for that browser; later sessions of the same browser are returning.</source>
        <translation>Et besøk er førstegangs når GA4s ga_session_number er 1 for nettleseren; senere økter fra samme nettleser er gjentakende.</translation>
    </message>
    <message>
        <source>Duration is wall-clock time from the first to the last event of the session. GA4&apos;s own reports use engagement time (time the page was in the foreground), which is shorter.</source>
        <translation>Varigheten er klokketid fra første til siste hendelse i økten. GA4s egne rapporter bruker engasjementstid (tiden siden var i forgrunnen), som er kortere.</translation>
    </message>
    <message>
        <source>Needs the _ga cookie: figures exist only for visitors who accepted analytics cookies.</source>
        <translation>Krever informasjonskapselen _ga: tallene finnes bare for besøkende som godtok analysekapsler.</translation>
    </message>
    <message>
        <source>Universal Analytics calls a visitor &quot;New Visitor&quot; or &quot;Returning Visitor&quot; (user type) from visitNumber.</source>
        <translation>Universal Analytics kaller en besøkende «New Visitor» eller «Returning Visitor» (brukertype) ut fra visitNumber.</translation>
    </message>
    <message>
        <source>Duration is time on site: from the first to the last hit; a single-page visit counts as 0 seconds.</source>
        <translation>Varigheten er tid på nettstedet: fra første til siste treff; et besøk på én side teller som 0 sekunder.</translation>
    </message>
    <message>
        <source>Needs the __utma or _ga cookie: figures exist only for visitors who accepted analytics cookies.</source>
        <translation>Krever informasjonskapselen __utma eller _ga: tallene finnes bare for besøkende som godtok analysekapsler.</translation>
    </message>
    <message>
        <source>Matomo&apos;s visitorType is &quot;new&quot; or &quot;returning&quot; (also &quot;returningCustomer&quot;), from the visitor&apos;s visit count.</source>
        <translation>Matomos visitorType er «new» eller «returning» (også «returningCustomer»), ut fra den besøkendes antall besøk.</translation>
    </message>
    <message>
        <source>Duration is Matomo&apos;s visitDuration: from the first to the last action, in seconds.</source>
        <translation>Varigheten er Matomos visitDuration: fra første til siste handling, i sekunder.</translation>
    </message>
    <message>
        <source>Needs the _pk_id cookie: figures exist only for visitors who accepted it (without it every visit looks first-time).</source>
        <translation>Krever informasjonskapselen _pk_id: tallene finnes bare for besøkende som godtok den (uten den ser hvert besøk ut som et førstegangsbesøk).</translation>
    </message>
    <message>
        <source>Siteimprove counts a visitor as returning when its nmstat cookie was set on an earlier visit.</source>
        <translation>Siteimprove regner en besøkende som gjentakende når informasjonskapselen nmstat ble satt ved et tidligere besøk.</translation>
    </message>
    <message>
        <source>Duration is from the first to the last page view of the visit.</source>
        <translation>Varigheten er fra første til siste sidevisning i besøket.</translation>
    </message>
    <message>
        <source>Needs the nmstat cookie: figures exist only for visitors who accepted it.</source>
        <translation>Krever informasjonskapselen nmstat: tallene finnes bare for besøkende som godtok den.</translation>
    </message>
    <message>
        <source>Plausible uses no cookies and cannot tell first-time from returning visitors: those figures are empty.</source>
        <translation>Plausible bruker ingen informasjonskapsler og kan ikke skille førstegangs fra gjentakende besøkende: de tallene er tomme.</translation>
    </message>
    <message>
        <source>Duration is Plausible&apos;s visit duration, from the first to the last page view.</source>
        <translation>Varigheten er Plausibles besøksvarighet, fra første til siste sidevisning.</translation>
    </message>
    <message>
        <source>No cookie: a daily rotating hash of IP address and browser.</source>
        <translation>Ingen informasjonskapsel: en daglig skiftende hash av IP-adresse og nettleser.</translation>
    </message>
    <message>
        <source>First-time and returning as the source reports them (visit number 1 or an is_new flag).</source>
        <translation>Førstegangs og gjentakende slik kilden rapporterer dem (besøksnummer 1 eller et is_new-flagg).</translation>
    </message>
    <message>
        <source>Duration as the source reports it, in seconds.</source>
        <translation>Varighet slik kilden rapporterer den, i sekunder.</translation>
    </message>
    <message>
        <source>Figures that tell visitors apart need the source&apos;s own cookie and exist only for visitors who accepted it.</source>
        <translation>Tall som skiller besøkende fra hverandre krever kildens egen informasjonskapsel og finnes bare for besøkende som godtok den.</translation>
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
    <name>VisitorFormat</name>
    <message>
        <source>Week %1, %2</source>
        <extracomment>ISO week number and its week-year</extracomment>
        <translation>Uke %1, %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>standalone month name and year, e.g. &quot;March 2024&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>a percentage, e.g. &quot;12.5 %&quot;; Norwegian puts a space before %</extracomment>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>VisitorQueries</name>
    <message>
        <source>could not read the visitor statistics: %1</source>
        <translation>kunne ikke lese besøksstatistikken: %1</translation>
    </message>
</context>
<context>
    <name>VisitorSeriesModel</name>
    <message>
        <source>Includes figures from aggregate reports (no sessions for that source in this period).</source>
        <translation>Inkluderer tall fra aggregerte rapporter (ingen økter fra den kilden i denne perioden).</translation>
    </message>
    <message>
        <source>%1 (aggregate)</source>
        <extracomment>marks a period whose figures partly come from aggregate reports</extracomment>
        <translation>%1 (aggregert)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besøk</translation>
    </message>
    <message>
        <source>First-time</source>
        <translation>Førstegangs</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Gjentakende</translation>
    </message>
    <message>
        <source>Returning share</source>
        <translation>Andel gjentakende</translation>
    </message>
    <message>
        <source>Mean duration</source>
        <translation>Gjennomsnittlig varighet</translation>
    </message>
    <message>
        <source>Median duration</source>
        <translation>Medianvarighet</translation>
    </message>
</context>
<context>
    <name>VisitorsArea</name>
    <message>
        <source>Saved %1</source>
        <translation>Lagret %1</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle kilder</translation>
    </message>
    <message>
        <source>%1 (aggregate)</source>
        <extracomment>a source known only from aggregate reports, no single sessions</extracomment>
        <translation>%1 (aggregert)</translation>
    </message>
    <message>
        <source>W%1 %2</source>
        <extracomment>short axis label for an ISO week: week number and two-digit week-year</extracomment>
        <translation>U%1 %2</translation>
    </message>
    <message>
        <source>First-time</source>
        <translation>Førstegangs</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Gjentakende</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Ukjent</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <source>Visits: %1</source>
        <translation>Besøk: %1</translation>
    </message>
    <message>
        <source>First-time: %1 (%2)</source>
        <translation>Førstegangs: %1 (%2)</translation>
    </message>
    <message>
        <source>Returning: %1 (%2)</source>
        <translation>Gjentakende: %1 (%2)</translation>
    </message>
    <message>
        <source>First-time and returning: not known for this source</source>
        <translation>Førstegangs og gjentakende: ukjent for denne kilden</translation>
    </message>
    <message>
        <source>Includes figures from aggregate reports.</source>
        <translation>Inkluderer tall fra aggregerte rapporter.</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besøk</translation>
    </message>
    <message>
        <source>%1: %2 visits (%3)</source>
        <translation>%1: %2 besøk (%3)</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Gjennomsnitt</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutter</translation>
    </message>
    <message>
        <source>No visitor statistics yet. Import an analytics export (GA4, Universal Analytics, Matomo, Plausible, Siteimprove or a sessions CSV) to see them here.</source>
        <translation>Ingen besøksstatistikk ennå. Importer en analyseeksport (GA4, Universal Analytics, Matomo, Plausible, Siteimprove eller en økt-CSV) for å se den her.</translation>
    </message>
    <message>
        <source>%1 vs previous period</source>
        <extracomment>change against the previous period of the same length</extracomment>
        <translation>%1 mot forrige periode</translation>
    </message>
    <message>
        <source>no previous figure</source>
        <translation>ingen tidligere tall</translation>
    </message>
    <message>
        <source>&lt;b&gt;Visits&lt;/b&gt; %1 (%2)</source>
        <translation>&lt;b&gt;Besøk&lt;/b&gt; %1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;First-time&lt;/b&gt; %1, %2 (%3)</source>
        <translation>&lt;b&gt;Førstegangs&lt;/b&gt; %1, %2 (%3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;First-time&lt;/b&gt; not known</source>
        <translation>&lt;b&gt;Førstegangs&lt;/b&gt; ukjent</translation>
    </message>
    <message>
        <source>&lt;b&gt;Returning&lt;/b&gt; %1, %2 (%3)</source>
        <translation>&lt;b&gt;Gjentakende&lt;/b&gt; %1, %2 (%3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Returning&lt;/b&gt; not known</source>
        <translation>&lt;b&gt;Gjentakende&lt;/b&gt; ukjent</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mean duration&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Gjennomsnittlig varighet&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>ukjent</translation>
    </message>
    <message>
        <source>&lt;b&gt;Median duration&lt;/b&gt; %1 (%2)</source>
        <translation>&lt;b&gt;Medianvarighet&lt;/b&gt; %1 (%2)</translation>
    </message>
    <message>
        <source>Each analytics tool defines first-time, returning and duration its own way; the explanation for each source you import appears here.</source>
        <translation>Hvert analyseverktøy definerer førstegangs, gjentakende og varighet på sin egen måte; forklaringen for hver kilde du importerer vises her.</translation>
    </message>
    <message>
        <source>Durations are rounded to whole seconds (half up) for the median and the ranges; each visit counts in exactly one range, so a visit of exactly 60 s is in 31-60 s only.</source>
        <translation>Varigheter rundes av til hele sekunder (halve opp) for medianen og intervallene; hvert besøk telles i nøyaktig ett intervall, så et besøk på nøyaktig 60 s er bare i 31–60 s.</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Per:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Kilde:</translation>
    </message>
    <message>
        <source>All data</source>
        <translation>Alle data</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Siste 7 dager</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Siste 30 dager</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Siste 90 dager</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>I fjor</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Egendefinert</translation>
    </message>
    <message>
        <source>Ranges count back from the last day with data</source>
        <translation>Periodene regnes bakover fra siste dag med data</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>ISO week</source>
        <translation>ISO-uke</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>First-time and returning visits</source>
        <translation>Førstegangs- og gjentakende besøk</translation>
    </message>
    <message>
        <source>Visits by duration</source>
        <translation>Besøk etter varighet</translation>
    </message>
    <message>
        <source>Mean and median duration</source>
        <translation>Gjennomsnittlig og median varighet</translation>
    </message>
    <message>
        <source>What the figures mean</source>
        <translation>Hva tallene betyr</translation>
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
