<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
    <name>ImportHistoryModel</name>
    <message>
        <source>%1 × %2 (first at line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
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
    <name>Kapsel</name>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kapsel: visitor statistics, cookie inventory and chat privacy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: nb or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a fresh copy of the demo workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in this area: visitors, cookies or chats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the window to FILE and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1280x800.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang takes nb or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Kapsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no workspace yet. Open the demo workspace to look around? You can create your own workspace and import files at any time from the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--area takes visitors, cookies or chats</source>
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
        <source>Importing %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>First-time and returning visits, session duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared and observed cookies, the declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat transcripts, redaction of identity numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import analytics exports, cookie scans or chat transcripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Kapsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (demo) — Kapsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Kapsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the demo workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kapsel workspaces (*.kapsel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; choose another name or open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kapsel workspaces (*.kapsel);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics, cookie and chat files (*.csv *.tsv *.json *.ndjson *.jsonl *.xml *.har *.sqlite *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is already running; wait until it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3 rows read, %4 stored, %5 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>%n file imported</numerusform>
            <numerusform>%n files imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n file(s) refused</source>
        <translation>
            <numerusform>%1; %n file refused</numerusform>
            <numerusform>%1; %n files refused</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files were refused and nothing of them was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kapsel %1&lt;/h3&gt;&lt;p&gt;Visitor statistics, cookie inventory and chat privacy for one website, offline, in Norwegian Bokmål and English.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 (LGPL-3.0; Qt Charts GPL-3.0)&lt;/li&gt;&lt;li&gt;SQLite %3 (public domain)&lt;/li&gt;&lt;li&gt;Open Cookie Database, when imported (Apache-2.0)&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Kapsel</source>
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
