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
    <message>
        <source>%1 kept</source>
        <extracomment>%1 is what was found, e.g. &quot;date&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed</source>
        <extracomment>%1 is what was found, e.g. &quot;identity number&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule set: %1 (default standard).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text that replaces a removed span (may be empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print each span with its line, rule and action instead of redacting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to redact; - or nothing reads standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redact number combinations and identity numbers from a text, as the chat import does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redact takes at most one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown rule set &quot;%1&quot;; choose one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;stdin&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3: «%4»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: %1, kept: %2 (rule set %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redact a text file or stdin to stdout (or --preview the spans)</source>
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
    <name>Redactor</name>
    <message>
        <source>not valid UTF-8 text (byte 0x%1); the file must be saved as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends inside a UTF-8 character</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <source>[removed]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number combination of 7 digits or more (R2): removed from its first digit to its last, with a preceding + and the country letters of an IBAN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norwegian identity number (R3): 11 digits with valid check digits (fødselsnummer, D-, H-, FH- or synthetic test number), removed even when split by spaces, punctuation or line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date (R4): a valid calendar date with a four-digit year, optionally with a time, kept on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (R4): at most 10 digits next to a currency marker (kr, NOK, ,-, €, $), kept on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address, removed by the strict rule set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits spelled out in words (&quot;en fem en null ...&quot;), 7 or more, removed by the strict rule set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit rule: a bare run of 7 or more ASCII digits, the literal reading of the privacy page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number combination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spelled-out digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digit run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard rules plus e-mail addresses and spelled-out digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Literal reading: bare runs of 7 or more ASCII digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number combinations of 7 or more digits and Norwegian identity numbers; dates and amounts kept.</source>
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
