<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ChartPanel</name>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the numbers behind the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart as PNG image...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart as SVG drawing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart as PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers as CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day (default: the last day with data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: day, week (ISO) or month (default: month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this data source, e.g. GA4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from must not be after --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by takes day, week or month, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data source &quot;%1&quot; in the workspace; known sources: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits %1 to %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean (m:ss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median (m:ss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures for the previous period of the same length (%1 to %2) to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with %1 to %2: visits %3, first-time %4, returning %5, median duration %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* includes figures from aggregate reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty cells: the source cannot give that figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits per period: first-time, returning, mean and median duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes csv, json or table, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visitor statistics in this workspace yet; import an analytics export first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits by session duration in Matomo&apos;s ranges; each visit counts in exactly one range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visits per day, week or month (first-time, returning, duration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visits by session duration range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (part)</source>
        <extracomment>a week or month cut short by the chosen range</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(part): only the days of the period inside the range are counted.</source>
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
    <name>DurationBuckets</name>
    <message>
        <source>0-10 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11-30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>31-60 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2-4 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4-7 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7-10 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10-15 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15-30 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30+ min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DurationBucketsModel</name>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate of a session already stored (same source, visitor and session); not counted twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an aggregate figure has no valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not store a figure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not store the daily totals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than 256 data sources in one file; split it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceExplanations</name>
    <message>
        <source>A visit is first-time when GA4&apos;s ga_session_number is 1 for that browser; later sessions of the same browser are returning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration is wall-clock time from the first to the last event of the session. GA4&apos;s own reports use engagement time (time the page was in the foreground), which is shorter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the _ga cookie: figures exist only for visitors who accepted analytics cookies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Universal Analytics calls a visitor &quot;New Visitor&quot; or &quot;Returning Visitor&quot; (user type) from visitNumber.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration is time on site: from the first to the last hit; a single-page visit counts as 0 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the __utma or _ga cookie: figures exist only for visitors who accepted analytics cookies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matomo&apos;s visitorType is &quot;new&quot; or &quot;returning&quot; (also &quot;returningCustomer&quot;), from the visitor&apos;s visit count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration is Matomo&apos;s visitDuration: from the first to the last action, in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the _pk_id cookie: figures exist only for visitors who accepted it (without it every visit looks first-time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siteimprove counts a visitor as returning when its nmstat cookie was set on an earlier visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration is from the first to the last page view of the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the nmstat cookie: figures exist only for visitors who accepted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plausible uses no cookies and cannot tell first-time from returning visitors: those figures are empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration is Plausible&apos;s visit duration, from the first to the last page view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cookie: a daily rotating hash of IP address and browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-time and returning as the source reports them (visit number 1 or an is_new flag).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration as the source reports it, in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures that tell visitors apart need the source&apos;s own cookie and exist only for visitors who accepted it.</source>
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
    <name>VisitorFormat</name>
    <message>
        <source>Week %1, %2</source>
        <extracomment>ISO week number and its week-year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>standalone month name and year, e.g. &quot;March 2024&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>a percentage, e.g. &quot;12.5 %&quot;; Norwegian puts a space before %</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitorQueries</name>
    <message>
        <source>could not read the visitor statistics: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitorSeriesModel</name>
    <message>
        <source>Includes figures from aggregate reports (no sessions for that source in this period).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (aggregate)</source>
        <extracomment>marks a period whose figures partly come from aggregate reports</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitorsArea</name>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (aggregate)</source>
        <extracomment>a source known only from aggregate reports, no single sessions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W%1 %2</source>
        <extracomment>short axis label for an ISO week: week number and two-digit week-year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-time: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-time and returning: not known for this source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Includes figures from aggregate reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 visits (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visitor statistics yet. Import an analytics export (GA4, Universal Analytics, Matomo, Plausible, Siteimprove or a sessions CSV) to see them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vs previous period</source>
        <extracomment>change against the previous period of the same length</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no previous figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Visits&lt;/b&gt; %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;First-time&lt;/b&gt; %1, %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;First-time&lt;/b&gt; not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Returning&lt;/b&gt; %1, %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Returning&lt;/b&gt; not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Mean duration&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Median duration&lt;/b&gt; %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each analytics tool defines first-time, returning and duration its own way; the explanation for each source you import appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durations are rounded to whole seconds (half up) for the median and the ranges; each visit counts in exactly one range, so a visit of exactly 60 s is in 31-60 s only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranges count back from the last day with data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-time and returning visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits by duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean and median duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the figures mean</source>
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
