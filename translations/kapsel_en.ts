<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ChatAudit</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stricter rule set applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatAuditModel</name>
    <message>
        <source>SHA-256 of the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatConversationModel</name>
    <message>
        <source>Reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatCsvImporter</name>
    <message>
        <source>Chat transcripts (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field that starts here is never closed; is the file complete?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after a closing quote; quotes inside a field must be doubled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header needs the columns conversation_id and text (expected conversation_id,timestamp,sender,text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this row has %1 fields, the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row without a conversation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message without text (for example only buttons or links)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) had a time Kapsel did not understand and were stored without a time</source>
        <translation>
            <numerusform>%Ln message had a time Kapsel did not understand and was stored without a time</numerusform>
            <numerusform>%Ln messages had a time Kapsel did not understand and were stored without a time</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatInput</name>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file says it is UTF-16 but is not valid UTF-16 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds binary data (a zero byte), not a chat export; UTF-16 needs a byte order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte 0x%1); save the export as UTF-8 and try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatJsonImporter</name>
    <message>
        <source>Chat transcripts (Boost.ai or generic JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not valid JSON (%1); is the export complete?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no conversations found: expected a list of conversations or {&quot;conversations&quot;: [...]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversation number %1 is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversation &quot;%1&quot; has no list of messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message number %1 of conversation &quot;%2&quot; is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message without text (for example only buttons or links)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatPreview</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a chat export Kapsel knows (Boost.ai JSON, CSV with conversation_id,timestamp,sender,text, or a plain-text transcript)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening the file was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatPreviewModel</name>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatSender</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatStore</name>
    <message>
        <source>the workspace connection is not an SQLite connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversation without messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Redacted with the rule set %1: %Ln span(s) removed</source>
        <translation>
            <numerusform>Redacted with the rule set %1: %Ln span removed</numerusform>
            <numerusform>Redacted with the rule set %1: %Ln spans removed</numerusform>
        </translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown rule set &quot;%1&quot;; known rule sets: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatTextImporter</name>
    <message>
        <source>Chat transcripts (plain text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a message line such as &quot;[2024-05-02 08:01] Kunde: Hei&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no message lines found; expected lines such as &quot;[2024-05-02 08:01] Kunde: Hei&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatTranscriptView</name>
    <message>
        <source>Kept (%1). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed, an identity number (%1). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed (%1). %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatsArea</name>
    <message numerus="yes">
        <source>Imported %1: %Ln message(s) stored, redacted.</source>
        <translation>
            <numerusform>Imported %1: %Ln message stored, redacted.</numerusform>
            <numerusform>Imported %1: %Ln messages stored, redacted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard: numbers of 7 digits or more, identity numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict: also e-mail addresses and spelled-out digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit: bare digit runs only (the literal promise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open chat export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows what the redaction removes before anything is stored. The raw text stays in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rule set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of an export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next hit ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as stored (redacted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it finds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import redacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores only the redacted text, then drops the raw text from memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the stored, redacted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stricter rule set for the stored text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview stricter rule set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete stored conversations after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversation(s) past the retention period deleted</source>
        <translation>
            <numerusform>%Ln conversation past the retention period deleted</numerusform>
            <numerusform>%Ln conversations past the retention period deleted</numerusform>
        </translation>
    </message>
    <message>
        <source>Open chat export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat exports (*.json *.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the chat export …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of %1: nothing has been stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a chat export to see, conversation by conversation, what the redaction removes before anything is stored. Nothing is written until you choose &quot;Import redacted&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hits in this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln hit(s)</source>
        <translation>
            <numerusform>%Ln hit</numerusform>
            <numerusform>%Ln hits</numerusform>
        </translation>
    </message>
    <message>
        <source>Hit %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redacting and storing …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the stored text …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would remove nothing more from the %2 stored messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply a stricter rule set</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rewrite the stored text of %Ln message(s) with the rule set %1? The removed text is overwritten on disk and cannot be brought back.</source>
        <translation>
            <numerusform>Rewrite the stored text of %Ln message with the rule set %1? The removed text is overwritten on disk and cannot be brought back.</numerusform>
            <numerusform>Rewrite the stored text of %Ln messages with the rule set %1? The removed text is overwritten on disk and cannot be brought back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln stored conversation(s) are older than %1 days and will be deleted now. Go on?</source>
        <translation>
            <numerusform>%Ln stored conversation is older than %1 days and will be deleted now. Go on?</numerusform>
            <numerusform>%Ln stored conversations are older than %1 days and will be deleted now. Go on?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2). Conversations: %3, messages: %4. To remove: %5, of which identity numbers: %6. Kept on purpose: %7. The raw text is in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations: %1 · messages: %2 · spans removed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching conversations: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 would remove %Ln more span(s) in %2 of %3 messages: %4</source>
        <translation>
            <numerusform>%1 would remove %Ln more span in %2 of %3 messages: %4</numerusform>
            <numerusform>%1 would remove %Ln more spans in %2 of %3 messages: %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %1: %Ln span(s) removed from the stored text.</source>
        <translation>
            <numerusform>Applied %1: %Ln span removed from the stored text.</numerusform>
            <numerusform>Applied %1: %Ln spans removed from the stored text.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a rule set and &quot;Preview stricter rule set&quot; to see what it would remove from the stored text in addition. Nothing changes until you choose &quot;Apply&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a conversation to read its stored, redacted text.</source>
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
        <source>Output format: csv (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print at most N messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only messages matching a full-text search of the redacted text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the stored chat messages (redacted) as conversation_id,timestamp,sender,text. Conversations past the retention period are deleted first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes csv or json, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a number of messages, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) past the retention period deleted</source>
        <translation>
            <numerusform>%n conversation past the retention period deleted</numerusform>
            <numerusform>%n conversations past the retention period deleted</numerusform>
        </translation>
    </message>
    <message>
        <source>print the stored, redacted chat messages</source>
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
    <name>RedactionTally</name>
    <message>
        <source>of which identity numbers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; kept: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 removed. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 kept. %3</source>
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
