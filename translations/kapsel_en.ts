<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>BrowserProcess</name>
    <message>
        <source>The browser for the live scan was not found at %1. Install Debian&apos;s package chromium (apt-get install chromium) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the browser&apos;s temporary profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the browser&apos;s temporary profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the browser: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the browser %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CdpClient</name>
    <message>
        <source>The scan was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser closed its connection (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser does not read its commands any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser refused %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser did not answer %1 within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser closed its connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read from the browser: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>cannot write the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1 as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart as &amp;PNG image...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart as &amp;SVG drawing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart as P&amp;DF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers as &amp;CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switches between the chart and the table of its numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>When (%1)</source>
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
    <message numerus="yes">
        <source>%Ln conversation id(s) came back after more than %1 other conversations had come since their last message; Kapsel had closed those conversations, so their later messages form conversations of their own with the same id. Sort the export by conversation to keep them together.</source>
        <translation>
            <numerusform>%Ln conversation id came back after more than %1 other conversations had come since its last message; Kapsel had closed that conversation, so its later messages form a conversation of their own with the same id. Sort the export by conversation to keep them together.</numerusform>
            <numerusform>%Ln conversation ids came back after more than %1 other conversations had come since their last message; Kapsel had closed those conversations, so their later messages form conversations of their own with the same id. Sort the export by conversation to keep them together.</numerusform>
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
        <source>the file is not UTF-8 text (byte 0x%1); save the export as UTF-8 and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as Windows-1252 (as Excel on Windows saves CSV). If letters such as æ, ø and å look wrong, save the export as UTF-8 and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save the export as UTF-8 and try again</source>
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
    <message>
        <source>this conversation is larger than %1 MiB, more than Kapsel reads as one conversation; export it as CSV, which Kapsel reads in parts</source>
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
    <name>ChatSink</name>
    <message>
        <source>this sink does not store conversations</source>
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
        <source>Removed (%1). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed (%1): %2, an identity number. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed only by this stricter rule set, not by the standard rules. %1</source>
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
        <source>Stores only the redacted text, then drops the raw text from memory.</source>
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
    <message>
        <source>Applying the chosen rule set to the preview …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the conversations past the retention period now; every import of chats does it too</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversation(s) past the retention period: Delete expired now (Stored conversations) deletes them, as does the next import of chats</source>
        <translation>
            <numerusform>%Ln conversation past the retention period: Delete expired now (Stored conversations) deletes it, as does the next import of chats</numerusform>
            <numerusform>%Ln conversations past the retention period: Delete expired now (Stored conversations) deletes them, as does the next import of chats</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Marker for removed text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What replaces a removed span in text stored from now on (imports and stricter rule sets); text stored earlier keeps its marker. Empty: removed without a trace. Until you set it, the marker of the language Kapsel ran in at the first import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with the standard rules, %1 removes nothing more from this export: the standard rules already remove everything it finds here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Compared with the standard rules, %1 removes %Ln more span(s) from this export (%2); they are underlined in the transcript.</source>
        <translation>
            <numerusform>Compared with the standard rules, %1 removes %Ln more span from this export (%2); it is underlined in the transcript.</numerusform>
            <numerusform>Compared with the standard rules, %1 removes %Ln more spans from this export (%2); they are underlined in the transcript.</numerusform>
        </translation>
    </message>
    <message>
        <source>The marker was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed text leaves no marker in what is stored from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed text is replaced by %1 in what is stored from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open chat export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ &amp;Previous hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next hit ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as stored (re&amp;dacted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import redacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clo&amp;se preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the stored conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the conversations whose stored, redacted text contains the words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview, stored conversations and audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations in the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed and kept passages are highlighted; their tooltips name the rule. Next hit and Previous hit move between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each rule finds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored, redacted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stricter rule set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the stricter rule set would remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to keep stored conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules that decide what is removed before a chat is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marker for removed text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule se&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previe&amp;w stricter rule set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete stored conversations after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete e&amp;xpired now</source>
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
    <message>
        <source>Print at most N messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only messages matching a full-text search of the redacted text.</source>
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
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 differs: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* category, supplier and retention suggested by the knowledge base, not yet accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes from the scan of %1 to the scan of %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the declaration: nb or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang takes nb or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use table, csv, json, html, md or pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cookie-policy text (plain text, UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy-check needs exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 inventory cookies are named in the text: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message>
        <source>Cookie inventory: declared versus observed, declaration export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a cookie-policy text for invalid consent wording and missing cookies</source>
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
    <message>
        <source>  skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new zone as an IANA name, e.g. Europe/Oslo (omit to print the zone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print or set the workspace&apos;s time zone. Times without an offset in imported files are read in it, and days, weeks and months are counted in it. Files imported earlier keep their days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time-zone takes at most one zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;; use an IANA name such as Europe/Oslo or UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print or set the workspace&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available at this granularity: a report gives these visits only for a longer period (a week or a month); they are not counted here. A longer --by, or a range that holds the report&apos;s whole periods, shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a source gives these days both per day (or week) and for a longer period: the finer figures cover every day of it and are counted; the longer figure is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a source gives some of these days both per day (or week) and for a longer period: the finer figures miss days of it, so the longer figure is counted and the finer ones inside it are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read and write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With grant: the role may also import into and change the area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grant, revoke or list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server role (user or group) to grant or revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visitors, cookies or chats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may read and write which area of a team workspace on PostgreSQL. The server enforces it: a role without chats reads no chat table, with Kapsel or any other program. Only the workspace&apos;s owner can change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access list takes no further arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access %1 takes a role and an area: visitors, cookies or chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown area &quot;%1&quot;; the areas are visitors, cookies and chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--write goes with grant; revoke takes every right to the area away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access takes an action: grant, revoke or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a workspace file has no access per area: whoever can read the file sees everything in it. Move the workspace to a team server to share it by area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: owner, every area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may now %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no access to %2 any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grant, revoke or list access per area (team workspaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace holds imports already; the demo is written to an empty workspace only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no workspace file here to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace copy needs two different workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imports %1/%2, rows %L3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln import(s) with %L1 stored rows from %2 to %3.</source>
        <translation>
            <numerusform>Copied %Ln import with %L1 stored rows from %2 to %3.</numerusform>
            <numerusform>Copied %Ln imports with %L1 stored rows from %2 to %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>init: create the workspace, or bring its schema to this Kapsel&apos;s version. copy SOURCE TARGET: copy a whole workspace into a new, empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a workspace or upgrade its schema (a file, or a team workspace on PostgreSQL given with --db postgresql://...). Running it again changes nothing. Or copy a whole workspace between a file and a team workspace, either way (SOURCE and TARGET are paths or postgresql:// URIs; --db is not needed): in one transaction, so the target is complete or unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace copy takes a source and a target workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace takes an action: init or copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a workspace, upgrade its schema, or copy one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created the new workspace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no workspace here; check the path given with --db (import, demo and workspace init create a new one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace keeps conversations without a retention period; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) past the retention period of %1 days are still stored; kapsel-cli chats purge deletes them</source>
        <translation>
            <numerusform>%n conversation past the retention period of %1 days is still stored; kapsel-cli chats purge deletes it</numerusform>
            <numerusform>%n conversations past the retention period of %1 days are still stored; kapsel-cli chats purge deletes them</numerusform>
        </translation>
    </message>
    <message>
        <source>Times in the workspace&apos;s time zone, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scans yet: the declaration only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Site %1: %n scan(s), the latest of %2 (%3)</source>
        <translation>
            <numerusform>Site %1: %n scan, the latest of %2 (%3)</numerusform>
            <numerusform>Site %1: %n scans, the latest of %2 (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other sites in this workspace (--site): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 first seen %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace has no scans, so no site &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace has no scan of &quot;%1&quot;; its sites are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by %1 (initiator %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site (default: the site of the latest scan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the sentences: nb or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The findings of a site&apos;s latest scan: non-necessary cookies or storage set before consent or after reject, no reject button on the first layer, cookies observed but not declared, declared but never seen, kept longer than declared; each with its evidence (phase, page, request). Exit code 3 when there are findings, 0 when there are none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site whose inventory to show (default: the site of the latest scan); scans of different sites are never merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit up to N pages of the site per consent phase (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which visitor choices to test: none (the banner untouched only), accept, reject, or all (default: untouched, then accept, then reject, each in a fresh browser).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSS selector of the banner&apos;s accept-all button, tried before the built-in rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSS selector of the banner&apos;s reject-all button, tried before the built-in rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow links only to the start address&apos;s own host (default: the whole site, e.g. shop.example.no for www.example.no).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds a page may take before the scan notes a timeout and goes on (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The website&apos;s start address (http:// or https://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a website with Debian&apos;s chromium (headless, a fresh throwaway profile per phase) and keep what it sets before the visitor chooses, after accept and after reject as one import of the cookie area. Cookie values are never kept, only their length. Prints the scan&apos;s findings; exit code 3 when there are findings, 0 when there are none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan needs exactly one URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address; give one starting with https:// or http://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pages takes a number from 1 to 1000, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--consent takes none, accept, reject or all, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page-timeout takes seconds from 1 to 600, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan of %1 kept as import #%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan a website with chromium: cookies before and after consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln item(s)</source>
        <translation>
            <numerusform>%1: %Ln item</numerusform>
            <numerusform>%1: %Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s) visited</source>
        <translation>
            <numerusform>%Ln page visited</numerusform>
            <numerusform>%Ln pages visited</numerusform>
        </translation>
    </message>
    <message>
        <source>TEXT</source>
        <comment>placeholder on the command line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <comment>placeholder on the command line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SITE</source>
        <comment>placeholder on the command line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <comment>placeholder on the command line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <comment>placeholder on the command line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <comment>placeholder on the command line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <comment>placeholder on the command line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIELD=HEADER</source>
        <comment>placeholder on the command line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE...</source>
        <comment>placeholder on the command line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone</source>
        <comment>placeholder on the command line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[ZONE]</source>
        <comment>placeholder on the command line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[FILE|-]</source>
        <comment>placeholder on the command line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <comment>placeholder on the command line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <comment>placeholder on the command line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <comment>placeholder on the command line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <comment>placeholder on the command line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[ROLE]</source>
        <comment>placeholder on the command line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area</source>
        <comment>placeholder on the command line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[AREA]</source>
        <comment>placeholder on the command line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history remove takes the number of an import as history lists it, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would remove import #%1: %2, imported %3 %4 by %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed import #%1: %2, imported %3 %4 by %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With remove: print what would go, change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove ID: remove import ID and everything it added, in every area (the history lists the IDs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the imports in the workspace, newest first, or remove one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history takes no argument but remove ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dry-run goes with remove ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the chart into FILE (.png, .svg or .pdf), as the GUI exports it, with its numbers in FILE.csv beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the chart in pixels (default 800x450; a PNG is drawn at twice that).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WxH</source>
        <comment>placeholder on the command line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-time and returning rely on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days with data</source>
        <extracomment>column: days of the period with figures, of its days (&quot;2/30&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not compared with %1 to %2: %3.</source>
        <extracomment>%3 says why, e.g. &quot;previous period: data on 2 of 30 days&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--chart takes a file ending in .png, .svg or .pdf, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--chart-size takes WIDTHxHEIGHT in pixels, from 200x150 to 8000x8000, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--chart must be written as --chart FILE or --chart=FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the chart in %1 and its numbers in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cookies per the latest scan: %2 declared and observed, %3 declared but no longer observed, %4 declared but never observed, %5 observed but undeclared, %6 with differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion: high = the name and the domain or supplier match (or a built-in tool&apos;s own name); medium = the name matches, the source names no domain; low = only the name matches, never accepted in bulk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts, left out of the published declaration until complete:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the declaration is empty: no cookie is declared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n declared cookie(s) are drafts, left out of the published declaration:</source>
        <translation>
            <numerusform>%n declared cookie is a draft, left out of the published declaration:</numerusform>
            <numerusform>%n declared cookies are drafts, left out of the published declaration:</numerusform>
        </translation>
    </message>
    <message>
        <source>Only cookies with this status (per the site&apos;s latest scan): ok, not-observed, undeclared, differs or no-longer-observed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write nothing and exit with code 3 when the declaration is empty or has drafts (entries without a purpose in Bokmål and in English, a supplier, a retention or a category). Without it, drafts are left out of the HTML, Markdown and PDF declaration and named on standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the cookie inventory of one site: declared versus observed cookies and web storage, with whether each was set before consent, after reject and after accept (from the site&apos;s latest live scan), or export the declaration. An entry is complete with a purpose in Bokmål and in English, a supplier, a retention and a category; others are drafts. Exit code 3 with --strict when the declaration is empty or has drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; use ok, not-observed, undeclared, differs or no-longer-observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused (--strict): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the findings to OUT as CSV or HTML (by its extension, or --format) instead of listing them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT</source>
        <comment>placeholder on the command line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site whose inventory the text is checked against (default: the latest scan&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a cookie-policy text against the law in force and the inventory: consent inferred from use of the site or from browser settings (English and Bokmål phrasings), the repealed § 2-7b, cookies the text names that are neither declared nor observed, declared cookies it never names. Exit code 3 when there are findings, 0 when there are none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redaction audit log, newest first, as the Chats area&apos;s audit table shows it: each import, stricter rule set, retention deletion and removed import with who, when, the rule set and how many spans each rule removed (never the removed text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chats audit takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is empty: no chats have been imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the conversations whose last message is older than DAYS days, whatever the retention period (the period itself is not changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAYS</source>
        <comment>placeholder on the command line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the stored conversations past the workspace&apos;s retention period now (every import of chats does it too), or those older than --older-than DAYS, with an entry in the audit log. What is deleted leaves nothing behind in the workspace&apos;s files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chats purge takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--older-than takes a number of days from 1 to 36500, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) older than %1 days deleted</source>
        <translation>
            <numerusform>%n conversation older than %1 days deleted</numerusform>
            <numerusform>%n conversations older than %1 days deleted</numerusform>
        </translation>
    </message>
    <message>
        <source>Only count what the rule set would remove in addition; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RULESET</source>
        <comment>placeholder on the command line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule set: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redact the stored text again with a stricter rule set, as the Chats area&apos;s &quot;Stricter rule set for the stored text&quot; does: what it removes is overwritten in the workspace for good, with the workspace&apos;s marker and an entry in the audit log. --dry-run shows the counts first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chats apply-rules takes one rule set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Applied %1: %Ln span(s) removed from the stored text of %2 of %3 messages.</source>
        <translation>
            <numerusform>Applied %1: %Ln span removed from the stored text of %2 of %3 messages.</numerusform>
            <numerusform>Applied %1: %Ln spans removed from the stored text of %2 of %3 messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 would remove %Ln more span(s) in %2 of %3 messages; nothing was changed.</source>
        <translation>
            <numerusform>%1 would remove %Ln more span in %2 of %3 messages; nothing was changed.</numerusform>
            <numerusform>%1 would remove %Ln more spans in %2 of %3 messages; nothing was changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (redacted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the stored chat messages (redacted) as conversation_id,timestamp,sender,text, or their audit log, or delete those past the retention period, or apply a stricter rule set. The retention period and the marker are workspace settings (kapsel-cli settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored, redacted chat messages; their audit log, retention and rule set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: table (default), csv, json, html, md or pdf; the JSON schema is described in docs/cli-json.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format of the findings: table (default; text is the same), csv, json or html; the JSON schema is described in docs/cli-json.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use table, csv, json or html</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such cookie in the inventory of this site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such cookie on %1 in the inventory of this site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the inventory on several domains (%2); choose one with --domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is saved as a draft: it still needs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared %1 with the suggested texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s) declared with their high-confidence suggestions</source>
        <translation>
            <numerusform>%n cookie declared with its high-confidence suggestion</numerusform>
            <numerusform>%n cookies declared with their high-confidence suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) of medium or low confidence left for you to check</source>
        <translation>
            <numerusform>%n suggestion of medium or low confidence left for you to check</numerusform>
            <numerusform>%n suggestions of medium or low confidence left for you to check</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is declared already; nothing to accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted the suggestion for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared %1; the knowledge base has no suggestion for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now declared with a suggestion of low confidence; check every text. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purpose in Norwegian Bokmål.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purpose in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who sets the cookie, e.g. Google.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long it is kept, as a period: &quot;2 years&quot;, &quot;30 minutes&quot;, &quot;session&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERIOD</source>
        <comment>placeholder on the command line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>necessary, preferences, statistics, marketing or unclassified (the names the GUI shows, in either language, are understood too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <comment>placeholder on the command line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tool or platform, e.g. Google Analytics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first or third.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cookie&apos;s path (default /).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <comment>placeholder on the command line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither observed nor declared on this site; give its --domain to declare it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--party takes first or third, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated the entry of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the declaration; there is nothing to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 from the declaration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cookie&apos;s domain, where the inventory has the name on more than one (or to declare a cookie no scan has observed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <comment>placeholder on the command line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site whose inventory to change (default: the latest scan&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept every suggestion of high confidence, as &quot;Accept confident suggestions&quot; does; medium and low ones are left for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cookies whose suggestion to accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[NAME...]</source>
        <comment>placeholder on the command line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare observed cookies with the knowledge base&apos;s suggested texts, or accept the suggestion of a declared one, as the Cookies area&apos;s &quot;Declare / accept suggestion&quot; does. A cookie without a suggestion is declared as a draft, which is said on standard error with what it lacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cookie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare a cookie with the given texts, or change the entry of a declared one (the fields not given keep their value, or the suggestion&apos;s). An entry needs a purpose in Bokmål and in English, a supplier, a retention and a category; one without them all is saved as a draft, which is said on standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a cookie from the declaration, as the Cookies area&apos;s &quot;Remove from declaration&quot; does; what the scans observed stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cookies accept takes cookie names or --suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cookies %1 takes one cookie name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: %1 (default %2); the JSON schema is described in docs/cli-json.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output, whole or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes table, csv or json, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IANA zone in which times without an offset in imported files are read, and days, weeks and months are counted (default Europe/Oslo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text that replaces a removed span in chat text stored from now on; empty: removed without a trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days a conversation is kept after its last message; 0: kept until deleted by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the marker was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chat-retention-days takes a number of days from 0 (off) to 36500, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln stored conversation(s) are older than %1 days and would be deleted now; nothing was changed. Add --yes to set it and delete them.</source>
        <translation>
            <numerusform>%Ln stored conversation is older than %1 days and would be deleted now; nothing was changed. Add --yes to set it and delete it.</numerusform>
            <numerusform>%Ln stored conversations are older than %1 days and would be deleted now; nothing was changed. Add --yes to set it and delete them.</numerusform>
        </translation>
    </message>
    <message>
        <source>With set chat-retention-days: also when the new period deletes stored conversations now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without one: list every setting. get KEY: print one value. set KEY VALUE: change it. The keys: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace&apos;s own settings, kept in the workspace and shared by everyone who opens it, as the GUI sets them: the time zone (File menu), the marker for removed chat text and the retention period of chats (Chats area). A shorter retention period deletes the conversations past it at once, so it asks for --yes when it would.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings takes get KEY or set KEY VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot;; the settings are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--yes goes with set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, print or change the workspace&apos;s settings (time zone, chat marker, retention)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format and --output go with list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new name for a declared entry (a name ending in * covers a prefix).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new domain for a declared entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rename and --new-domain change a declared entry; %1 is not declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a chat export and count, rule by rule, what the redaction would remove and keep, as the Chats area&apos;s preview does; nothing is stored and no text is printed (the raw text stays in memory only). With a workspace (--db), its time zone and marker are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chats preview takes one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), rule set %3. Conversations: %4, messages: %5. To remove: %6, of which identity numbers: %7. Kept on purpose: %8. Nothing has been stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule set finds nothing to remove or keep in this export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
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
        <source>What it finds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit: the redaction audit log. purge [--older-than DAYS]: delete the conversations past the retention period (or older than DAYS) now. apply-rules RULESET [--dry-run]: redact the stored text again with a stricter rule set. preview FILE: count what the redaction would remove from a chat export, storing nothing. Each has its own --help. Without one, the command only reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chats takes no argument but audit, purge, apply-rules or preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed from a site&apos;s previous scan to its latest: cookies and storage that are new, gone or changed (expiry, attributes, the consent phases that set them), as the Cookies area&apos;s &quot;Changes since the previous scan&quot; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cookies changes takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import at least two scans of the same site to see what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>findings: the findings of the site&apos;s latest scan, with their evidence; exit code 3 when there are findings. changes: what changed since the previous scan. accept NAME... or accept --suggested: declare cookies with their suggested texts. declare NAME --purpose-nb ... : declare a cookie or change its entry. undeclare NAME: remove it from the declaration. Each has its own --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; cookies takes findings, changes, accept, declare or undeclare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy text was not kept for the compliance report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, made %2 by %3 (period %4 to %5, %6, %7, written to %8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report has been made from this workspace yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches no report stored in this workspace (SHA-256 %2): it is not a report made here, or it was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the stored report %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set-field takes KEY=VALUE, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang takes nb or en, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs --output FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1 (%2, SHA-256 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period (default: a year before --to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period (default: today in the workspace&apos;s time zone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site of the cookie sections (default: the latest scan&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the report: nb (default) or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cookie-policy text to check (default: the last one policy-check checked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the reports made from this workspace (--format table, csv or json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute FILE&apos;s checksum and say which stored report it is; exit code 1 when it matches none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a field of the record of processing in the workspace (repeatable); keys: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <comment>placeholder on the command line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the compliance report (summary, cookies, policy text, visitor statistics and consent, chat privacy, record of processing, import history) and keep its checksum in the workspace; list the reports made, or check a report file against them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report takes no argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--list and --verify go alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--list takes --format table, csv or json, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write, list or verify the compliance report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes pdf, html, md or json, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf, html, md or json; default: the extension of --output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also copied: %L1 declared cookies, %L2 chat audit entries, %L3 records of compliance reports, %L4 workspace settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --chart: which chart of the Visitors area to draw: visits (first-time and returning, the default) or mean-median (mean and median visit duration per period).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--chart-kind takes visits or mean-median, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--chart-kind goes with --chart FILE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Map the columns of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kapsel could not tell from the headers which column holds each field. Choose the column for each field; fields the file does not have stay empty in the figures. Kapsel remembers your choice for files with the same headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (seconds or hh:mm:ss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit number (1 = first visit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-time visitor (yes/no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still needed: the column with the start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still needed: at least one of duration, visit number or first-time visitor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplianceReport</name>
    <message>
        <source>number combinations of 7 digits or more (R2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norwegian identity numbers (R3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spelled-out digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bare runs of 7 digits or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth numbers (fødselsnummer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D-numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H-numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FH-numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synthetic test numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stricter rules applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No identity number is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan of the stored chat text by the redactor&apos;s standard rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored text could not be scanned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity numbers found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other spans the rules would remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No identity number is stored: as this report was made, the redactor&apos;s standard rules scanned the %n message(s) stored in the workspace and found none.</source>
        <translation>
            <numerusform>No identity number is stored: as this report was made, the redactor&apos;s standard rules scanned the %n message stored in the workspace and found none.</numerusform>
            <numerusform>No identity number is stored: as this report was made, the redactor&apos;s standard rules scanned the %n messages stored in the workspace and found none.</numerusform>
        </translation>
    </message>
    <message>
        <source>Identity numbers are stored: the redactor&apos;s standard rules found them in the stored text as this report was made. Apply the rules to the stored text again (the Chats area&apos;s rule set) and make the report again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redaction audit log of the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations imported in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages imported in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spans removed before storing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity numbers among them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations stored now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>conversations are deleted %n day(s) after their last message</source>
        <translation>
            <numerusform>conversations are deleted %n day after their last message</numerusform>
            <numerusform>conversations are deleted %n days after their last message</numerusform>
        </translation>
    </message>
    <message>
        <source>none set: conversations are kept until someone deletes them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted under the retention in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 conversations, %2 messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chat was imported in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the redaction removed (counts only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was removed from chats imported in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spans removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity numbers per kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log&apos;s entries for the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log has no entry in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
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
        <source>Scan of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The declaration as published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cookie declaration kept in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace holds no complete declaration entry: nothing would be published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n draft entry(s) are left out of the published declaration: %1.</source>
        <translation>
            <numerusform>%n draft entry is left out of the published declaration: %1.</numerusform>
            <numerusform>%n draft entries are left out of the published declaration: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>What the scans observed before consent, after accept and after reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No live scan of this site with consent phases is stored, so what is set before consent, after accept and after reject is not known. A live scan (kapsel-cli scan URL) shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live scan found no cookie or web storage in any phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie or storage key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings of the latest scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scan of this site is stored: there are no findings to report, and no evidence that the site keeps its declaration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest scan gave no findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requested by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen by the scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookies and similar technologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no site scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans of the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared cookies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed but not declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared but not observed by the latest scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This section describes the site as its latest scan found it, whatever the report&apos;s period. Cookie values are never stored by Kapsel and never shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared but never observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every declared cookie was observed by the latest scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undeclared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every observed cookie is declared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No policy text has been checked in this workspace, so the report cannot say whether the published policy keeps the rules. Check it (kapsel-cli policy-check FILE keeps the text for the next report) or give it to the report (kapsel-cli report --policy FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy text %1, checked against the site&apos;s inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared cookies the text names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check found nothing: the text asks for consent as the law in force since 1 January 2025 requires, and names every declared cookie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open findings of high severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open findings of medium severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open findings of low severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings in the policy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared but not observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits without attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity numbers found in the stored text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier reports could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first report made from this workspace: there is nothing to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with the previous report, %1 of %2 (period %3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the figures below has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open findings by severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie findings of the latest scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The policy text has %n finding(s).</source>
        <translation>
            <numerusform>The policy text has %n finding.</numerusform>
            <numerusform>The policy text has %n findings.</numerusform>
        </translation>
    </message>
    <message>
        <source>What changed since the previous report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex: import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace&apos;s import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been imported into this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period starts (%1) after it ends (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace has no scan of the site %1; its sites: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of the record of processing; the fields are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none known (seat in the EEA: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, to %1 (the supplier&apos;s seat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers outside the EEA by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring the use of the website: visits, first-time and returning visitors, visit duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors of the website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visits and pages viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online identifiers in the cookies %1; visits and pages viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools (sources of the statistics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none imported in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppliers (from the declaration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention of the data in the analytics tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical and organisational security measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookies of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online identifiers and what the cookies %1 record (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention (as declared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answering customers&apos; questions in the website&apos;s chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers and others who write in the chat; the company&apos;s agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the conversations&apos; text, with identity numbers and other numbers of 7 digits or more removed before it is stored; times; the sender&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after the last message</source>
        <translation>
            <numerusform>%n day after the last message</numerusform>
            <numerusform>%n days after the last message</numerusform>
        </translation>
    </message>
    <message>
        <source>none set in Kapsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients (the chat service&apos;s supplier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers outside the EEA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace&apos;s data and settings; the suppliers&apos; transfers from Kapsel&apos;s table of known suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries of the record of processing activities (GDPR article 30) for the processing Kapsel can see. The fields Kapsel cannot know are left blank for the privacy officer; their values are kept in the workspace (kapsel-cli report --set-field KEY=VALUE). Check the suppliers&apos; transfers against their current terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller (name and contact details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection officer (contact details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first-time and returning visitors, through the cookie %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes: only visitors who accepted statistics cookies are told apart; the others count as visits without attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the site&apos;s inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visits only: no cookie (a daily rotating hash of IP address and browser), so no first-time/returning split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cookie consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known: the export does not say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor statistics and consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported file %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No analytics data was imported in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace holds figures from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which figures depend on which cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it can tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depends on consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the site&apos;s inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits without attribution per source and month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit without attribution is one the source counted but could not tell first-time from returning, mostly because the visitor refused the cookie (consent mode). Its share shows how much of the statistics rests on consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
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
        <source>Without attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share without attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to fill in: kapsel-cli report --set-field %1=…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 million</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 billion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>A date and a time of day: &quot;3 December 2026 at 14:02&quot; (keep a word between them)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>A period of days: &quot;1 January 2025 to 31 December 2025&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
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
        <source>stopped before the report was complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: whoever made this report has no access to this area of the team workspace. A member with access to every area should make the report that is handed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report is incomplete: its maker has no access to these parts of the team workspace: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits by month, all sources together: %1 first-time and %2 returning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits by month, all sources together: %1 first-time, %2 returning and %3 that were not told apart (the visitor gave no consent to the cookie, or the source cannot tell).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits by month, all sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not told apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Visits by how long they lasted: %Ln visit(s) with a known duration, from the sources that record each visit.</source>
        <translation>
            <numerusform>Visits by how long they lasted: %Ln visit with a known duration, from the sources that record each visit.</numerusform>
            <numerusform>Visits by how long they lasted: %Ln visits with a known duration, from the sources that record each visit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Visits by duration, all sources</source>
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
</context>
<context>
    <name>ComplianceReportDialog</name>
    <message>
        <source>Compliance report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One dated document with what the company promises and the evidence that it keeps those promises, for the board or Datatilsynet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last calendar year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norwegian Bokmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML (one file, opens in a browser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (for other programs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to save the report in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to save the report in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the compliance report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period&apos;s first day is after its last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compliance-report</source>
        <extracomment>A file name: lower case, no spaces</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest scan&apos;s site</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplianceReportFlow</name>
    <message>
        <source>The compliance report was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the workspace for the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance report %1 written to %2; its checksum is kept in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CookieCsv</name>
    <message>
        <source>the file contains binary data, not CSV text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not UTF-8; save the file as UTF-8 and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field is longer than %1 characters; this is not a cookie CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is never closed (missing &quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CookieCsvImporter</name>
    <message>
        <source>Cookie list or declaration (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has no name column; expected name,domain,category,purpose,...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this row has %1 fields but the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row without a cookie name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observed but not declared (status undeclared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown category, stored as unclassified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read as a cookie declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read as a list of observed cookies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CookieImport</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MB; Kapsel does not read cookie files this large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CookieInventory</name>
    <message>
        <source>a cookie needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cookie %1 on %2 is already declared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CookieInventoryModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested by the knowledge base; accept it to declare the cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose (Bokmål)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HttpOnly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SameSite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cookie needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the retention as a period, for example &quot;2 years&quot;, &quot;30 minutes&quot; or &quot;session&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The party is first or third.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No live scan of this site yet: only a scan tells the consent phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen on page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept it yourself after checking: it is not accepted in bulk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft is kept as it is and left out of the published declaration until it has a purpose in Bokmål and in English, a supplier, a retention and a category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: missing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CookieItemDelegate</name>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CookieScanner</name>
    <message>
        <source>%1: page %2 of %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after accepting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after rejecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a web address: the scan needs an address that starts with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown consent phase %1: use before, accept or reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser did not open a page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CookieText</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strictly necessary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This website uses the cookies listed below. For each cookie you can see what it is used for, who processes the data, how long it is kept and whether it is set by this website (first party) or by someone else (third party).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookies in the category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last updated %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cookies are declared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observed expiry (%1) is longer than declared (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declared as %1 but set as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declared strictly necessary but set by a third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expiry %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HttpOnly %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SameSite %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared and observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed, undeclared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent is inferred from use of the site or from browser settings; since 1 January 2025 consent must be an active, informed choice to the GDPR standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refers to § 2-7b of the old Electronic Communications Act, repealed on 1 January 2025; refer to the new Act instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text names the cookie %1, which the inventory does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inventory has the cookie %1, but the text never names it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implied consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repealed section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not named in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 on %3)</source>
        <extracomment>%1 a storage key, %2 its kind (Local storage), %3 the origin&apos;s host</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set before the visitor consents and is not classified: check whether it is strictly necessary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set before the visitor consents, but it is not strictly necessary (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is stored by a third party although the visitor rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set although the visitor rejected and is not classified: check whether it is strictly necessary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set although the visitor rejected, but it is not strictly necessary (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is observed but not in the declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is kept for %2, longer than the declared %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reject button on the first layer: refusal is not as easy as acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is declared but was not seen in any phase of the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set before consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set after reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reject button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared, never seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept longer than declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partitioned %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set before consent %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set after reject %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set after accept %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page&apos;s HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a preload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CORS preflight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observed in the latest scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer observed since %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is that of one tool&apos;s own cookie (built-in knowledge).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name and the domain or supplier match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name matches; the source names no domain to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the name matches, and many sites use such a short name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the name matches: the source describes the cookie of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (missing %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared, never observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared, no longer observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purpose in Bokmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purpose in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings of the cookie-policy check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text checked: %1. %2 of %3 declared cookies are named in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cookie is listed: every declared cookie is still a draft (drafts: %1). Each needs a purpose in English and Bokmål, a supplier, a retention period and a category; complete the drafts before you publish the declaration.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CookiesArea</name>
    <message>
        <source>Import cookie scans or a declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie files (*.har *.json *.sqlite *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the suggestion for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now declared with the suggested texts; check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace to see its cookies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Changes from the scan of %1 (%2) to the scan of %3 (%4): %n change(s)</source>
        <translation>
            <numerusform>Changes from the scan of %1 (%2) to the scan of %3 (%4): %n change</numerusform>
            <numerusform>Changes from the scan of %1 (%2) to the scan of %3 (%4): %n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the cookie policy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt *.md *.html);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 declared cookies named in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cookie-declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the cookie declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declaration written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, domain, purpose or supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Declare / accept suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declares an observed cookie with the knowledge base&apos;s suggested texts (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move from declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declaration in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norwegian Bokmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since the previous scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy text check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie policy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import at least two scans of the same site (HAR, inspection.json, cookies.sqlite) to see what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(site not named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scans yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the website or import a HAR file to see what it sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) in the scan of %1 (%2)</source>
        <translation>
            <numerusform>%n finding in the scan of %1 (%2)</numerusform>
            <numerusform>%n findings in the scan of %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initiator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inventory, findings and changes of one site: scans of different sites are never merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings of the latest scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is saved as a draft: it still needs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now declared with a suggestion of low confidence; check every text. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestion of high confidence to accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accept %n confident suggestion(s)</source>
        <translation>
            <numerusform>Accept %n confident suggestion</numerusform>
            <numerusform>Accept %n confident suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s) declared with their high-confidence suggestions</source>
        <translation>
            <numerusform>%n cookie declared with its high-confidence suggestion</numerusform>
            <numerusform>%n cookies declared with their high-confidence suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) of medium or low confidence left for you to check</source>
        <translation>
            <numerusform>%n suggestion of medium or low confidence left for you to check</numerusform>
            <numerusform>%n suggestions of medium or low confidence left for you to check</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 declared and observed · %2 declared, no longer observed · %3 declared, never observed · %4 observed, undeclared · %5 with differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s), left out of the published declaration</source>
        <translation>
            <numerusform>%n draft, left out of the published declaration</numerusform>
            <numerusform>%n drafts, left out of the published declaration</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the findings of the policy check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy-findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;HTML (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a policy text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the findings as .csv or .html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text in the Cookies area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to select the passage in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cookie is declared, so the declaration would list none. Export an empty declaration anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) are drafts and are left out of the published declaration:</source>
        <translation>
            <numerusform>%n entry is a draft and is left out of the published declaration:</numerusform>
            <numerusform>%n entries are drafts and are left out of the published declaration:</numerusform>
        </translation>
    </message>
    <message>
        <source>Complete them first (filter the status by &quot;Drafts&quot;), or export without them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Declaration written to %1 without %n draft(s)</source>
        <translation>
            <numerusform>Declaration written to %1 without %n draft</numerusform>
            <numerusform>Declaration written to %1 without %n drafts</numerusform>
        </translation>
    </message>
    <message>
        <source>Drafts (incomplete entries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mor&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept &amp;confident suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declares every observed cookie whose suggestion has high confidence (name and domain or supplier match); medium and low ones are left for you to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the findings as CSV or HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the cookies whose name, domain, purpose or supplier contains the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the cookies with this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the cookies of this category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per cookie; its status says whether it is declared and observed. Type or press F2 to edit a cell, Ctrl+Enter declares the chosen cookie, Delete removes it from the declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan results and policy check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings of the policy check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing a finding selects its passage in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare the chosen cookie, or accept its suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen cookie from the declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import sca&amp;n…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport HTML…</source>
        <extracomment>the underlined letters are unique among the area&apos;s controls and the menu bar&apos;s titles</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Markdo&amp;wn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exp&amp;ort CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the website&apos;s cookie polic&amp;y here or load it from a file, then check it against the Electronic Communications Act in force since 1 January 2025 and against the inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export findin&amp;gs…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted field that starts on line %1 is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after a closing quote; quotes inside a field must be doubled</source>
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
    <name>FirefoxCookiesImporter</name>
    <message>
        <source>Firefox cookie store (cookies.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cookie without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s) read from the browser&apos;s store</source>
        <translation>
            <numerusform>%n cookie read from the browser&apos;s store</numerusform>
            <numerusform>%n cookies read from the browser&apos;s store</numerusform>
        </translation>
    </message>
    <message>
        <source>this is not a Firefox cookie store: it has no moz_cookies table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moz_cookies in this file is a view, not a table; Firefox never writes one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moz_cookies in this file is a virtual or internal table, not a plain one; Firefox never writes one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Firefox cookie store: moz_cookies has no &quot;%1&quot; column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moz_cookies holds %L1 rows; a browser keeps a few thousand cookies, and Kapsel reads at most %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cookie with an expiry date after the year 9999</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForeignSqliteReader</name>
    <message>
        <source>a database file can only be read from disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading this database needs far more work than a browser&apos;s file; it was stopped after %L1 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not an SQLite database, or it is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file is damaged; copy it again from the browser&apos;s profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database holds a value larger than %L1 KiB, which no browser writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is not enough memory to read the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file cannot be read; check that it exists and that you may read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database cannot be read by this version of Kapsel (SQLite code %1)</source>
        <extracomment>%1 is SQLite&apos;s numeric result code, for a bug report</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ga4CsvImporter</name>
    <message>
        <source>Google Analytics 4 BigQuery export (CSV, flattened parameters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this GA4 CSV lacks the columns %1; the header row has: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event without a readable event_timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds a header row but no events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ga4NdjsonImporter</name>
    <message>
        <source>Google Analytics 4 BigQuery export (NDJSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this line is not a complete JSON object; the file is damaged or cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event without event_timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no GA4 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no event in this file has an event_timestamp; it is not a GA4 event export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ga4SessionBuilder</name>
    <message>
        <source>event without user_pseudo_id or ga_session_id (consent mode): counted, not attributable to a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) without user_pseudo_id or ga_session_id (consent mode) are counted but belong to no session; GA4 models them, Kapsel does not.</source>
        <translation>
            <numerusform>%n event without user_pseudo_id or ga_session_id (consent mode) is counted but belongs to no session; GA4 models such events, Kapsel does not.</numerusform>
            <numerusform>%n events without user_pseudo_id or ga_session_id (consent mode) are counted but belong to no session; GA4 models them, Kapsel does not.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write temporary data to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read temporary data from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file holds %n session(s) from %1 to %2 (GA4 event dates).</source>
        <translation>
            <numerusform>The file holds %n session from %1 to %2 (GA4 event dates).</numerusform>
            <numerusform>The file holds %n sessions from %1 to %2 (GA4 event dates).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HarImporter</name>
    <message>
        <source>HTTP Archive (HAR) recording of a page load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a HAR file: it has no log.entries list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request without a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no entry in this HAR file has a request URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s) observed on %1</source>
        <translation>
            <numerusform>%n cookie observed on %1</numerusform>
            <numerusform>%n cookies observed on %1</numerusform>
        </translation>
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
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportRemoval</name>
    <message>
        <source>sessions of this file and of another import were joined into one (a GA4 session that goes on from one file into the next), so its figures cannot be taken out alone; Kapsel leaves it in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no import #%1 in this workspace (kapsel-cli history lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln session</numerusform>
            <numerusform>%Ln sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln report figure(s)</source>
        <translation>
            <numerusform>%Ln report figure</numerusform>
            <numerusform>%Ln report figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cookie scan(s)</source>
        <translation>
            <numerusform>%Ln cookie scan</numerusform>
            <numerusform>%Ln cookie scans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cookie observation(s)</source>
        <translation>
            <numerusform>%Ln cookie observation</numerusform>
            <numerusform>%Ln cookie observations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln scan event(s)</source>
        <translation>
            <numerusform>%Ln scan event</numerusform>
            <numerusform>%Ln scan events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln knowledge base entry(ies)</source>
        <translation>
            <numerusform>%Ln knowledge base entry</numerusform>
            <numerusform>%Ln knowledge base entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln declared cookie(s) that nobody has edited since</source>
        <translation>
            <numerusform>%Ln declared cookie that nobody has edited since</numerusform>
            <numerusform>%Ln declared cookies that nobody has edited since</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversation(s)</source>
        <translation>
            <numerusform>%Ln conversation</numerusform>
            <numerusform>%Ln conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
    <message>
        <source>no stored rows (only the history entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared cookies you have edited since stay in the declaration, as you wrote them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat audit log keeps a line saying who removed this file and when (counts only, no text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the import of %1 (imported %2 %3 by %4)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This removes from the workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• its entry in the import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (import #%2 of %3 %4 by %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) of this file are also in %1, whose import left them out as already stored; removing this import would take them from that file too. Kapsel leaves it in place: remove the later import first if both are to go</source>
        <translation>
            <numerusform>%Ln session of this file is also in %1, whose import left it out as already stored; removing this import would take it from that file too. Kapsel leaves it in place: remove the later import first if both are to go</numerusform>
            <numerusform>%Ln sessions of this file are also in %1, whose import left them out as already stored; removing this import would take them from that file too. Kapsel leaves it in place: remove the later import first if both are to go</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled; nothing was removed</source>
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
    <message>
        <source>The retention period could not be applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) past the retention period deleted.</source>
        <translation>
            <numerusform>%n conversation past the retention period deleted.</numerusform>
            <numerusform>%n conversations past the retention period deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImporterRegistry</name>
    <message>
        <source>The file was read as %1, but it looks almost as much like %2 (%3 against %4 points); if the figures look wrong, import it again with the other format chosen.</source>
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
    <message>
        <source>Open this workspace: a file, or a team workspace&apos;s address (postgresql://user@server/database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <comment>placeholder on the command line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH|URI</source>
        <comment>placeholder on the command line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AREA</source>
        <comment>placeholder on the command line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <comment>placeholder on the command line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WxH</source>
        <comment>placeholder on the command line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace (.kapsel) to open, or files to import into the current workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <comment>placeholder on the command line</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KapselCli</name>
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
    <message>
        <source>Usage: kapsel-cli [--db PATH|URI] [--lang nb|en] COMMAND [options]

Kapsel: visitor statistics, cookie inventory and chat privacy for one website.

Global options:
  --db PATH       workspace file (default: the GUI&apos;s current workspace, %1)
  --db URI        team workspace on PostgreSQL, e.g. postgresql://user@server/kapsel;
                  the password comes from ~/.pgpass or PGPASSWORD
  --lang nb|en    language of messages, numbers and dates
  -h, --help      show this help; COMMAND --help shows a command&apos;s options
  -v, --version   show the version

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Output:
  Listing commands take --format table|csv|json and --output FILE (written whole or not at
  all). Tables follow --lang; CSV has ISO dates and plain numbers; JSON is an object whose
  &quot;schema&quot; member names its versioned schema, e.g. kapsel/visitors/1, described in
  docs/cli-json.md. Results go to standard output, errors and progress to standard error.

Exit codes:
  0  success
  1  data or input error: a file or workspace that cannot be read or written, a refused
     import (the workspace is left unchanged)
  2  usage error: an unknown command, option or value
  3  success with findings: cookies findings, scan and policy-check found something,
     or cookies --strict refused an empty or incomplete declaration
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every command is also in a menu or reachable with Tab; underlined letters in the menus and on buttons work with Alt. Commands of an area work while it has the focus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveScanImport</name>
    <message>
        <source>Live scan</source>
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
        <source>About Kapsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times written without an offset in the files you import are read in this zone, and days, weeks and months are counted in it. Files imported earlier keep their days.

Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone set to %1; files imported from now on are read in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;team workspace (PostgreSQL)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no access to %1 in this team workspace. Its owner can give you access with kapsel-cli access grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 imported %2 into %3 (%Ln rows stored).</source>
        <translation>
            <numerusform>%1 imported %2 into %3 (%Ln row stored).</numerusform>
            <numerusform>%1 imported %2 into %3 (%Ln rows stored).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scan of %1 kept as import #%2: %Ln item(s) in %3 choice(s)</source>
        <translation>
            <numerusform>Scan of %1 kept as import #%2: %Ln item in %3 choice(s)</numerusform>
            <numerusform>Scan of %1 kept as import #%2: %Ln items in %3 choice(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>The scan was cancelled; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cookies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan &amp;website…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a website with chromium: what it sets before the visitor chooses, after accept and after reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no workspace at %1. It may have been moved or renamed, or the name may be mistyped.

Create a new, empty workspace there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not opened: there is no workspace at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the import chosen in the import history and everything it added, after a confirmation naming what goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the import to remove in the import history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is running; remove the other import when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the import of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kapsel %1&lt;/h3&gt;&lt;p&gt;Visitor statistics, cookie inventory and chat privacy for one website, offline, in Norwegian Bokmål and English.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 (LGPL-3.0; Qt Charts GPL-3.0)&lt;/li&gt;&lt;li&gt;%3 (SQLite: public domain; libpq: PostgreSQL Licence)&lt;/li&gt;&lt;li&gt;OpenSSL %4, for SHA-256 (Apache-2.0)&lt;/li&gt;&lt;li&gt;libpsl %5 with the Public Suffix List, for the sites cookies belong to (MIT; the list: MPL-2.0)&lt;/li&gt;&lt;li&gt;Open Cookie Database, when imported (Apache-2.0)&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visitors</source>
        <extracomment>View menu: switch to an area; the underlined letters are unique in the menu</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chooses the area shown beside it; Ctrl+1, Ctrl+2 and Ctrl+3 do the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per imported file; Delete removes the chosen import after a confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open r&amp;ecent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace time &amp;zone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every area and the import history again from the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance re&amp;port…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One dated document with the cookie declaration and scans, the policy check, visitor statistics and consent, chat privacy, the record of processing and the import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal cancelled; nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed the import of %2 from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting what the import of %1 holds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the import of %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatomoImporter</name>
    <message>
        <source>the XML root is &lt;%1&gt;, not a Matomo &lt;result&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export is a Matomo error message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matomo API export (CSV, TSV, XML or JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than 512 MiB; export Matomo data in smaller periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this Matomo export is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export holds no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit without firstActionTimestamp, serverTimestamp or serverDate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row without a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this Matomo report holds no date, so its figures cannot be placed in time. Export it with a date range (e.g. period=day&amp;date=2024-03-01,2024-03-31), or put the period in the file name (e.g. VisitsSummary_2024-03.csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no row could be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this Matomo export holds none of the reports Kapsel reads (Live visits, VisitsSummary, VisitFrequency, VisitorInterest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export has no date of its own; its period %1 was taken from the file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures from %1 to %2.</source>
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
    <message>
        <source>could not convert the stored visitor sessions: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenCookieDbImporter</name>
    <message>
        <source>Open Cookie Database (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header is not the Open Cookie Database&apos;s (ID,Platform,Category,Cookie / Data Key name,...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this row has %1 fields, the Open Cookie Database has 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row without a cookie name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n knowledge-base entr(y/ies), of which %1 name prefixes</source>
        <translation>
            <numerusform>%n knowledge-base entry, of which %1 name prefixes</numerusform>
            <numerusform>%n knowledge-base entries, of which %1 name prefixes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PgAccess</name>
    <message>
        <source>there is no role &quot;%1&quot; on this server; create it first (CREATE ROLE ... LOGIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the workspace&apos;s owner, with the right to create roles, can change who has access</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>you have no access to this part of the team workspace; ask its owner for access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team workspace is busy with another change; try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the operation on the team workspace was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team workspace&apos;s server is out of disk space; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team workspace&apos;s server is short of resources; try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to the team workspace&apos;s server was lost; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the login; check the user name and the password in ~/.pgpass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team workspace could not carry out the change (internal error %1 in Kapsel; nothing was changed)</source>
        <extracomment>%1 is PostgreSQL&apos;s SQLSTATE code, for a bug report</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a PostgreSQL address that cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL address; it starts with postgresql://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to PostgreSQL: not enough memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to the team workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PostgreSQL server %1 cannot exchange UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgImportLedger</name>
    <message>
        <source>this content was imported by someone else a moment ago; it is not counted twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no import #%1 in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgSchema</name>
    <message>
        <source>the schema file %1 is missing from this Kapsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this team workspace was made by a newer Kapsel (schema %1, this Kapsel knows up to %2); update Kapsel to open it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVisitorStore</name>
    <message>
        <source>the stored sessions of import #%1 are damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgWorkspace</name>
    <message>
        <source>this database holds no Kapsel workspace of this version; create or upgrade it with kapsel-cli --db URI workspace init</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlausibleImporter</name>
    <message>
        <source>Plausible visitors export (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this Plausible export lacks the date or visits column; the header row has: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row without a readable date (expected yyyy-mm-dd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row whose visits figure is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds a header row but no days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no row could be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily visits from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly visits from %1 to %2: the export has one row per week, so these figures are shown by week, not per day, nor in a month the week crosses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly visits from %1 to %2: the export has one row per month (as Plausible writes for six months or more), so these figures are shown by month only, not per day or week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plausible is cookieless, so it has no first-time or returning figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month starting %1 was still running when the export was taken: its figures are stored as covering %1 to %2 only, a partial month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The week starting %1 was still running when the export was taken: its figures are stored as covering %1 to %2 only, a partial week.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlausibleValues</name>
    <message>
        <source>time or date before 1990-01-01 or after the day of the import; no export holds it, so the row was not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count that is negative, not a number or 1,000,000,000 or more; the row was not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration that is negative or longer than any visit can last; the row was not stored</source>
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
    <message>
        <source>of which identity numbers: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
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
    <name>ReportLayout</name>
    <message>
        <source>Document id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1, %2</source>
        <extracomment>The source of a section&apos;s evidence and when it was taken</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart&apos;s figures as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 %3</source>
        <extracomment>The date and time a report was made or its evidence taken, e.g. &quot;3 December 2026 at 18:55 CET&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportMaker</name>
    <message>
        <source>cancelled: no report was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the workspace for the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace cannot keep the record of this report, so the report was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
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
        <source>Norwegian identity number (R3): 11 digits with valid check digits (fødselsnummer, D-, H-, FH- or synthetic test number), removed even when split by spaces, punctuation or line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date (R4): a valid calendar date with a four-digit year, optionally with a time, kept on purpose.</source>
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
    <message>
        <source>Number combination of 7 digits or more (R2), however they are grouped (1 234 567, 1.234.567, 1,234,567, 12,34,567, 1&apos;234&apos;567) or marked (keycap emoji): removed from its first digit to its last, with a preceding + and the country letters of an IBAN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (R4): at most 10 digits next to a currency marker (kr, NOK, CHF, ,-, €, $, ₹), kept on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth number (fødselsnummer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D-number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H-number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FH-number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synthetic test number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanWebsiteDialog</name>
    <message>
        <source>Scan website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kapsel opens the website in Debian&apos;s chromium, without a window and with a fresh, throwaway profile for each choice, and keeps what it sets before the visitor chooses, after accept and after reject. Cookie values are never kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages of the site visited after each choice, following its links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pages per choice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Before a choice (banner untouched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After &amp;accept all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After &amp;reject all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. #accept-all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept &amp;button (CSS):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. #reject-all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject button (CSS):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only pages on the start address&apos;s own host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a web address: give one like https://www.example.no/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one of the visitor&apos;s choices to test.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionStore</name>
    <message>
        <source>Duplicate of a session already stored (same source, visitor and session); not counted twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an aggregate figure has no valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown source</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) continued a session stored by an earlier file (for example across midnight) and were merged with it.</source>
        <translation>
            <numerusform>%n session continued a session stored by an earlier file (for example across midnight) and was merged with it.</numerusform>
            <numerusform>%n sessions continued a session stored by an earlier file (for example across midnight) and were merged with it.</numerusform>
        </translation>
    </message>
    <message>
        <source>the stored part of a session could not be read back; the workspace may be damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than 4096 data sources in one file; split it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsCsvImporter</name>
    <message>
        <source>Sessions CSV (one row per visit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column map %1 names no column of this file; its header row has: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column found for %1; the header row has: %2. Map them with --map field=Header (e.g. --map started_at=&quot;%3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable started_at (expected ISO 8601, Unix seconds, dd.mm.yyyy hh:mm or yyyymmdd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable duration_s (expected seconds or hh:mm:ss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable visit_number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable is_new (expected 1/0, true/false, yes/no, new/returning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds a header row but no visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no row could be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns not in this file (their figures stay empty): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file holds %n visit(s) from %1 to %2.</source>
        <translation>
            <numerusform>The file holds %n visit from %1 to %2.</numerusform>
            <numerusform>The file holds %n visits from %1 to %2.</numerusform>
        </translation>
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
    <message>
        <source>cookie %1 (analytics consent: only visitors who accepted it are told apart)</source>
        <extracomment>%1: cookie names, e.g. &quot;_ga&quot; or &quot;_ga, _gid&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cookie: visitors are told apart only within a day (a daily rotating hash of IP address and browser), so there is no first-time/returning split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known: the file does not say which cookie its visit numbers rely on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>the workspace file is damaged or is not a Kapsel workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace is locked by another import or program; try again when it has finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace could not be written: the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace could not be written: it is read-only or you may not change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace could not be written: the disk reported an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace could not be opened: the file or its folder cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace could not be written: not enough memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace operation was interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace could not be written (internal error %1 in Kapsel; nothing was changed)</source>
        <extracomment>%1 is SQLite&apos;s error number, for a bug report</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteImportLedger</name>
    <message>
        <source>there is no import #%1 in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteVisitorStore</name>
    <message>
        <source>the stored sessions of import #%1 are damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteWorkspace</name>
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
</context>
<context>
    <name>TeamWorkspaceDialog</name>
    <message>
        <source>Open team workspace (PostgreSQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team workspace is a PostgreSQL database that several people open at once. Ask its owner for the server, the database and your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server name, or a socket folder such as /run/postgresql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass or PGPASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in memory until Kapsel closes; never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always (encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always, and check the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextLimits</name>
    <message>
        <source>the file holds a zero byte, so it is not text (or UTF-16 without a byte order mark); Kapsel reads text exports only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line is longer than 1 MiB; no export Kapsel reads has such lines, so the file is damaged or of another kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field is longer than 64 KiB; no export Kapsel reads has such fields, so the file is damaged or of another kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UaBigQueryImporter</name>
    <message>
        <source>session without a readable visitStartTime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session whose totals cell is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no session could be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Universal Analytics / GA360 BigQuery sessions (CSV or NDJSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this ga_sessions CSV lacks fullVisitorId or visitStartTime; the header row has: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this line is not a complete JSON object; the file is damaged or cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file holds %n session(s) from %1 to %2.</source>
        <translation>
            <numerusform>The file holds %n session from %1 to %2.</numerusform>
            <numerusform>The file holds %n sessions from %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UaNumberLocale</name>
    <message>
        <source>the numbers mix a decimal point (&quot;%1&quot;, line %2) and a decimal comma (&quot;%3&quot;, line %4); a report from one UI language uses one of them, so Kapsel cannot tell how to read them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; can be read as a whole number with a thousands separator or as a number with three decimals, and nothing else in the file tells which; export the report again with its percentage columns, or with the interface in English</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UaReportImporter</name>
    <message>
        <source>Universal Analytics report (CSV from the web interface)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this report is far larger than any UI export; it is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Universal Analytics report: it does not start with the &quot;# ----&quot; header block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report has a header block but no table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row whose sessions figure is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day section &quot;%1&quot; holds %2, not sessions; it was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; has no sessions column; it was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this report holds no dates: its header block shows no date range and it has no day section, so its figures cannot be placed in time. Export it again with the date range in the header, or with a Day Index section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this report holds no sessions figures Kapsel can use (no sessions per day, no totals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregate figures for %1 to %2 (a report, not single visits).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitorChart</name>
    <message>
        <source>First-time and returning visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits by duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean and median duration (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, by ISO week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, by month</source>
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
        <source>Visits</source>
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
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chart is saved as .png, .svg or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W%1 %2</source>
        <extracomment>short axis label for an ISO week: week number and two-digit week-year</extracomment>
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
    <message numerus="yes">
        <source>this period: data on %1 of %Ln day(s)</source>
        <extracomment>why no change is shown: the chosen period has figures on only some of its days</extracomment>
        <translation>
            <numerusform>this period: data on %1 of %Ln day</numerusform>
            <numerusform>this period: data on %1 of %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>previous period: data on %1 of %Ln day(s)</source>
        <extracomment>why no change is shown: the period before has figures on only some of its days</extracomment>
        <translation>
            <numerusform>previous period: data on %1 of %Ln day</numerusform>
            <numerusform>previous period: data on %1 of %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitorQueries</name>
    <message>
        <source>could not read the visitor statistics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored duration figures are damaged; import the files again into a new workspace</source>
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
    <message>
        <source>Some visits of this period are reported only for a longer period (a week or a month): they are not available at this granularity and not counted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available</source>
        <extracomment>visits of a period a longer report covers only in part; %1 = what is counted, maybe nothing</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 + not available</source>
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
        <source>&lt;b&gt;First-time&lt;/b&gt; not known</source>
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
        <source>Each analytics tool defines first-time, returning and duration its own way; the explanation for each source you import appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durations are rounded to whole seconds (half up) for the median and the ranges; each visit counts in exactly one range, so a visit of exactly 60 s is in 31-60 s only.</source>
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
    <message>
        <source>Some visits are reported only per week or month and are not shown at this granularity; choose a longer period to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits reported only for a longer period (week or month): not available here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-time and returning rely on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Visits&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;First-time&lt;/b&gt; %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Returning&lt;/b&gt; %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Median duration&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change shown: %1</source>
        <extracomment>%1 says why, e.g. &quot;previous period: data on 2 of 30 days&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cookie %1 (analytics consent: only visitors who accepted it are told apart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-time and returning rely on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranges count back from today in the workspace&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: mean %2, median %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: visits reported only for a longer period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 visits, %3 first-time, %4 returning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 visits, first-time and returning not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more period(s) in the table (%1).</source>
        <translation>
            <numerusform>%n more period in the table (%1).</numerusform>
            <numerusform>%n more periods in the table (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show %1 to %2</source>
        <extracomment>a button under an empty chart: jumps to the nearest range of the same length that has data</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chooses the days the figures cover; the presets count back from today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts the figures per day, ISO week or month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the figures of one analytics source, or of all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the charts as &amp;tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the numbers behind every chart as a table, or the charts again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WecInspectionImporter</name>
    <message>
        <source>EDPS Website Evidence Collector inspection (inspection.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Website Evidence Collector inspection: it has no cookies list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cookie without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s) observed on %1</source>
        <translation>
            <numerusform>%n cookie observed on %1</numerusform>
            <numerusform>%n cookies observed on %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkspaceCopy</name>
    <message>
        <source>import #%1 is of a kind this Kapsel does not know (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target workspace cannot store this import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you may not read the %1 of this workspace, so a copy would leave them out; ask its owner to copy it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you may not read the %1 of this workspace, so Kapsel cannot tell that it is empty; ask its owner to copy into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the target workspace is not empty (%Ln import(s)); copy into a new workspace</source>
        <translation>
            <numerusform>the target workspace is not empty (%Ln import); copy into a new workspace</numerusform>
            <numerusform>the target workspace is not empty (%Ln imports); copy into a new workspace</numerusform>
        </translation>
    </message>
    <message>
        <source>visitor statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cookie inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chat transcripts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceSettings</name>
    <message>
        <source>unknown time zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the marker is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the marker cannot hold a line break or another control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the marker cannot hold digits: next to a number they would read as part of it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
