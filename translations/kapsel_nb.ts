<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>ChatAudit</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demodata</translation>
    </message>
    <message>
        <source>Stricter rule set applied</source>
        <translation>Strengere regelsett brukt</translation>
    </message>
    <message>
        <source>Retention deletion</source>
        <translation>Sletting etter lagringstid</translation>
    </message>
    <message>
        <source>Retention changed</source>
        <translation>Lagringstid endret</translation>
    </message>
</context>
<context>
    <name>ChatAuditModel</name>
    <message>
        <source>SHA-256 of the file: %1</source>
        <translation>SHA-256 for filen: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Regelsett</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Samtaler</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Meldinger</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Fjernet</translation>
    </message>
    <message>
        <source>Identity numbers</source>
        <translation>Fødselsnumre</translation>
    </message>
    <message>
        <source>Per rule</source>
        <translation>Per regel</translation>
    </message>
</context>
<context>
    <name>ChatConversationModel</name>
    <message>
        <source>Reference: %1</source>
        <translation>Referanse: %1</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Meldinger</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Fjernet</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Regelsett</translation>
    </message>
</context>
<context>
    <name>ChatCsvImporter</name>
    <message>
        <source>Chat transcripts (CSV)</source>
        <translation>Chatlogger (CSV)</translation>
    </message>
    <message>
        <source>a quoted field that starts here is never closed; is the file complete?</source>
        <translation>et felt i anførselstegn som starter her, blir aldri avsluttet; er filen komplett?</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote; quotes inside a field must be doubled</source>
        <translation>uventet tekst etter et avsluttende anførselstegn; anførselstegn inne i et felt må dobles</translation>
    </message>
    <message>
        <source>the file has no header line</source>
        <translation>filen har ingen overskriftslinje</translation>
    </message>
    <message>
        <source>the header needs the columns conversation_id and text (expected conversation_id,timestamp,sender,text)</source>
        <translation>overskriftslinjen må ha kolonnene conversation_id og text (forventet conversation_id,timestamp,sender,text)</translation>
    </message>
    <message>
        <source>this row has %1 fields, the header has %2</source>
        <translation>denne raden har %1 felt, overskriftslinjen har %2</translation>
    </message>
    <message>
        <source>row without a conversation id</source>
        <translation>rad uten samtale-ID</translation>
    </message>
    <message>
        <source>message without text (for example only buttons or links)</source>
        <translation>melding uten tekst (for eksempel bare knapper eller lenker)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) had a time Kapsel did not understand and were stored without a time</source>
        <translation>
            <numerusform>%Ln melding hadde et tidspunkt Kapsel ikke forsto, og ble lagret uten tidspunkt</numerusform>
            <numerusform>%Ln meldinger hadde et tidspunkt Kapsel ikke forsto, og ble lagret uten tidspunkt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatInput</name>
    <message>
        <source>the file is empty</source>
        <translation>filen er tom</translation>
    </message>
    <message>
        <source>the file says it is UTF-16 but is not valid UTF-16 text</source>
        <translation>filen sier at den er UTF-16, men er ikke gyldig UTF-16-tekst</translation>
    </message>
    <message>
        <source>the file holds binary data (a zero byte), not a chat export; UTF-16 needs a byte order mark</source>
        <translation>filen inneholder binærdata (en nullbyte), ikke en chateksport; UTF-16 må ha byte-rekkefølgemerke (BOM)</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte 0x%1); save the export as UTF-8 and try again</source>
        <translation>filen er ikke UTF-8-tekst (byte 0x%1); lagre eksporten som UTF-8 og prøv igjen</translation>
    </message>
</context>
<context>
    <name>ChatJsonImporter</name>
    <message>
        <source>Chat transcripts (Boost.ai or generic JSON)</source>
        <translation>Chatlogger (Boost.ai eller generell JSON)</translation>
    </message>
    <message>
        <source>this is not valid JSON (%1); is the export complete?</source>
        <translation>dette er ikke gyldig JSON (%1); er eksporten komplett?</translation>
    </message>
    <message>
        <source>no conversations found: expected a list of conversations or {&quot;conversations&quot;: [...]}</source>
        <translation>fant ingen samtaler: forventet en liste med samtaler eller {&quot;conversations&quot;: [...]}</translation>
    </message>
    <message>
        <source>conversation number %1 is not a JSON object</source>
        <translation>samtale nummer %1 er ikke et JSON-objekt</translation>
    </message>
    <message>
        <source>conversation &quot;%1&quot; has no list of messages</source>
        <translation>samtalen «%1» har ingen liste med meldinger</translation>
    </message>
    <message>
        <source>message number %1 of conversation &quot;%2&quot; is not a JSON object</source>
        <translation>melding nummer %1 i samtalen «%2» er ikke et JSON-objekt</translation>
    </message>
    <message>
        <source>message without text (for example only buttons or links)</source>
        <translation>melding uten tekst (for eksempel bare knapper eller lenker)</translation>
    </message>
</context>
<context>
    <name>ChatPreview</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>kan ikke lese filen: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen er tom</translation>
    </message>
    <message>
        <source>this is not a chat export Kapsel knows (Boost.ai JSON, CSV with conversation_id,timestamp,sender,text, or a plain-text transcript)</source>
        <translation>dette er ikke en chateksport Kapsel kjenner (Boost.ai-JSON, CSV med conversation_id,timestamp,sender,text eller en chatlogg i ren tekst)</translation>
    </message>
    <message>
        <source>opening the file was cancelled</source>
        <translation>åpningen av filen ble avbrutt</translation>
    </message>
</context>
<context>
    <name>ChatPreviewModel</name>
    <message>
        <source>Conversation</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Meldinger</translation>
    </message>
    <message>
        <source>To remove</source>
        <translation>Fjernes</translation>
    </message>
    <message>
        <source>Identity numbers</source>
        <translation>Fødselsnumre</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Beholdt</translation>
    </message>
</context>
<context>
    <name>ChatSender</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Rådgiver</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annen</translation>
    </message>
</context>
<context>
    <name>ChatStore</name>
    <message>
        <source>the workspace connection is not an SQLite connection</source>
        <translation>tilkoblingen til arbeidsområdet er ikke en SQLite-tilkobling</translation>
    </message>
    <message>
        <source>conversation without messages</source>
        <translation>samtale uten meldinger</translation>
    </message>
    <message numerus="yes">
        <source>Redacted with the rule set %1: %Ln span(s) removed</source>
        <translation>
            <numerusform>Sladdet med regelsettet %1: %Ln treff fjernet</numerusform>
            <numerusform>Sladdet med regelsettet %1: %Ln treff fjernet</numerusform>
        </translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation>databasefeil: %1</translation>
    </message>
    <message>
        <source>unknown rule set &quot;%1&quot;; known rule sets: %2</source>
        <translation>ukjent regelsett «%1»; kjente regelsett: %2</translation>
    </message>
</context>
<context>
    <name>ChatTextImporter</name>
    <message>
        <source>Chat transcripts (plain text)</source>
        <translation>Chatlogger (ren tekst)</translation>
    </message>
    <message>
        <source>expected a message line such as &quot;[2024-05-02 08:01] Kunde: Hei&quot;</source>
        <translation>forventet en meldingslinje som «[2024-05-02 08:01] Kunde: Hei»</translation>
    </message>
    <message>
        <source>no message lines found; expected lines such as &quot;[2024-05-02 08:01] Kunde: Hei&quot;</source>
        <translation>fant ingen meldingslinjer; forventet linjer som «[2024-05-02 08:01] Kunde: Hei»</translation>
    </message>
</context>
<context>
    <name>ChatTranscriptView</name>
    <message>
        <source>Kept (%1). %2</source>
        <translation>Beholdt (%1). %2</translation>
    </message>
    <message>
        <source>Removed, an identity number (%1). %2</source>
        <translation>Fjernes, et fødselsnummer (%1). %2</translation>
    </message>
    <message>
        <source>Removed (%1). %2</source>
        <translation>Fjernes (%1). %2</translation>
    </message>
</context>
<context>
    <name>ChatsArea</name>
    <message numerus="yes">
        <source>Imported %1: %Ln message(s) stored, redacted.</source>
        <translation>
            <numerusform>Importerte %1: %Ln melding lagret, sladdet.</numerusform>
            <numerusform>Importerte %1: %Ln meldinger lagret, sladdet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Ikke importert: %1</translation>
    </message>
    <message>
        <source>Standard: numbers of 7 digits or more, identity numbers</source>
        <translation>Standard: tall med 7 sifre eller mer, fødselsnumre</translation>
    </message>
    <message>
        <source>Strict: also e-mail addresses and spelled-out digits</source>
        <translation>Streng: også e-postadresser og tall skrevet med bokstaver</translation>
    </message>
    <message>
        <source>Audit: bare digit runs only (the literal promise)</source>
        <translation>Kontroll: bare sammenhengende sifre (løftet ordrett)</translation>
    </message>
    <message>
        <source>Open chat export…</source>
        <translation>Åpne chateksport …</translation>
    </message>
    <message>
        <source>Shows what the redaction removes before anything is stored. The raw text stays in memory only.</source>
        <translation>Viser hva sladdingen fjerner før noe lagres. Råteksten blir bare i minnet.</translation>
    </message>
    <message>
        <source>&amp;Rule set:</source>
        <translation>&amp;Regelsett:</translation>
    </message>
    <message>
        <source>Preview of an export</source>
        <translation>Forhåndsvisning av en eksport</translation>
    </message>
    <message>
        <source>Stored conversations</source>
        <translation>Lagrede samtaler</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Revisjonslogg</translation>
    </message>
    <message>
        <source>◀ Previous hit</source>
        <translation>◀ Forrige treff</translation>
    </message>
    <message>
        <source>Next hit ▶</source>
        <translation>Neste treff ▶</translation>
    </message>
    <message>
        <source>Show as stored (redacted)</source>
        <translation>Vis slik det lagres (sladdet)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>What it finds</source>
        <translation>Hva den finner</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Fjernet</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Beholdt</translation>
    </message>
    <message>
        <source>Import redacted</source>
        <translation>Importer sladdet</translation>
    </message>
    <message>
        <source>Stores only the redacted text, then drops the raw text from memory.</source>
        <translation>Lagrer bare den sladdede teksten og fjerner deretter råteksten fra minnet.</translation>
    </message>
    <message>
        <source>Close preview</source>
        <translation>Lukk forhåndsvisning</translation>
    </message>
    <message>
        <source>Search the stored, redacted text</source>
        <translation>Søk i den lagrede, sladdede teksten</translation>
    </message>
    <message>
        <source>Stricter rule set for the stored text</source>
        <translation>Strengere regelsett for den lagrede teksten</translation>
    </message>
    <message>
        <source>Rule set:</source>
        <translation>Regelsett:</translation>
    </message>
    <message>
        <source>Preview stricter rule set</source>
        <translation>Forhåndsvis strengere regelsett</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <source>Delete stored conversations after</source>
        <translation>Slett lagrede samtaler etter</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dager</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversation(s) past the retention period deleted</source>
        <translation>
            <numerusform>%Ln samtale eldre enn lagringstiden slettet</numerusform>
            <numerusform>%Ln samtaler eldre enn lagringstiden slettet</numerusform>
        </translation>
    </message>
    <message>
        <source>Open chat export</source>
        <translation>Åpne chateksport</translation>
    </message>
    <message>
        <source>Chat exports (*.json *.csv *.txt);;All files (*)</source>
        <translation>Chateksporter (*.json *.csv *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation>Leser %1 …</translation>
    </message>
    <message>
        <source>Reading the chat export …</source>
        <translation>Leser chateksporten …</translation>
    </message>
    <message>
        <source>Cannot open the export: %1</source>
        <translation>Kan ikke åpne eksporten: %1</translation>
    </message>
    <message>
        <source>Preview of %1: nothing has been stored</source>
        <translation>Forhåndsvisning av %1: ingenting er lagret</translation>
    </message>
    <message>
        <source>Open a chat export to see, conversation by conversation, what the redaction removes before anything is stored. Nothing is written until you choose &quot;Import redacted&quot;.</source>
        <translation>Åpne en chateksport for å se, samtale for samtale, hva sladdingen fjerner før noe lagres. Ingenting skrives før du velger «Importer sladdet».</translation>
    </message>
    <message>
        <source>No hits in this conversation</source>
        <translation>Ingen treff i denne samtalen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hit(s)</source>
        <translation>
            <numerusform>%Ln treff</numerusform>
            <numerusform>%Ln treff</numerusform>
        </translation>
    </message>
    <message>
        <source>Hit %1 of %2</source>
        <translation>Treff %1 av %2</translation>
    </message>
    <message>
        <source>Redacting and storing …</source>
        <translation>Sladder og lagrer …</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Ingen arbeidsområde er åpent.</translation>
    </message>
    <message>
        <source>Checking the stored text …</source>
        <translation>Kontrollerer den lagrede teksten …</translation>
    </message>
    <message>
        <source>%1 would remove nothing more from the %2 stored messages.</source>
        <translation>%1 ville ikke fjernet noe mer fra de %2 lagrede meldingene.</translation>
    </message>
    <message>
        <source>Apply a stricter rule set</source>
        <translation>Bruk et strengere regelsett</translation>
    </message>
    <message numerus="yes">
        <source>Rewrite the stored text of %Ln message(s) with the rule set %1? The removed text is overwritten on disk and cannot be brought back.</source>
        <translation>
            <numerusform>Skrive om den lagrede teksten i %Ln melding med regelsettet %1? Den fjernede teksten overskrives på disken og kan ikke hentes tilbake.</numerusform>
            <numerusform>Skrive om den lagrede teksten i %Ln meldinger med regelsettet %1? Den fjernede teksten overskrives på disken og kan ikke hentes tilbake.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Lagringstid</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stored conversation(s) are older than %1 days and will be deleted now. Go on?</source>
        <translation>
            <numerusform>%Ln lagret samtale er eldre enn %1 dager og slettes nå. Fortsette?</numerusform>
            <numerusform>%Ln lagrede samtaler er eldre enn %1 dager og slettes nå. Fortsette?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2). Conversations: %3, messages: %4. To remove: %5, of which identity numbers: %6. Kept on purpose: %7. The raw text is in memory only.</source>
        <translation>%1 (%2). Samtaler: %3, meldinger: %4. Fjernes: %5, av dem fødselsnumre: %6. Beholdt med vilje: %7. Råteksten er bare i minnet.</translation>
    </message>
    <message>
        <source>Conversations: %1 · messages: %2 · spans removed: %3</source>
        <translation>Samtaler: %1 · meldinger: %2 · treff fjernet: %3</translation>
    </message>
    <message>
        <source>Matching conversations: %1 of %2</source>
        <translation>Samtaler som passer: %1 av %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 would remove %Ln more span(s) in %2 of %3 messages: %4</source>
        <translation>
            <numerusform>%1 ville fjernet %Ln treff til i %2 av %3 meldinger: %4</numerusform>
            <numerusform>%1 ville fjernet %Ln treff til i %2 av %3 meldinger: %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %1: %Ln span(s) removed from the stored text.</source>
        <translation>
            <numerusform>Brukte %1: %Ln treff fjernet fra den lagrede teksten.</numerusform>
            <numerusform>Brukte %1: %Ln treff fjernet fra den lagrede teksten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a rule set and &quot;Preview stricter rule set&quot; to see what it would remove from the stored text in addition. Nothing changes until you choose &quot;Apply&quot;.</source>
        <translation>Velg et regelsett og «Forhåndsvis strengere regelsett» for å se hva det i tillegg ville fjernet fra den lagrede teksten. Ingenting endres før du velger «Bruk».</translation>
    </message>
    <message>
        <source>Choose a conversation to read its stored, redacted text.</source>
        <translation>Velg en samtale for å lese den lagrede, sladdede teksten.</translation>
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
    <message>
        <source>Output format: csv (default) or json.</source>
        <translation>Utdataformat: csv (standard) eller json.</translation>
    </message>
    <message>
        <source>Print at most N messages.</source>
        <translation>Skriv ut høyst N meldinger.</translation>
    </message>
    <message>
        <source>Only messages matching a full-text search of the redacted text.</source>
        <translation>Bare meldinger som passer et fritekstsøk i den sladdede teksten.</translation>
    </message>
    <message>
        <source>Print the stored chat messages (redacted) as conversation_id,timestamp,sender,text. Conversations past the retention period are deleted first.</source>
        <translation>Skriv ut de lagrede chatmeldingene (sladdet) som conversation_id,timestamp,sender,text. Samtaler eldre enn lagringstiden slettes først.</translation>
    </message>
    <message>
        <source>--format takes csv or json, not &quot;%1&quot;</source>
        <translation>--format tar csv eller json, ikke «%1»</translation>
    </message>
    <message>
        <source>--limit takes a number of messages, not &quot;%1&quot;</source>
        <translation>--limit tar et antall meldinger, ikke «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) past the retention period deleted</source>
        <translation>
            <numerusform>%n samtale eldre enn lagringstiden slettet</numerusform>
            <numerusform>%n samtaler eldre enn lagringstiden slettet</numerusform>
        </translation>
    </message>
    <message>
        <source>print the stored, redacted chat messages</source>
        <translation>skriv ut de lagrede, sladdede chatmeldingene</translation>
    </message>
</context>
<context>
    <name>CookiesArea</name>
    <message>
        <source>Cookies</source>
        <translation type="unfinished">Informasjonskapsler</translation>
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
    <name>RedactionTally</name>
    <message>
        <source>of which identity numbers: %1</source>
        <translation>av dem fødselsnumre: %1</translation>
    </message>
    <message>
        <source>nothing removed</source>
        <translation>ingenting fjernet</translation>
    </message>
    <message>
        <source>%1; kept: %2</source>
        <translation>%1; beholdt: %2</translation>
    </message>
    <message>
        <source>%1: %2 removed. %3</source>
        <translation>%1: %2 fjernet. %3</translation>
    </message>
    <message>
        <source>%1: %2 kept. %3</source>
        <translation>%1: %2 beholdt. %3</translation>
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
        <translation type="unfinished">Besøk</translation>
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
