<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>BrowserProcess</name>
    <message>
        <source>The browser for the live scan was not found at %1. Install Debian&apos;s package chromium (apt-get install chromium) and try again.</source>
        <translation>Nettleseren for direkteskanningen ble ikke funnet i %1. Installer Debian-pakken chromium (apt-get install chromium) og prøv igjen.</translation>
    </message>
    <message>
        <source>Cannot prepare the browser&apos;s temporary profile: %1</source>
        <translation>Kan ikke klargjøre nettleserens midlertidige profil: %1</translation>
    </message>
    <message>
        <source>Cannot create the browser&apos;s temporary profile: %1</source>
        <translation>Kan ikke opprette nettleserens midlertidige profil: %1</translation>
    </message>
    <message>
        <source>Cannot start the browser: %1</source>
        <translation>Kan ikke starte nettleseren: %1</translation>
    </message>
    <message>
        <source>Cannot start the browser %1: %2</source>
        <translation>Kan ikke starte nettleseren %1: %2</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>CdpClient</name>
    <message>
        <source>The scan was cancelled.</source>
        <translation>Skanningen ble avbrutt.</translation>
    </message>
    <message>
        <source>The browser closed its connection (%1).</source>
        <translation>Nettleseren lukket forbindelsen (%1).</translation>
    </message>
    <message>
        <source>The browser does not read its commands any more.</source>
        <translation>Nettleseren leser ikke lenger kommandoene sine.</translation>
    </message>
    <message>
        <source>The browser refused %1: %2</source>
        <translation>Nettleseren avviste %1: %2</translation>
    </message>
    <message>
        <source>The browser did not answer %1 within %2 seconds.</source>
        <translation>Nettleseren svarte ikke på %1 innen %2 sekunder.</translation>
    </message>
    <message>
        <source>The browser closed its connection.</source>
        <translation>Nettleseren lukket forbindelsen.</translation>
    </message>
    <message>
        <source>Cannot read from the browser: %1</source>
        <translation>Kan ikke lese fra nettleseren: %1</translation>
    </message>
</context>
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
    <message>
        <source>cannot write the file</source>
        <translation>kan ikke skrive filen</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>diagram</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Diagram: %1</translation>
    </message>
    <message>
        <source>Table: %1</source>
        <translation>Tabell: %1</translation>
    </message>
    <message>
        <source>Show %1 as a table</source>
        <translation>Vis %1 som tabell</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Eksporter %1</translation>
    </message>
    <message>
        <source>Chart as &amp;PNG image...</source>
        <translation>Diagram som &amp;PNG-bilde …</translation>
    </message>
    <message>
        <source>Chart as &amp;SVG drawing...</source>
        <translation>Diagram som &amp;SVG-tegning …</translation>
    </message>
    <message>
        <source>Chart as P&amp;DF...</source>
        <translation>Diagram som P&amp;DF …</translation>
    </message>
    <message>
        <source>Numbers as &amp;CSV...</source>
        <translation>Tall som &amp;CSV …</translation>
    </message>
    <message>
        <source>Switches between the chart and the table of its numbers</source>
        <translation>Veksler mellom diagrammet og tabellen med tallene bak det</translation>
    </message>
</context>
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
    <message>
        <source>When (%1)</source>
        <translation>Når (%1)</translation>
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
    <message numerus="yes">
        <source>%Ln conversation id(s) came back after more than %1 other conversations had come since their last message; Kapsel had closed those conversations, so their later messages form conversations of their own with the same id. Sort the export by conversation to keep them together.</source>
        <translation>
            <numerusform>%Ln samtale-ID kom tilbake etter at mer enn %1 andre samtaler hadde kommet siden dens siste melding; Kapsel hadde lukket samtalen, så de senere meldingene utgjør en egen samtale med samme ID. Sorter eksporten etter samtale for å holde dem samlet.</numerusform>
            <numerusform>%Ln samtale-ID-er kom tilbake etter at mer enn %1 andre samtaler hadde kommet siden deres siste melding; Kapsel hadde lukket samtalene, så de senere meldingene utgjør egne samtaler med samme ID. Sorter eksporten etter samtale for å holde dem samlet.</numerusform>
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
        <source>the file is not UTF-8 text (byte 0x%1); save the export as UTF-8 and try again</source>
        <translation>filen er ikke UTF-8-tekst (byte 0x%1); lagre eksporten som UTF-8 og prøv igjen</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as Windows-1252 (as Excel on Windows saves CSV). If letters such as æ, ø and å look wrong, save the export as UTF-8 and import it again.</source>
        <translation>Filen er ikke UTF-8; den ble lest som Windows-1252 (slik Excel på Windows lagrer CSV). Hvis bokstaver som æ, ø og å ser feil ut, lagrer du eksporten som UTF-8 og importerer den på nytt.</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save the export as UTF-8 and try again</source>
        <translation>filen er ikke UTF-8-tekst; lagre eksporten som UTF-8 og prøv igjen</translation>
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
    <message>
        <source>this conversation is larger than %1 MiB, more than Kapsel reads as one conversation; export it as CSV, which Kapsel reads in parts</source>
        <translation>denne samtalen er større enn %1 MiB, mer enn Kapsel leser som én samtale; eksporter den som CSV, som Kapsel leser i deler</translation>
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
    <name>ChatSink</name>
    <message>
        <source>this sink does not store conversations</source>
        <translation>denne mottakeren lagrer ikke samtaler</translation>
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
        <source>Removed (%1). %2</source>
        <translation>Fjernes (%1). %2</translation>
    </message>
    <message>
        <source>Removed (%1): %2, an identity number. %3</source>
        <translation>Fjernes (%1): %2, et identitetsnummer. %3</translation>
    </message>
    <message>
        <source>Removed only by this stricter rule set, not by the standard rules. %1</source>
        <translation>Fjernes bare av dette strengere regelsettet, ikke av standardreglene. %1</translation>
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
        <source>Stores only the redacted text, then drops the raw text from memory.</source>
        <translation>Lagrer bare den sladdede teksten og fjerner deretter råteksten fra minnet.</translation>
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
    <message>
        <source>Applying the chosen rule set to the preview …</source>
        <translation>Bruker det valgte regelsettet på forhåndsvisningen …</translation>
    </message>
    <message>
        <source>Delete the conversations past the retention period now; every import of chats does it too</source>
        <translation>Slett samtalene som er eldre enn lagringstiden nå; hver import av chatter gjør det også</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversation(s) past the retention period: Delete expired now (Stored conversations) deletes them, as does the next import of chats</source>
        <translation>
            <numerusform>%Ln samtale er eldre enn lagringstiden: Slett utløpte nå (Lagrede samtaler) sletter den, det gjør også neste import av chatter</numerusform>
            <numerusform>%Ln samtaler er eldre enn lagringstiden: Slett utløpte nå (Lagrede samtaler) sletter dem, det gjør også neste import av chatter</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Marker for removed text:</source>
        <translation>&amp;Markør for fjernet tekst:</translation>
    </message>
    <message>
        <source>What replaces a removed span in text stored from now on (imports and stricter rule sets); text stored earlier keeps its marker. Empty: removed without a trace. Until you set it, the marker of the language Kapsel ran in at the first import.</source>
        <translation>Det som erstatter et fjernet tekststykke i tekst som lagres fra nå av (importer og strengere regelsett); tekst som er lagret tidligere, beholder sin markør. Tom: fjernes uten spor. Til du setter den, gjelder markøren for språket Kapsel kjørte på ved første import.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Compared with the standard rules, %1 removes nothing more from this export: the standard rules already remove everything it finds here.</source>
        <translation>Sammenlignet med standardreglene fjerner %1 ikke noe mer fra denne eksporten: standardreglene fjerner allerede alt det finner her.</translation>
    </message>
    <message numerus="yes">
        <source>Compared with the standard rules, %1 removes %Ln more span(s) from this export (%2); they are underlined in the transcript.</source>
        <translation>
            <numerusform>Sammenlignet med standardreglene fjerner %1 %Ln treff til fra denne eksporten (%2); det er understreket i chatloggen.</numerusform>
            <numerusform>Sammenlignet med standardreglene fjerner %1 %Ln treff til fra denne eksporten (%2); de er understreket i chatloggen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The marker was not changed: %1</source>
        <translation>Markøren ble ikke endret: %1</translation>
    </message>
    <message>
        <source>Removed text leaves no marker in what is stored from now on</source>
        <translation>Fjernet tekst etterlater ingen markør i det som lagres fra nå av</translation>
    </message>
    <message>
        <source>Removed text is replaced by %1 in what is stored from now on</source>
        <translation>Fjernet tekst erstattes av %1 i det som lagres fra nå av</translation>
    </message>
    <message>
        <source>&amp;Open chat export…</source>
        <translation>&amp;Åpne chateksport …</translation>
    </message>
    <message>
        <source>◀ &amp;Previous hit</source>
        <translation>◀ Forrige &amp;treff</translation>
    </message>
    <message>
        <source>&amp;Next hit ▶</source>
        <translation>&amp;Neste treff ▶</translation>
    </message>
    <message>
        <source>Previous hit</source>
        <translation>Forrige treff</translation>
    </message>
    <message>
        <source>Next hit</source>
        <translation>Neste treff</translation>
    </message>
    <message>
        <source>Show as stored (re&amp;dacted)</source>
        <translation>Vis slik det lagres (sla&amp;ddet)</translation>
    </message>
    <message>
        <source>&amp;Import redacted</source>
        <translation>I&amp;mporter sladdet</translation>
    </message>
    <message>
        <source>Clo&amp;se preview</source>
        <translation>&amp;Lukk forhåndsvisning</translation>
    </message>
    <message>
        <source>Search the stored conversations</source>
        <translation>Søk i lagrede samtaler</translation>
    </message>
    <message>
        <source>Shows the conversations whose stored, redacted text contains the words</source>
        <translation>Viser samtalene der den lagrede, sladdede teksten inneholder ordene</translation>
    </message>
    <message>
        <source>Preview, stored conversations and audit log</source>
        <translation>Forhåndsvisning, lagrede samtaler og revisjonslogg</translation>
    </message>
    <message>
        <source>Conversations in the export</source>
        <translation>Samtaler i eksporten</translation>
    </message>
    <message>
        <source>Transcript preview</source>
        <translation>Forhåndsvisning av samtalen</translation>
    </message>
    <message>
        <source>Removed and kept passages are highlighted; their tooltips name the rule. Next hit and Previous hit move between them</source>
        <translation>Fjernede og beholdte passasjer er uthevet, og verktøytipsene deres navngir regelen. Neste treff og Forrige treff flytter mellom dem</translation>
    </message>
    <message>
        <source>What each rule finds</source>
        <translation>Hva hver regel finner</translation>
    </message>
    <message>
        <source>Stored, redacted text</source>
        <translation>Lagret, sladdet tekst</translation>
    </message>
    <message>
        <source>Stricter rule set</source>
        <translation>Strengere regelsett</translation>
    </message>
    <message>
        <source>What the stricter rule set would remove</source>
        <translation>Hva det strengere regelsettet ville fjerne</translation>
    </message>
    <message>
        <source>Days to keep stored conversations</source>
        <translation>Dager lagrede samtaler beholdes</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Regelsett</translation>
    </message>
    <message>
        <source>The rules that decide what is removed before a chat is stored</source>
        <translation>Reglene som avgjør hva som fjernes før en chat lagres</translation>
    </message>
    <message>
        <source>Marker for removed text</source>
        <translation>Markør for fjernet tekst</translation>
    </message>
    <message>
        <source>Rule se&amp;t:</source>
        <translation>Re&amp;gelsett:</translation>
    </message>
    <message>
        <source>Previe&amp;w stricter rule set</source>
        <translation>F&amp;orhåndsvis strengere regelsett</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Bruk</translation>
    </message>
    <message>
        <source>&amp;Delete stored conversations after</source>
        <translation>Sl&amp;ett lagrede samtaler etter</translation>
    </message>
    <message>
        <source>Delete e&amp;xpired now</source>
        <translation>Slett &amp;utløpte nå</translation>
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
        <source>%1 kept</source>
        <extracomment>%1 is what was found, e.g. &quot;date&quot;</extracomment>
        <translation>%1 beholdt</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <extracomment>%1 is what was found, e.g. &quot;identity number&quot;</extracomment>
        <translation>%1 fjernet</translation>
    </message>
    <message>
        <source>Rule set: %1 (default standard).</source>
        <translation>Regelsett: %1 (forvalgt: standard).</translation>
    </message>
    <message>
        <source>Text that replaces a removed span (may be empty).</source>
        <translation>Tekst som erstatter et fjernet område (kan være tom).</translation>
    </message>
    <message>
        <source>Print each span with its line, rule and action instead of redacting.</source>
        <translation>Skriv ut hvert treff med linje, regel og handling i stedet for å sladde.</translation>
    </message>
    <message>
        <source>Text to redact; - or nothing reads standard input.</source>
        <translation>Tekst som skal sladdes; - eller ingenting leser standard inn.</translation>
    </message>
    <message>
        <source>Redact number combinations and identity numbers from a text, as the chat import does.</source>
        <translation>Sladd tallkombinasjoner og identitetsnumre i en tekst, slik chatimporten gjør.</translation>
    </message>
    <message>
        <source>redact takes at most one FILE</source>
        <translation>redact tar høyst én FIL</translation>
    </message>
    <message>
        <source>unknown rule set &quot;%1&quot;; choose one of %2</source>
        <translation>ukjent regelsett «%1»; velg ett av %2</translation>
    </message>
    <message>
        <source>&lt;stdin&gt;</source>
        <translation>&lt;standard inn&gt;</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kan ikke åpnes: %1</translation>
    </message>
    <message>
        <source>%1 %2 %3: «%4»</source>
        <translation>%1 %2 %3: «%4»</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>lesefeil: %1</translation>
    </message>
    <message>
        <source>cannot write the output</source>
        <translation>kan ikke skrive utdata</translation>
    </message>
    <message>
        <source>Removed: %1, kept: %2 (rule set %3)</source>
        <translation>Fjernet: %1, beholdt: %2 (regelsett %3)</translation>
    </message>
    <message>
        <source>redact a text file or stdin to stdout (or --preview the spans)</source>
        <translation>sladd en tekstfil eller standard inn til standard ut (eller vis treffene med --preview)</translation>
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
        <source>Language of the declaration: nb or en.</source>
        <translation>Språket i erklæringen: nb eller en.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Skriv til FIL i stedet for standard utdata.</translation>
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
    <message>
        <source>  skipped:</source>
        <translation>  hoppet over:</translation>
    </message>
    <message>
        <source>The new zone as an IANA name, e.g. Europe/Oslo (omit to print the zone).</source>
        <translation>Den nye sonen som et IANA-navn, f.eks. Europe/Oslo (utelat for å skrive ut sonen).</translation>
    </message>
    <message>
        <source>Print or set the workspace&apos;s time zone. Times without an offset in imported files are read in it, and days, weeks and months are counted in it. Files imported earlier keep their days.</source>
        <translation>Skriv ut eller angi tidssonen for arbeidsområdet. Tidspunkter uten tidsforskyvning i importerte filer leses i den, og dager, uker og måneder telles i den. Filer som er importert før, beholder dagene sine.</translation>
    </message>
    <message>
        <source>time-zone takes at most one zone</source>
        <translation>time-zone tar høyst én sone</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;; use an IANA name such as Europe/Oslo or UTC</source>
        <translation>ukjent tidssone «%1»; bruk et IANA-navn som Europe/Oslo eller UTC</translation>
    </message>
    <message>
        <source>print or set the workspace&apos;s time zone</source>
        <translation>skriv ut eller angi tidssonen for arbeidsområdet</translation>
    </message>
    <message>
        <source>not available at this granularity: a report gives these visits only for a longer period (a week or a month); they are not counted here. A longer --by, or a range that holds the report&apos;s whole periods, shows them.</source>
        <translation>ikke tilgjengelig med denne inndelingen: en rapport gir disse besøkene bare for en lengre periode (en uke eller en måned); de er ikke talt med her. En lengre --by, eller et tidsrom som rommer rapportens hele perioder, viser dem.</translation>
    </message>
    <message>
        <source>a source gives these days both per day (or week) and for a longer period: the finer figures cover every day of it and are counted; the longer figure is left out.</source>
        <translation>en kilde gir disse dagene både per dag (eller uke) og for en lengre periode: de finere tallene dekker hver dag i den og telles; tallet for den lengre perioden er utelatt.</translation>
    </message>
    <message>
        <source>a source gives some of these days both per day (or week) and for a longer period: the finer figures miss days of it, so the longer figure is counted and the finer ones inside it are left out.</source>
        <translation>en kilde gir noen av disse dagene både per dag (eller uke) og for en lengre periode: de finere tallene mangler dager i den, så tallet for den lengre perioden telles og de finere tallene innenfor den er utelatt.</translation>
    </message>
    <message>
        <source>read and write</source>
        <translation>lese og skrive</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lese</translation>
    </message>
    <message>
        <source>Workspace ready: %1</source>
        <translation>Arbeidsområdet er klart: %1</translation>
    </message>
    <message>
        <source>With grant: the role may also import into and change the area.</source>
        <translation>Med grant: rollen kan også importere til og endre området.</translation>
    </message>
    <message>
        <source>grant, revoke or list.</source>
        <translation>grant, revoke eller list.</translation>
    </message>
    <message>
        <source>The server role (user or group) to grant or revoke.</source>
        <translation>Tjenerrollen (bruker eller gruppe) som skal få eller miste tilgang.</translation>
    </message>
    <message>
        <source>visitors, cookies or chats.</source>
        <translation>visitors, cookies eller chats.</translation>
    </message>
    <message>
        <source>Who may read and write which area of a team workspace on PostgreSQL. The server enforces it: a role without chats reads no chat table, with Kapsel or any other program. Only the workspace&apos;s owner can change it.</source>
        <translation>Hvem som kan lese og skrive hvilket område i et teamarbeidsområde på PostgreSQL. Tjeneren håndhever det: en rolle uten chats leser ingen chattabell, verken med Kapsel eller med andre programmer. Bare eieren av arbeidsområdet kan endre det.</translation>
    </message>
    <message>
        <source>access list takes no further arguments</source>
        <translation>access list tar ingen flere argumenter</translation>
    </message>
    <message>
        <source>access %1 takes a role and an area: visitors, cookies or chats</source>
        <translation>access %1 tar en rolle og et område: visitors, cookies eller chats</translation>
    </message>
    <message>
        <source>unknown area &quot;%1&quot;; the areas are visitors, cookies and chats</source>
        <translation>ukjent område «%1»; områdene er visitors, cookies og chats</translation>
    </message>
    <message>
        <source>--write goes with grant; revoke takes every right to the area away</source>
        <translation>--write hører til grant; revoke tar bort all tilgang til området</translation>
    </message>
    <message>
        <source>access takes an action: grant, revoke or list</source>
        <translation>access tar en handling: grant, revoke eller list</translation>
    </message>
    <message>
        <source>a workspace file has no access per area: whoever can read the file sees everything in it. Move the workspace to a team server to share it by area</source>
        <translation>en arbeidsområdefil har ingen tilgang per område: den som kan lese filen, ser alt i den. Flytt arbeidsområdet til en teamtjener for å dele det per område</translation>
    </message>
    <message>
        <source>%1: owner, every area</source>
        <translation>%1: eier, alle områder</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>%1 may now %2 %3.</source>
        <translation>%1 kan nå %2 %3.</translation>
    </message>
    <message>
        <source>%1 has no access to %2 any more.</source>
        <translation>%1 har ikke lenger tilgang til %2.</translation>
    </message>
    <message>
        <source>grant, revoke or list access per area (team workspaces)</source>
        <translation>gi, fjern eller vis tilgang per område (teamarbeidsområder)</translation>
    </message>
    <message>
        <source>the workspace holds imports already; the demo is written to an empty workspace only</source>
        <translation>arbeidsområdet har allerede importer; demoen skrives bare til et tomt arbeidsområde</translation>
    </message>
    <message>
        <source>there is no workspace file here to copy</source>
        <translation>her finnes ingen arbeidsområdefil å kopiere</translation>
    </message>
    <message>
        <source>workspace copy needs two different workspaces</source>
        <translation>workspace copy trenger to forskjellige arbeidsområder</translation>
    </message>
    <message>
        <source>imports %1/%2, rows %L3</source>
        <translation>importer %1/%2, rader %L3</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln import(s) with %L1 stored rows from %2 to %3.</source>
        <translation>
            <numerusform>Kopierte %Ln import med %L1 lagrede rader fra %2 til %3.</numerusform>
            <numerusform>Kopierte %Ln importer med %L1 lagrede rader fra %2 til %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>init: create the workspace, or bring its schema to this Kapsel&apos;s version. copy SOURCE TARGET: copy a whole workspace into a new, empty one.</source>
        <translation>init: opprett arbeidsområdet, eller oppgrader skjemaet til denne Kapsel-versjonen. copy KILDE MÅL: kopier et helt arbeidsområde til et nytt, tomt et.</translation>
    </message>
    <message>
        <source>Create a workspace or upgrade its schema (a file, or a team workspace on PostgreSQL given with --db postgresql://...). Running it again changes nothing. Or copy a whole workspace between a file and a team workspace, either way (SOURCE and TARGET are paths or postgresql:// URIs; --db is not needed): in one transaction, so the target is complete or unchanged.</source>
        <translation>Opprett et arbeidsområde eller oppgrader skjemaet (en fil, eller et teamarbeidsområde på PostgreSQL angitt med --db postgresql://...). Å kjøre det igjen endrer ingenting. Eller kopier et helt arbeidsområde mellom en fil og et teamarbeidsområde, begge veier (KILDE og MÅL er stier eller postgresql://-URI-er; --db trengs ikke): i én transaksjon, så målet blir komplett eller forblir uendret.</translation>
    </message>
    <message>
        <source>workspace copy takes a source and a target workspace</source>
        <translation>workspace copy tar et kilde- og et målarbeidsområde</translation>
    </message>
    <message>
        <source>workspace takes an action: init or copy</source>
        <translation>workspace tar en handling: init eller copy</translation>
    </message>
    <message>
        <source>create a workspace, upgrade its schema, or copy one</source>
        <translation>opprett et arbeidsområde, oppgrader skjemaet eller kopier et</translation>
    </message>
    <message>
        <source>created the new workspace %1</source>
        <translation>opprettet det nye arbeidsområdet %1</translation>
    </message>
    <message>
        <source>there is no workspace here; check the path given with --db (import, demo and workspace init create a new one)</source>
        <translation>det finnes ikke noe arbeidsområde her; sjekk stien som er gitt med --db (import, demo og workspace init oppretter et nytt)</translation>
    </message>
    <message>
        <source>This workspace keeps conversations without a retention period; nothing was deleted.</source>
        <translation>Dette arbeidsområdet beholder samtaler uten lagringstid; ingenting ble slettet.</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) past the retention period of %1 days are still stored; kapsel-cli chats purge deletes them</source>
        <translation>
            <numerusform>%n samtale eldre enn lagringstiden på %1 dager er fortsatt lagret; kapsel-cli chats purge sletter den</numerusform>
            <numerusform>%n samtaler eldre enn lagringstiden på %1 dager er fortsatt lagret; kapsel-cli chats purge sletter dem</numerusform>
        </translation>
    </message>
    <message>
        <source>Times in the workspace&apos;s time zone, %1.</source>
        <translation>Tider i arbeidsområdets tidssone, %1.</translation>
    </message>
    <message>
        <source>No scans yet: the declaration only.</source>
        <translation>Ingen skanninger ennå: bare erklæringen.</translation>
    </message>
    <message numerus="yes">
        <source>Site %1: %n scan(s), the latest of %2 (%3)</source>
        <translation>
            <numerusform>Nettsted %1: %n skanning, den siste fra %2 (%3)</numerusform>
            <numerusform>Nettsted %1: %n skanninger, den siste fra %2 (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(ikke oppgitt)</translation>
    </message>
    <message>
        <source>Other sites in this workspace (--site): %1</source>
        <translation>Andre nettsteder i arbeidsområdet (--site): %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Before consent</source>
        <translation>Før samtykke</translation>
    </message>
    <message>
        <source>After reject</source>
        <translation>Etter avvisning</translation>
    </message>
    <message>
        <source>After accept</source>
        <translation>Etter godkjenning</translation>
    </message>
    <message>
        <source>%1 first seen %2 on %3</source>
        <translation>%1 først sett %2 på %3</translation>
    </message>
    <message>
        <source>the workspace has no scans, so no site &quot;%1&quot;</source>
        <translation>arbeidsområdet har ingen skanninger, og dermed ikke nettstedet «%1»</translation>
    </message>
    <message>
        <source>the workspace has no scan of &quot;%1&quot;; its sites are: %2</source>
        <translation>arbeidsområdet har ingen skanning av «%1»; nettstedene er: %2</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>side %1</translation>
    </message>
    <message>
        <source>set by %1</source>
        <translation>satt av %1</translation>
    </message>
    <message>
        <source>set by %1 (initiator %2)</source>
        <translation>satt av %1 (startet av %2)</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>bevis: %1</translation>
    </message>
    <message>
        <source>The site (default: the site of the latest scan).</source>
        <translation>Nettstedet (standard: nettstedet i den siste skanningen).</translation>
    </message>
    <message>
        <source>Language of the sentences: nb or en.</source>
        <translation>Språket i setningene: nb eller en.</translation>
    </message>
    <message>
        <source>The findings of a site&apos;s latest scan: non-necessary cookies or storage set before consent or after reject, no reject button on the first layer, cookies observed but not declared, declared but never seen, kept longer than declared; each with its evidence (phase, page, request). Exit code 3 when there are findings, 0 when there are none.</source>
        <translation>Funnene i den siste skanningen av et nettsted: informasjonskapsler eller lagring som ikke er nødvendige, satt før samtykke eller etter avvisning, ingen avvis-knapp på første nivå, informasjonskapsler som er observert men ikke erklært, erklært men aldri sett, lagret lenger enn erklært; hvert med bevis (fase, side, forespørsel). Avslutningskode 3 når det er funn, 0 når det ikke er noen.</translation>
    </message>
    <message>
        <source>The site whose inventory to show (default: the site of the latest scan); scans of different sites are never merged.</source>
        <translation>Nettstedet som oversikten skal vise (standard: nettstedet i den siste skanningen); skanninger av ulike nettsteder slås aldri sammen.</translation>
    </message>
    <message>
        <source>Visit up to N pages of the site per consent phase (default 10).</source>
        <translation>Besøk opptil N sider av nettstedet per samtykkevalg (standard 10).</translation>
    </message>
    <message>
        <source>Which visitor choices to test: none (the banner untouched only), accept, reject, or all (default: untouched, then accept, then reject, each in a fresh browser).</source>
        <translation>Hvilke valg den besøkende skal testes med: none (bare banneret urørt), accept, reject eller all (standard: urørt, så godta, så avvis, hvert i en ny nettleser).</translation>
    </message>
    <message>
        <source>CSS selector of the banner&apos;s accept-all button, tried before the built-in rules.</source>
        <translation>CSS-velger for bannerets godta alle-knapp, prøvd før de innebygde reglene.</translation>
    </message>
    <message>
        <source>CSS selector of the banner&apos;s reject-all button, tried before the built-in rules.</source>
        <translation>CSS-velger for bannerets avvis alle-knapp, prøvd før de innebygde reglene.</translation>
    </message>
    <message>
        <source>Follow links only to the start address&apos;s own host (default: the whole site, e.g. shop.example.no for www.example.no).</source>
        <translation>Følg bare lenker til startadressens egen vert (standard: hele nettstedet, f.eks. shop.example.no for www.example.no).</translation>
    </message>
    <message>
        <source>Seconds a page may take before the scan notes a timeout and goes on (default 20).</source>
        <translation>Sekunder en side kan bruke før skanningen noterer tidsavbrudd og går videre (standard 20).</translation>
    </message>
    <message>
        <source>The website&apos;s start address (http:// or https://).</source>
        <translation>Nettstedets startadresse (http:// eller https://).</translation>
    </message>
    <message>
        <source>Scan a website with Debian&apos;s chromium (headless, a fresh throwaway profile per phase) and keep what it sets before the visitor chooses, after accept and after reject as one import of the cookie area. Cookie values are never kept, only their length. Prints the scan&apos;s findings; exit code 3 when there are findings, 0 when there are none.</source>
        <translation>Skann et nettsted med Debians chromium (uten vindu, en ny engangsprofil per valg) og behold det nettstedet setter før den besøkende velger, etter godta og etter avvis, som én import i informasjonskapsel-området. Verdiene til informasjonskapsler lagres aldri, bare lengden. Skriver ut skanningens funn; avslutningskode 3 når det er funn, 0 når det ikke er noen.</translation>
    </message>
    <message>
        <source>scan needs exactly one URL</source>
        <translation>scan trenger nøyaktig én URL</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address; give one starting with https:// or http://</source>
        <translation>«%1» er ikke en nettadresse; oppgi en som begynner med https:// eller http://</translation>
    </message>
    <message>
        <source>--pages takes a number from 1 to 1000, not &quot;%1&quot;</source>
        <translation>--pages tar et tall fra 1 til 1000, ikke «%1»</translation>
    </message>
    <message>
        <source>--consent takes none, accept, reject or all, not &quot;%1&quot;</source>
        <translation>--consent tar none, accept, reject eller all, ikke «%1»</translation>
    </message>
    <message>
        <source>--page-timeout takes seconds from 1 to 600, not &quot;%1&quot;</source>
        <translation>--page-timeout tar sekunder fra 1 til 600, ikke «%1»</translation>
    </message>
    <message>
        <source>Scan of %1 kept as import #%2.</source>
        <translation>Skanningen av %1 er lagret som import nr. %2.</translation>
    </message>
    <message>
        <source>scan a website with chromium: cookies before and after consent</source>
        <translation>skann et nettsted med chromium: informasjonskapsler før og etter samtykke</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln item(s)</source>
        <translation>
            <numerusform>%1: %Ln element</numerusform>
            <numerusform>%1: %Ln elementer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s) visited</source>
        <translation>
            <numerusform>%Ln side besøkt</numerusform>
            <numerusform>%Ln sider besøkt</numerusform>
        </translation>
    </message>
    <message>
        <source>TEXT</source>
        <comment>placeholder on the command line</comment>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <comment>placeholder on the command line</comment>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>SITE</source>
        <comment>placeholder on the command line</comment>
        <translation>NETTSTED</translation>
    </message>
    <message>
        <source>LANG</source>
        <comment>placeholder on the command line</comment>
        <translation>SPRÅK</translation>
    </message>
    <message>
        <source>STATUS</source>
        <comment>placeholder on the command line</comment>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>FILE</source>
        <comment>placeholder on the command line</comment>
        <translation>FIL</translation>
    </message>
    <message>
        <source>NAME</source>
        <comment>placeholder on the command line</comment>
        <translation>NAVN</translation>
    </message>
    <message>
        <source>FIELD=HEADER</source>
        <comment>placeholder on the command line</comment>
        <translation>FELT=OVERSKRIFT</translation>
    </message>
    <message>
        <source>FILE...</source>
        <comment>placeholder on the command line</comment>
        <translation>FIL...</translation>
    </message>
    <message>
        <source>zone</source>
        <comment>placeholder on the command line</comment>
        <translation>sone</translation>
    </message>
    <message>
        <source>[ZONE]</source>
        <comment>placeholder on the command line</comment>
        <translation>[SONE]</translation>
    </message>
    <message>
        <source>[FILE|-]</source>
        <comment>placeholder on the command line</comment>
        <translation>[FIL|-]</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <comment>placeholder on the command line</comment>
        <translation>SEKUNDER</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <comment>placeholder on the command line</comment>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>action</source>
        <comment>placeholder on the command line</comment>
        <translation>handling</translation>
    </message>
    <message>
        <source>role</source>
        <comment>placeholder on the command line</comment>
        <translation>rolle</translation>
    </message>
    <message>
        <source>[ROLE]</source>
        <comment>placeholder on the command line</comment>
        <translation>[ROLLE]</translation>
    </message>
    <message>
        <source>area</source>
        <comment>placeholder on the command line</comment>
        <translation>område</translation>
    </message>
    <message>
        <source>[AREA]</source>
        <comment>placeholder on the command line</comment>
        <translation>[OMRÅDE]</translation>
    </message>
    <message>
        <source>history remove takes the number of an import as history lists it, not &quot;%1&quot;</source>
        <translation>history remove tar nummeret til en import slik history viser det, ikke «%1»</translation>
    </message>
    <message>
        <source>Would remove import #%1: %2, imported %3 %4 by %5</source>
        <translation>Ville fjernet import #%1: %2, importert %3 %4 av %5</translation>
    </message>
    <message>
        <source>Removed import #%1: %2, imported %3 %4 by %5</source>
        <translation>Fjernet import #%1: %2, importert %3 %4 av %5</translation>
    </message>
    <message>
        <source>With remove: print what would go, change nothing.</source>
        <translation>Med remove: skriv ut hva som ville blitt fjernet, uten å endre noe.</translation>
    </message>
    <message>
        <source>remove ID: remove import ID and everything it added, in every area (the history lists the IDs).</source>
        <translation>remove ID: fjern import ID og alt den la til, i alle områder (historikken viser ID-ene).</translation>
    </message>
    <message>
        <source>List the imports in the workspace, newest first, or remove one of them.</source>
        <translation>Vis importene i arbeidsområdet, nyeste først, eller fjern én av dem.</translation>
    </message>
    <message>
        <source>history takes no argument but remove ID</source>
        <translation>history tar ingen argumenter utenom remove ID</translation>
    </message>
    <message>
        <source>--dry-run goes with remove ID</source>
        <translation>--dry-run hører sammen med remove ID</translation>
    </message>
    <message>
        <source>Draw the chart into FILE (.png, .svg or .pdf), as the GUI exports it, with its numbers in FILE.csv beside it.</source>
        <translation>Tegn diagrammet i FIL (.png, .svg eller .pdf) slik GUI-et eksporterer det, med tallene i FIL.csv ved siden av.</translation>
    </message>
    <message>
        <source>Size of the chart in pixels (default 800x450; a PNG is drawn at twice that).</source>
        <translation>Diagrammets størrelse i piksler (standard 800x450; en PNG tegnes i dobbel størrelse).</translation>
    </message>
    <message>
        <source>WxH</source>
        <comment>placeholder on the command line</comment>
        <translation>BxH</translation>
    </message>
    <message>
        <source>First-time and returning rely on:</source>
        <translation>Førstegangs og gjentakende bygger på:</translation>
    </message>
    <message>
        <source>Days with data</source>
        <extracomment>column: days of the period with figures, of its days (&quot;2/30&quot;)</extracomment>
        <translation>Dager med data</translation>
    </message>
    <message>
        <source>Not compared with %1 to %2: %3.</source>
        <extracomment>%3 says why, e.g. &quot;previous period: data on 2 of 30 days&quot;</extracomment>
        <translation>Ikke sammenlignet med %1 til %2: %3.</translation>
    </message>
    <message>
        <source>--chart takes a file ending in .png, .svg or .pdf, not &quot;%1&quot;</source>
        <translation>--chart tar en fil som slutter på .png, .svg eller .pdf, ikke «%1»</translation>
    </message>
    <message>
        <source>--chart-size takes WIDTHxHEIGHT in pixels, from 200x150 to 8000x8000, not &quot;%1&quot;</source>
        <translation>--chart-size tar BREDDExHØYDE i piksler, fra 200x150 til 8000x8000, ikke «%1»</translation>
    </message>
    <message>
        <source>--chart must be written as --chart FILE or --chart=FILE</source>
        <translation>--chart må skrives som --chart FIL eller --chart=FIL</translation>
    </message>
    <message>
        <source>Saved the chart in %1 and its numbers in %2</source>
        <translation>Lagret diagrammet i %1 og tallene i %2</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(utkast)</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <source>%1 cookies per the latest scan: %2 declared and observed, %3 declared but no longer observed, %4 declared but never observed, %5 observed but undeclared, %6 with differences.</source>
        <translation>%1 informasjonskapsler etter den siste skanningen: %2 erklært og observert, %3 erklært men ikke lenger observert, %4 erklært men aldri observert, %5 observert men ikke erklært, %6 avviker.</translation>
    </message>
    <message>
        <source>Suggestion: high = the name and the domain or supplier match (or a built-in tool&apos;s own name); medium = the name matches, the source names no domain; low = only the name matches, never accepted in bulk.</source>
        <translation>Forslag: høy = navnet og domenet eller leverandøren stemmer (eller navnet er et innebygd verktøys eget); middels = navnet stemmer, kilden oppgir ikke noe domene; lav = bare navnet stemmer, godtas aldri samlet.</translation>
    </message>
    <message>
        <source>Drafts, left out of the published declaration until complete:</source>
        <translation>Utkast, utelatt fra den publiserte erklæringen til de er fullstendige:</translation>
    </message>
    <message>
        <source>the declaration is empty: no cookie is declared.</source>
        <translation>erklæringen er tom: ingen informasjonskapsler er erklært.</translation>
    </message>
    <message numerus="yes">
        <source>%n declared cookie(s) are drafts, left out of the published declaration:</source>
        <translation>
            <numerusform>%n erklært informasjonskapsel er et utkast og utelates fra den publiserte erklæringen:</numerusform>
            <numerusform>%n erklærte informasjonskapsler er utkast og utelates fra den publiserte erklæringen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Only cookies with this status (per the site&apos;s latest scan): ok, not-observed, undeclared, differs or no-longer-observed.</source>
        <translation>Bare informasjonskapsler med denne statusen (etter den siste skanningen av nettstedet): ok, not-observed, undeclared, differs eller no-longer-observed.</translation>
    </message>
    <message>
        <source>Write nothing and exit with code 3 when the declaration is empty or has drafts (entries without a purpose in Bokmål and in English, a supplier, a retention or a category). Without it, drafts are left out of the HTML, Markdown and PDF declaration and named on standard error.</source>
        <translation>Skriv ingenting og avslutt med kode 3 når erklæringen er tom eller har utkast (oppføringer uten formål på bokmål og engelsk, leverandør, lagringstid eller kategori). Uten dette valget utelates utkast fra erklæringen i HTML, Markdown og PDF og nevnes på standard feilutgang.</translation>
    </message>
    <message>
        <source>Show the cookie inventory of one site: declared versus observed cookies and web storage, with whether each was set before consent, after reject and after accept (from the site&apos;s latest live scan), or export the declaration. An entry is complete with a purpose in Bokmål and in English, a supplier, a retention and a category; others are drafts. Exit code 3 with --strict when the declaration is empty or has drafts.</source>
        <translation>Vis oversikten over informasjonskapsler for ett nettsted: erklærte mot observerte informasjonskapsler og nettlagring, med om hver ble satt før samtykke, etter avvisning og etter godkjenning (fra den siste direkteskanningen av nettstedet), eller eksporter erklæringen. En oppføring er fullstendig med formål på bokmål og engelsk, leverandør, lagringstid og kategori; andre er utkast. Avslutningskode 3 med --strict når erklæringen er tom eller har utkast.</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; use ok, not-observed, undeclared, differs or no-longer-observed</source>
        <translation>ukjent status «%1»; bruk ok, not-observed, undeclared, differs eller no-longer-observed</translation>
    </message>
    <message>
        <source>refused (--strict): %1</source>
        <translation>avvist (--strict): %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advarsel: %1</translation>
    </message>
    <message>
        <source>Write the findings to OUT as CSV or HTML (by its extension, or --format) instead of listing them.</source>
        <translation>Skriv funnene til UTFIL som CSV eller HTML (etter filendelsen, eller --format) i stedet for å liste dem.</translation>
    </message>
    <message>
        <source>OUT</source>
        <comment>placeholder on the command line</comment>
        <translation>UTFIL</translation>
    </message>
    <message>
        <source>The site whose inventory the text is checked against (default: the latest scan&apos;s).</source>
        <translation>Nettstedet hvis oversikt teksten kontrolleres mot (standard: nettstedet i den siste skanningen).</translation>
    </message>
    <message>
        <source>Check a cookie-policy text against the law in force and the inventory: consent inferred from use of the site or from browser settings (English and Bokmål phrasings), the repealed § 2-7b, cookies the text names that are neither declared nor observed, declared cookies it never names. Exit code 3 when there are findings, 0 when there are none.</source>
        <translation>Kontroller en tekst om informasjonskapsler mot gjeldende lov og oversikten: samtykke som utledes av bruk av nettstedet eller av nettleserinnstillinger (formuleringer på engelsk og bokmål), den opphevede § 2-7b, informasjonskapsler teksten nevner som verken er erklært eller observert, og erklærte informasjonskapsler den aldri nevner. Avslutningskode 3 når det er funn, 0 når det ikke er noen.</translation>
    </message>
    <message>
        <source>The redaction audit log, newest first, as the Chats area&apos;s audit table shows it: each import, stricter rule set, retention deletion and removed import with who, when, the rule set and how many spans each rule removed (never the removed text).</source>
        <translation>Revisjonsloggen for sladdingen, nyeste først, slik revisjonstabellen i Chatter-området viser den: hver import, hvert strengere regelsett, hver sletting etter lagringstid og hver fjernet import med hvem, når, regelsettet og hvor mange tekstbiter hver regel fjernet (aldri den fjernede teksten).</translation>
    </message>
    <message>
        <source>chats audit takes no arguments</source>
        <translation>chats audit tar ingen argumenter</translation>
    </message>
    <message>
        <source>The audit log is empty: no chats have been imported.</source>
        <translation>Revisjonsloggen er tom: ingen chatter er importert.</translation>
    </message>
    <message>
        <source>Delete the conversations whose last message is older than DAYS days, whatever the retention period (the period itself is not changed).</source>
        <translation>Slett samtalene der siste melding er eldre enn DAGER dager, uansett lagringstid (selve lagringstiden endres ikke).</translation>
    </message>
    <message>
        <source>DAYS</source>
        <comment>placeholder on the command line</comment>
        <translation>DAGER</translation>
    </message>
    <message>
        <source>Delete the stored conversations past the workspace&apos;s retention period now (every import of chats does it too), or those older than --older-than DAYS, with an entry in the audit log. What is deleted leaves nothing behind in the workspace&apos;s files.</source>
        <translation>Slett de lagrede samtalene som er eldre enn arbeidsområdets lagringstid nå (hver import av chatter gjør det også), eller dem som er eldre enn --older-than DAGER, med en oppføring i revisjonsloggen. Det som slettes, etterlater ingenting i arbeidsområdets filer.</translation>
    </message>
    <message>
        <source>chats purge takes no arguments</source>
        <translation>chats purge tar ingen argumenter</translation>
    </message>
    <message>
        <source>--older-than takes a number of days from 1 to 36500, not &quot;%1&quot;</source>
        <translation>--older-than tar et antall dager fra 1 til 36500, ikke «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) older than %1 days deleted</source>
        <translation>
            <numerusform>%n samtale eldre enn %1 dager slettet</numerusform>
            <numerusform>%n samtaler eldre enn %1 dager slettet</numerusform>
        </translation>
    </message>
    <message>
        <source>Only count what the rule set would remove in addition; change nothing.</source>
        <translation>Bare tell hva regelsettet ville fjerne i tillegg; endre ingenting.</translation>
    </message>
    <message>
        <source>RULESET</source>
        <comment>placeholder on the command line</comment>
        <translation>REGELSETT</translation>
    </message>
    <message>
        <source>The rule set: %1.</source>
        <translation>Regelsettet: %1.</translation>
    </message>
    <message>
        <source>Redact the stored text again with a stricter rule set, as the Chats area&apos;s &quot;Stricter rule set for the stored text&quot; does: what it removes is overwritten in the workspace for good, with the workspace&apos;s marker and an entry in the audit log. --dry-run shows the counts first.</source>
        <translation>Sladd den lagrede teksten på nytt med et strengere regelsett, slik «Strengere regelsett for den lagrede teksten» i Chatter-området gjør: det som fjernes, overskrives i arbeidsområdet for godt, med arbeidsområdets markør og en oppføring i revisjonsloggen. --dry-run viser tallene først.</translation>
    </message>
    <message>
        <source>chats apply-rules takes one rule set: %1</source>
        <translation>chats apply-rules tar ett regelsett: %1</translation>
    </message>
    <message numerus="yes">
        <source>Applied %1: %Ln span(s) removed from the stored text of %2 of %3 messages.</source>
        <translation>
            <numerusform>Brukte %1: %Ln tekstbit fjernet fra den lagrede teksten i %2 av %3 meldinger.</numerusform>
            <numerusform>Brukte %1: %Ln tekstbiter fjernet fra den lagrede teksten i %2 av %3 meldinger.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 would remove %Ln more span(s) in %2 of %3 messages; nothing was changed.</source>
        <translation>
            <numerusform>%1 ville fjerne %Ln tekstbit til i %2 av %3 meldinger; ingenting ble endret.</numerusform>
            <numerusform>%1 ville fjerne %Ln tekstbiter til i %2 av %3 meldinger; ingenting ble endret.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Avsender</translation>
    </message>
    <message>
        <source>Text (redacted)</source>
        <translation>Tekst (sladdet)</translation>
    </message>
    <message>
        <source>Print the stored chat messages (redacted) as conversation_id,timestamp,sender,text, or their audit log, or delete those past the retention period, or apply a stricter rule set. The retention period and the marker are workspace settings (kapsel-cli settings).</source>
        <translation>Skriv ut de lagrede chatmeldingene (sladdet) som conversation_id,timestamp,sender,text, eller revisjonsloggen deres, eller slett dem som er eldre enn lagringstiden, eller bruk et strengere regelsett. Lagringstiden og markøren er innstillinger for arbeidsområdet (kapsel-cli settings).</translation>
    </message>
    <message>
        <source>stored, redacted chat messages; their audit log, retention and rule set</source>
        <translation>lagrede, sladdede chatmeldinger; revisjonslogg, lagringstid og regelsett</translation>
    </message>
    <message>
        <source>Output format: table (default), csv, json, html, md or pdf; the JSON schema is described in docs/cli-json.md.</source>
        <translation>Utdataformat: table (standard), csv, json, html, md eller pdf; JSON-skjemaet er beskrevet i docs/cli-json.md.</translation>
    </message>
    <message>
        <source>Format of the findings: table (default; text is the same), csv, json or html; the JSON schema is described in docs/cli-json.md.</source>
        <translation>Format for funnene: table (standard; text er det samme), csv, json eller html; JSON-skjemaet er beskrevet i docs/cli-json.md.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use table, csv, json or html</source>
        <translation>ukjent format «%1»; bruk table, csv, json eller html</translation>
    </message>
    <message>
        <source>no such cookie in the inventory of this site</source>
        <translation>ingen slik informasjonskapsel i oversikten for dette nettstedet</translation>
    </message>
    <message>
        <source>no such cookie on %1 in the inventory of this site</source>
        <translation>ingen slik informasjonskapsel på %1 i oversikten for dette nettstedet</translation>
    </message>
    <message>
        <source>%1 is in the inventory on several domains (%2); choose one with --domain</source>
        <translation>%1 står i oversikten på flere domener (%2); velg ett med --domain</translation>
    </message>
    <message>
        <source>%1 is saved as a draft: it still needs %2.</source>
        <translation>%1 er lagret som utkast: den mangler fortsatt %2.</translation>
    </message>
    <message>
        <source>Declared %1 with the suggested texts.</source>
        <translation>Erklærte %1 med de foreslåtte tekstene.</translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s) declared with their high-confidence suggestions</source>
        <translation>
            <numerusform>%n informasjonskapsel erklært med forslaget med høy sikkerhet</numerusform>
            <numerusform>%n informasjonskapsler erklært med forslagene med høy sikkerhet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) of medium or low confidence left for you to check</source>
        <translation>
            <numerusform>%n forslag med middels eller lav sikkerhet står igjen for deg å sjekke</numerusform>
            <numerusform>%n forslag med middels eller lav sikkerhet står igjen for deg å sjekke</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is declared already; nothing to accept.</source>
        <translation>%1 er allerede erklært; ingenting å godta.</translation>
    </message>
    <message>
        <source>Accepted the suggestion for %1.</source>
        <translation>Godtok forslaget for %1.</translation>
    </message>
    <message>
        <source>Declared %1; the knowledge base has no suggestion for it.</source>
        <translation>Erklærte %1; kunnskapsbasen har ikke noe forslag for den.</translation>
    </message>
    <message>
        <source>%1 is now declared with a suggestion of low confidence; check every text. %2</source>
        <translation>%1 er nå erklært med et forslag med lav sikkerhet; sjekk hver tekst. %2</translation>
    </message>
    <message>
        <source>The purpose in Norwegian Bokmål.</source>
        <translation>Formålet på norsk bokmål.</translation>
    </message>
    <message>
        <source>The purpose in English.</source>
        <translation>Formålet på engelsk.</translation>
    </message>
    <message>
        <source>Who sets the cookie, e.g. Google.</source>
        <translation>Hvem som setter informasjonskapselen, f.eks. Google.</translation>
    </message>
    <message>
        <source>How long it is kept, as a period: &quot;2 years&quot;, &quot;30 minutes&quot;, &quot;session&quot;.</source>
        <translation>Hvor lenge den lagres, som en periode: «2 år», «30 minutter», «økt».</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <comment>placeholder on the command line</comment>
        <translation>PERIODE</translation>
    </message>
    <message>
        <source>necessary, preferences, statistics, marketing or unclassified (the names the GUI shows, in either language, are understood too).</source>
        <translation>necessary, preferences, statistics, marketing eller unclassified (navnene det grafiske grensesnittet viser, på begge språk, forstås også).</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <comment>placeholder on the command line</comment>
        <translation>KATEGORI</translation>
    </message>
    <message>
        <source>The tool or platform, e.g. Google Analytics.</source>
        <translation>Verktøyet eller plattformen, f.eks. Google Analytics.</translation>
    </message>
    <message>
        <source>first or third.</source>
        <translation>first (førstepart) eller third (tredjepart).</translation>
    </message>
    <message>
        <source>The cookie&apos;s path (default /).</source>
        <translation>Stien til informasjonskapselen (standard /).</translation>
    </message>
    <message>
        <source>PATH</source>
        <comment>placeholder on the command line</comment>
        <translation>STI</translation>
    </message>
    <message>
        <source>%1 is neither observed nor declared on this site; give its --domain to declare it</source>
        <translation>%1 er verken observert eller erklært på dette nettstedet; oppgi --domain for å erklære den</translation>
    </message>
    <message>
        <source>--party takes first or third, not &quot;%1&quot;</source>
        <translation>--party tar first eller third, ikke «%1»</translation>
    </message>
    <message>
        <source>Updated the entry of %1.</source>
        <translation>Oppdaterte oppføringen for %1.</translation>
    </message>
    <message>
        <source>Declared %1.</source>
        <translation>Erklærte %1.</translation>
    </message>
    <message>
        <source>not in the declaration; there is nothing to remove</source>
        <translation>står ikke i erklæringen; det er ingenting å fjerne</translation>
    </message>
    <message>
        <source>Removed %1 from the declaration.</source>
        <translation>Fjernet %1 fra erklæringen.</translation>
    </message>
    <message>
        <source>The cookie&apos;s domain, where the inventory has the name on more than one (or to declare a cookie no scan has observed).</source>
        <translation>Domenet til informasjonskapselen, der oversikten har navnet på flere (eller for å erklære en informasjonskapsel ingen skanning har observert).</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <comment>placeholder on the command line</comment>
        <translation>DOMENE</translation>
    </message>
    <message>
        <source>The site whose inventory to change (default: the latest scan&apos;s).</source>
        <translation>Nettstedet der oversikten skal endres (standard: den siste skanningens).</translation>
    </message>
    <message>
        <source>Accept every suggestion of high confidence, as &quot;Accept confident suggestions&quot; does; medium and low ones are left for you.</source>
        <translation>Godta hvert forslag med høy sikkerhet, slik «Godta sikre forslag» gjør; forslag med middels og lav sikkerhet står igjen for deg.</translation>
    </message>
    <message>
        <source>The cookies whose suggestion to accept.</source>
        <translation>Informasjonskapslene der forslaget skal godtas.</translation>
    </message>
    <message>
        <source>[NAME...]</source>
        <comment>placeholder on the command line</comment>
        <translation>[NAVN...]</translation>
    </message>
    <message>
        <source>Declare observed cookies with the knowledge base&apos;s suggested texts, or accept the suggestion of a declared one, as the Cookies area&apos;s &quot;Declare / accept suggestion&quot; does. A cookie without a suggestion is declared as a draft, which is said on standard error with what it lacks.</source>
        <translation>Erklær observerte informasjonskapsler med kunnskapsbasens foreslåtte tekster, eller godta forslaget for en erklært, slik «Erklær / godta forslag» i Informasjonskapsler-området gjør. En informasjonskapsel uten forslag erklæres som utkast, og det sies på standard feilutdata med hva den mangler.</translation>
    </message>
    <message>
        <source>The cookie.</source>
        <translation>Informasjonskapselen.</translation>
    </message>
    <message>
        <source>Declare a cookie with the given texts, or change the entry of a declared one (the fields not given keep their value, or the suggestion&apos;s). An entry needs a purpose in Bokmål and in English, a supplier, a retention and a category; one without them all is saved as a draft, which is said on standard error.</source>
        <translation>Erklær en informasjonskapsel med de oppgitte tekstene, eller endre oppføringen for en erklært (feltene som ikke oppgis, beholder verdien sin, eller forslagets). En oppføring trenger et formål på bokmål og på engelsk, en leverandør, en lagringstid og en kategori; en som mangler noe av dette, lagres som utkast, og det sies på standard feilutdata.</translation>
    </message>
    <message>
        <source>Remove a cookie from the declaration, as the Cookies area&apos;s &quot;Remove from declaration&quot; does; what the scans observed stays.</source>
        <translation>Fjern en informasjonskapsel fra erklæringen, slik «Fjern fra erklæringen» i Informasjonskapsler-området gjør; det skanningene observerte, blir stående.</translation>
    </message>
    <message>
        <source>cookies accept takes cookie names or --suggested</source>
        <translation>cookies accept tar navn på informasjonskapsler eller --suggested</translation>
    </message>
    <message>
        <source>cookies %1 takes one cookie name</source>
        <translation>cookies %1 tar ett navn på en informasjonskapsel</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <source>Output format: %1 (default %2); the JSON schema is described in docs/cli-json.md.</source>
        <translation>Utdataformat: %1 (standard %2); JSON-skjemaet er beskrevet i docs/cli-json.md.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output, whole or not at all.</source>
        <translation>Skriv til FIL i stedet for standard utdata, helt eller ikke i det hele tatt.</translation>
    </message>
    <message>
        <source>--format takes table, csv or json, not &quot;%1&quot;</source>
        <translation>--format tar table, csv eller json, ikke «%1»</translation>
    </message>
    <message>
        <source>IANA zone in which times without an offset in imported files are read, and days, weeks and months are counted (default Europe/Oslo)</source>
        <translation>IANA-sone der tidspunkter uten forskyvning i importerte filer leses, og der dager, uker og måneder telles (standard Europe/Oslo)</translation>
    </message>
    <message>
        <source>text that replaces a removed span in chat text stored from now on; empty: removed without a trace</source>
        <translation>tekst som erstatter en fjernet tekstbit i chattekst som lagres fra nå av; tom: fjernes uten spor</translation>
    </message>
    <message>
        <source>days a conversation is kept after its last message; 0: kept until deleted by hand</source>
        <translation>dager en samtale beholdes etter siste melding; 0: beholdes til den slettes for hånd</translation>
    </message>
    <message>
        <source>the marker was not changed: %1</source>
        <translation>markøren ble ikke endret: %1</translation>
    </message>
    <message>
        <source>chat-retention-days takes a number of days from 0 (off) to 36500, not &quot;%1&quot;</source>
        <translation>chat-retention-days tar et antall dager fra 0 (av) til 36500, ikke «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stored conversation(s) are older than %1 days and would be deleted now; nothing was changed. Add --yes to set it and delete them.</source>
        <translation>
            <numerusform>%Ln lagret samtale er eldre enn %1 dager og ville blitt slettet nå; ingenting ble endret. Legg til --yes for å sette den og slette den.</numerusform>
            <numerusform>%Ln lagrede samtaler er eldre enn %1 dager og ville blitt slettet nå; ingenting ble endret. Legg til --yes for å sette den og slette dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>With set chat-retention-days: also when the new period deletes stored conversations now.</source>
        <translation>Med set chat-retention-days: også når den nye lagringstiden sletter lagrede samtaler nå.</translation>
    </message>
    <message>
        <source>Without one: list every setting. get KEY: print one value. set KEY VALUE: change it. The keys: %1.</source>
        <translation>Uten handling: vis hver innstilling. get NØKKEL: skriv ut én verdi. set NØKKEL VERDI: endre den. Nøklene: %1.</translation>
    </message>
    <message>
        <source>The workspace&apos;s own settings, kept in the workspace and shared by everyone who opens it, as the GUI sets them: the time zone (File menu), the marker for removed chat text and the retention period of chats (Chats area). A shorter retention period deletes the conversations past it at once, so it asks for --yes when it would.</source>
        <translation>Arbeidsområdets egne innstillinger, lagret i arbeidsområdet og delt av alle som åpner det, slik det grafiske grensesnittet setter dem: tidssonen (Fil-menyen), markøren for fjernet chattekst og lagringstiden for chatter (Chatter-området). En kortere lagringstid sletter samtalene som er eldre med én gang, så den krever --yes når den ville gjøre det.</translation>
    </message>
    <message>
        <source>settings takes get KEY or set KEY VALUE</source>
        <translation>settings tar get NØKKEL eller set NØKKEL VERDI</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot;; the settings are %2</source>
        <translation>ukjent innstilling «%1»; innstillingene er %2</translation>
    </message>
    <message>
        <source>--yes goes with set</source>
        <translation>--yes hører sammen med set</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nøkkel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Betydning</translation>
    </message>
    <message>
        <source>list, print or change the workspace&apos;s settings (time zone, chat marker, retention)</source>
        <translation>vis, skriv ut eller endre arbeidsområdets innstillinger (tidssone, chatmarkør, lagringstid)</translation>
    </message>
    <message>
        <source>--format and --output go with list</source>
        <translation>--format og --output hører sammen med list</translation>
    </message>
    <message>
        <source>A new name for a declared entry (a name ending in * covers a prefix).</source>
        <translation>Et nytt navn for en erklært oppføring (et navn som slutter på * dekker et prefiks).</translation>
    </message>
    <message>
        <source>A new domain for a declared entry.</source>
        <translation>Et nytt domene for en erklært oppføring.</translation>
    </message>
    <message>
        <source>--rename and --new-domain change a declared entry; %1 is not declared</source>
        <translation>--rename og --new-domain endrer en erklært oppføring; %1 er ikke erklært</translation>
    </message>
    <message>
        <source>The chat export.</source>
        <translation>Chateksporten.</translation>
    </message>
    <message>
        <source>Read a chat export and count, rule by rule, what the redaction would remove and keep, as the Chats area&apos;s preview does; nothing is stored and no text is printed (the raw text stays in memory only). With a workspace (--db), its time zone and marker are used.</source>
        <translation>Les en chateksport og tell, regel for regel, hva sladdingen ville fjerne og beholde, slik forhåndsvisningen i Chatter-området gjør; ingenting lagres og ingen tekst skrives ut (råteksten blir bare i minnet). Med et arbeidsområde (--db) brukes tidssonen og markøren der.</translation>
    </message>
    <message>
        <source>chats preview takes one FILE</source>
        <translation>chats preview tar én FIL</translation>
    </message>
    <message>
        <source>%1 (%2), rule set %3. Conversations: %4, messages: %5. To remove: %6, of which identity numbers: %7. Kept on purpose: %8. Nothing has been stored.</source>
        <translation>%1 (%2), regelsett %3. Samtaler: %4, meldinger: %5. Fjernes: %6, av dem identitetsnumre: %7. Beholdt med vilje: %8. Ingenting er lagret.</translation>
    </message>
    <message>
        <source>The rule set finds nothing to remove or keep in this export.</source>
        <translation>Regelsettet finner ingenting å fjerne eller beholde i denne eksporten.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
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
        <source>What it finds</source>
        <translation>Hva den finner</translation>
    </message>
    <message>
        <source>audit: the redaction audit log. purge [--older-than DAYS]: delete the conversations past the retention period (or older than DAYS) now. apply-rules RULESET [--dry-run]: redact the stored text again with a stricter rule set. preview FILE: count what the redaction would remove from a chat export, storing nothing. Each has its own --help. Without one, the command only reads.</source>
        <translation>audit: revisjonsloggen for sladdingen. purge [--older-than DAGER]: slett samtalene som er eldre enn lagringstiden (eller enn DAGER) nå. apply-rules REGELSETT [--dry-run]: sladd den lagrede teksten på nytt med et strengere regelsett. preview FIL: tell hva sladdingen ville fjerne fra en chateksport, uten å lagre noe. Hver har sin egen --help. Uten noen av dem bare leser kommandoen.</translation>
    </message>
    <message>
        <source>chats takes no argument but audit, purge, apply-rules or preview</source>
        <translation>chats tar ingen argumenter utenom audit, purge, apply-rules eller preview</translation>
    </message>
    <message>
        <source>What changed from a site&apos;s previous scan to its latest: cookies and storage that are new, gone or changed (expiry, attributes, the consent phases that set them), as the Cookies area&apos;s &quot;Changes since the previous scan&quot; lists them.</source>
        <translation>Hva som er endret fra nettstedets forrige skanning til den siste: informasjonskapsler og lagring som er nye, borte eller endret (utløp, attributter, samtykkefasene som setter dem), slik «Endringer siden forrige skanning» i Informasjonskapsler-området viser dem.</translation>
    </message>
    <message>
        <source>cookies changes takes no arguments</source>
        <translation>cookies changes tar ingen argumenter</translation>
    </message>
    <message>
        <source>Import at least two scans of the same site to see what changed.</source>
        <translation>Importer minst to skanninger av samme nettsted for å se hva som er endret.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>findings: the findings of the site&apos;s latest scan, with their evidence; exit code 3 when there are findings. changes: what changed since the previous scan. accept NAME... or accept --suggested: declare cookies with their suggested texts. declare NAME --purpose-nb ... : declare a cookie or change its entry. undeclare NAME: remove it from the declaration. Each has its own --help.</source>
        <translation>findings: funnene i nettstedets siste skanning, med bevis; avslutningskode 3 når det er funn. changes: hva som er endret siden forrige skanning. accept NAVN... eller accept --suggested: erklær informasjonskapsler med de foreslåtte tekstene. declare NAVN --purpose-nb ... : erklær en informasjonskapsel eller endre oppføringen. undeclare NAVN: fjern den fra erklæringen. Hver har sin egen --help.</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; cookies takes findings, changes, accept, declare or undeclare</source>
        <translation>ukjent handling «%1»; cookies tar findings, changes, accept, declare eller undeclare</translation>
    </message>
    <message>
        <source>the policy text was not kept for the compliance report: %1</source>
        <translation>policyteksten ble ikke tatt vare på for personvernrapporten: %1</translation>
    </message>
    <message>
        <source>%1, made %2 by %3 (period %4 to %5, %6, %7, written to %8)</source>
        <translation>%1, laget %2 av %3 (periode %4 til %5, %6, %7, skrevet til %8)</translation>
    </message>
    <message>
        <source>No report has been made from this workspace yet.</source>
        <translation>Ingen rapport er laget fra dette arbeidsområdet ennå.</translation>
    </message>
    <message>
        <source>%1 matches no report stored in this workspace (SHA-256 %2): it is not a report made here, or it was changed after it was written.</source>
        <translation>%1 stemmer ikke med noen rapport lagret i dette arbeidsområdet (SHA-256 %2): den er ikke laget her, eller den er endret etter at den ble skrevet.</translation>
    </message>
    <message>
        <source>%1 is the stored report %2</source>
        <translation>%1 er den lagrede rapporten %2</translation>
    </message>
    <message>
        <source>--set-field takes KEY=VALUE, not &quot;%1&quot;</source>
        <translation>--set-field tar NØKKEL=VERDI, ikke «%1»</translation>
    </message>
    <message>
        <source>set %1</source>
        <translation>satte %1</translation>
    </message>
    <message>
        <source>--lang takes nb or en, not &quot;%1&quot;</source>
        <translation>--lang tar nb eller en, ikke «%1»</translation>
    </message>
    <message>
        <source>report needs --output FILE</source>
        <translation>report trenger --output FIL</translation>
    </message>
    <message>
        <source>wrote %1 (%2, SHA-256 %3)</source>
        <translation>skrev %1 (%2, SHA-256 %3)</translation>
    </message>
    <message>
        <source>First day of the period (default: a year before --to).</source>
        <translation>Første dag i perioden (standard: et år før --to).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Last day of the period (default: today in the workspace&apos;s time zone).</source>
        <translation>Siste dag i perioden (standard: i dag i arbeidsområdets tidssone).</translation>
    </message>
    <message>
        <source>The site of the cookie sections (default: the latest scan&apos;s).</source>
        <translation>Nettstedet i avsnittene om informasjonskapsler (standard: den siste skanningens).</translation>
    </message>
    <message>
        <source>Language of the report: nb (default) or en.</source>
        <translation>Rapportens språk: nb (standard) eller en.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Filen som skal skrives.</translation>
    </message>
    <message>
        <source>The cookie-policy text to check (default: the last one policy-check checked).</source>
        <translation>Teksten i informasjonskapselerklæringen som skal kontrolleres (standard: den siste policy-check kontrollerte).</translation>
    </message>
    <message>
        <source>List the reports made from this workspace (--format table, csv or json).</source>
        <translation>List rapportene som er laget fra dette arbeidsområdet (--format table, csv eller json).</translation>
    </message>
    <message>
        <source>Recompute FILE&apos;s checksum and say which stored report it is; exit code 1 when it matches none.</source>
        <translation>Regn ut sjekksummen til FIL på nytt og si hvilken lagret rapport den er; avslutningskode 1 når den ikke stemmer med noen.</translation>
    </message>
    <message>
        <source>Keep a field of the record of processing in the workspace (repeatable); keys: %1.</source>
        <translation>Ta vare på et felt i behandlingsprotokollen i arbeidsområdet (kan gjentas); nøkler: %1.</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <comment>placeholder on the command line</comment>
        <translation>NØKKEL=VERDI</translation>
    </message>
    <message>
        <source>Write the compliance report (summary, cookies, policy text, visitor statistics and consent, chat privacy, record of processing, import history) and keep its checksum in the workspace; list the reports made, or check a report file against them.</source>
        <translation>Skriv personvernrapporten (sammendrag, informasjonskapsler, erklæringstekst, besøksstatistikk og samtykke, personvern i chat, behandlingsprotokoll, importhistorikk) og ta vare på sjekksummen i arbeidsområdet; list rapportene som er laget, eller kontroller en rapportfil mot dem.</translation>
    </message>
    <message>
        <source>report takes no argument</source>
        <translation>report tar ingen argumenter</translation>
    </message>
    <message>
        <source>--list and --verify go alone</source>
        <translation>--list og --verify brukes hver for seg</translation>
    </message>
    <message>
        <source>--list takes --format table, csv or json, not &quot;%1&quot;</source>
        <translation>--list tar --format table, csv eller json, ikke «%1»</translation>
    </message>
    <message>
        <source>write, list or verify the compliance report</source>
        <translation>skriv, list eller kontroller personvernrapporten</translation>
    </message>
    <message>
        <source>--format takes pdf, html, md or json, not &quot;%1&quot;</source>
        <translation>--format tar pdf, html, md eller json, ikke «%1»</translation>
    </message>
    <message>
        <source>pdf, html, md or json; default: the extension of --output.</source>
        <translation>pdf, html, md eller json; standard: filendelsen til --output.</translation>
    </message>
    <message>
        <source>Also copied: %L1 declared cookies, %L2 chat audit entries, %L3 records of compliance reports, %L4 workspace settings.</source>
        <translation>Også kopiert: %L1 erklærte informasjonskapsler, %L2 oppføringer i chat-revisjonsloggen, %L3 oppføringer om personvernrapporter, %L4 innstillinger for arbeidsområdet.</translation>
    </message>
    <message>
        <source>With --chart: which chart of the Visitors area to draw: visits (first-time and returning, the default) or mean-median (mean and median visit duration per period).</source>
        <translation>Med --chart: hvilket diagram fra Besøk-området som skal tegnes: visits (førstegangs- og gjentakende besøk, standard) eller mean-median (gjennomsnittlig og median varighet av besøkene per periode).</translation>
    </message>
    <message>
        <source>--chart-kind takes visits or mean-median, not &quot;%1&quot;</source>
        <translation>--chart-kind tar visits eller mean-median, ikke «%1»</translation>
    </message>
    <message>
        <source>--chart-kind goes with --chart FILE</source>
        <translation>--chart-kind brukes sammen med --chart FIL</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Map the columns of %1</source>
        <translation>Koble kolonnene i %1</translation>
    </message>
    <message>
        <source>Kapsel could not tell from the headers which column holds each field. Choose the column for each field; fields the file does not have stay empty in the figures. Kapsel remembers your choice for files with the same headers.</source>
        <translation>Kapsel kunne ikke se av overskriftene hvilken kolonne som inneholder hvert felt. Velg kolonnen for hvert felt; felt som filen ikke har, forblir tomme i tallene. Kapsel husker valget ditt for filer med de samme overskriftene.</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(finnes ikke i filen)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Visitor ID</source>
        <translation>Besøks-ID</translation>
    </message>
    <message>
        <source>Session ID</source>
        <translation>Økt-ID</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Starttidspunkt</translation>
    </message>
    <message>
        <source>Duration (seconds or hh:mm:ss)</source>
        <translation>Varighet (sekunder eller tt:mm:ss)</translation>
    </message>
    <message>
        <source>Visit number (1 = first visit)</source>
        <translation>Besøksnummer (1 = første besøk)</translation>
    </message>
    <message>
        <source>First-time visitor (yes/no)</source>
        <translation>Førstegangsbesøkende (ja/nei)</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>Sidevisninger</translation>
    </message>
    <message>
        <source>Traffic source</source>
        <translation>Trafikkilde</translation>
    </message>
    <message>
        <source>Still needed: the column with the start time.</source>
        <translation>Mangler fortsatt: kolonnen med starttidspunktet.</translation>
    </message>
    <message>
        <source>Still needed: at least one of duration, visit number or first-time visitor.</source>
        <translation>Mangler fortsatt: minst én av varighet, besøksnummer eller førstegangsbesøkende.</translation>
    </message>
</context>
<context>
    <name>ComplianceReport</name>
    <message>
        <source>number combinations of 7 digits or more (R2)</source>
        <translation>tallkombinasjoner på 7 sifre eller flere (R2)</translation>
    </message>
    <message>
        <source>Norwegian identity numbers (R3)</source>
        <translation>norske identitetsnumre (R3)</translation>
    </message>
    <message>
        <source>e-mail addresses</source>
        <translation>e-postadresser</translation>
    </message>
    <message>
        <source>spelled-out digits</source>
        <translation>sifre skrevet med ord</translation>
    </message>
    <message>
        <source>bare runs of 7 digits or more</source>
        <translation>rene sifferrekker på 7 sifre eller flere</translation>
    </message>
    <message>
        <source>birth numbers (fødselsnummer)</source>
        <translation>fødselsnumre</translation>
    </message>
    <message>
        <source>D-numbers</source>
        <translation>D-numre</translation>
    </message>
    <message>
        <source>H-numbers</source>
        <translation>H-numre</translation>
    </message>
    <message>
        <source>FH-numbers</source>
        <translation>FH-numre</translation>
    </message>
    <message>
        <source>synthetic test numbers</source>
        <translation>syntetiske testnumre</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>demodata</translation>
    </message>
    <message>
        <source>stricter rules applied</source>
        <translation>strengere regler brukt</translation>
    </message>
    <message>
        <source>retention purge</source>
        <translation>sletting etter lagringstid</translation>
    </message>
    <message>
        <source>retention changed</source>
        <translation>lagringstid endret</translation>
    </message>
    <message>
        <source>No identity number is stored</source>
        <translation>Ingen identitetsnumre er lagret</translation>
    </message>
    <message>
        <source>Scan of the stored chat text by the redactor&apos;s standard rules</source>
        <translation>Gjennomgang av den lagrede chatteksten med sladderens standardregler</translation>
    </message>
    <message>
        <source>The stored text could not be scanned: %1</source>
        <translation>Den lagrede teksten kunne ikke gjennomgås: %1</translation>
    </message>
    <message>
        <source>Messages scanned</source>
        <translation>Meldinger gjennomgått</translation>
    </message>
    <message>
        <source>Identity numbers found</source>
        <translation>Identitetsnumre funnet</translation>
    </message>
    <message>
        <source>Other spans the rules would remove</source>
        <translation>Andre tekstbiter reglene ville fjernet</translation>
    </message>
    <message numerus="yes">
        <source>No identity number is stored: as this report was made, the redactor&apos;s standard rules scanned the %n message(s) stored in the workspace and found none.</source>
        <translation>
            <numerusform>Ingen identitetsnumre er lagret: da rapporten ble laget, gikk sladderens standardregler gjennom den %n meldingen som er lagret i arbeidsområdet, og fant ingen.</numerusform>
            <numerusform>Ingen identitetsnumre er lagret: da rapporten ble laget, gikk sladderens standardregler gjennom de %n meldingene som er lagret i arbeidsområdet, og fant ingen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Identity numbers are stored: the redactor&apos;s standard rules found them in the stored text as this report was made. Apply the rules to the stored text again (the Chats area&apos;s rule set) and make the report again.</source>
        <translation>Det er lagret identitetsnumre: sladderens standardregler fant dem i den lagrede teksten da rapporten ble laget. Bruk reglene på den lagrede teksten på nytt (regelsettet i Chat-området) og lag rapporten på nytt.</translation>
    </message>
    <message>
        <source>Chat privacy</source>
        <translation>Personvern i chat</translation>
    </message>
    <message>
        <source>The redaction audit log of the workspace</source>
        <translation>Arbeidsområdets revisjonslogg for sladding</translation>
    </message>
    <message>
        <source>Conversations imported in the period</source>
        <translation>Samtaler importert i perioden</translation>
    </message>
    <message>
        <source>Messages imported in the period</source>
        <translation>Meldinger importert i perioden</translation>
    </message>
    <message>
        <source>Spans removed before storing</source>
        <translation>Tekstbiter fjernet før lagring</translation>
    </message>
    <message>
        <source>Identity numbers among them</source>
        <translation>Identitetsnumre blant dem</translation>
    </message>
    <message>
        <source>Conversations stored now</source>
        <translation>Samtaler lagret nå</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Lagringstid</translation>
    </message>
    <message numerus="yes">
        <source>conversations are deleted %n day(s) after their last message</source>
        <translation>
            <numerusform>samtaler slettes %n dag etter siste melding</numerusform>
            <numerusform>samtaler slettes %n dager etter siste melding</numerusform>
        </translation>
    </message>
    <message>
        <source>none set: conversations are kept until someone deletes them</source>
        <translation>ingen satt: samtaler beholdes til noen sletter dem</translation>
    </message>
    <message>
        <source>Deleted under the retention in the period</source>
        <translation>Slettet etter lagringstiden i perioden</translation>
    </message>
    <message>
        <source>%1 conversations, %2 messages</source>
        <translation>%1 samtaler, %2 meldinger</translation>
    </message>
    <message>
        <source>No chat was imported in this period.</source>
        <translation>Ingen chat ble importert i denne perioden.</translation>
    </message>
    <message>
        <source>What the redaction removed (counts only)</source>
        <translation>Hva sladdingen fjernet (bare antall)</translation>
    </message>
    <message>
        <source>Nothing was removed from chats imported in this period.</source>
        <translation>Ingenting ble fjernet fra chatter importert i denne perioden.</translation>
    </message>
    <message>
        <source>Per rule</source>
        <translation>Per regel</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Spans removed</source>
        <translation>Tekstbiter fjernet</translation>
    </message>
    <message>
        <source>Identity numbers per kind</source>
        <translation>Identitetsnumre per type</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Fjernet</translation>
    </message>
    <message>
        <source>The audit log&apos;s entries for the period</source>
        <translation>Revisjonsloggens oppføringer i perioden</translation>
    </message>
    <message>
        <source>The audit log has no entry in this period.</source>
        <translation>Revisjonsloggen har ingen oppføringer i denne perioden.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
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
        <source>Scan of %1 (%2)</source>
        <translation>Skanning av %1 (%2)</translation>
    </message>
    <message>
        <source>The declaration as published</source>
        <translation>Erklæringen slik den publiseres</translation>
    </message>
    <message>
        <source>The cookie declaration kept in the workspace</source>
        <translation>Erklæringen om informasjonskapsler i arbeidsområdet</translation>
    </message>
    <message>
        <source>The workspace holds no complete declaration entry: nothing would be published.</source>
        <translation>Arbeidsområdet har ingen fullstendige oppføringer i erklæringen: ingenting ville blitt publisert.</translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation>Informasjonskapsel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
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
        <source>Party</source>
        <translation>Part</translation>
    </message>
    <message numerus="yes">
        <source>%n draft entry(s) are left out of the published declaration: %1.</source>
        <translation>
            <numerusform>%n utkast er utelatt fra den publiserte erklæringen: %1.</numerusform>
            <numerusform>%n utkast er utelatt fra den publiserte erklæringen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>What the scans observed before consent, after accept and after reject</source>
        <translation>Hva skanningene observerte før samtykke, etter godkjenning og etter avvisning</translation>
    </message>
    <message>
        <source>No live scan of this site with consent phases is stored, so what is set before consent, after accept and after reject is not known. A live scan (kapsel-cli scan URL) shows it.</source>
        <translation>Ingen direkteskanning av nettstedet med samtykkefaser er lagret, så det er ukjent hva som settes før samtykke, etter godkjenning og etter avvisning. En direkteskanning (kapsel-cli scan URL) viser det.</translation>
    </message>
    <message>
        <source>The live scan found no cookie or web storage in any phase.</source>
        <translation>Direkteskanningen fant ingen informasjonskapsler eller nettlagring i noen fase.</translation>
    </message>
    <message>
        <source>Cookie or storage key</source>
        <translation>Informasjonskapsel eller lagringsnøkkel</translation>
    </message>
    <message>
        <source>Before consent</source>
        <translation>Før samtykke</translation>
    </message>
    <message>
        <source>After accept</source>
        <translation>Etter godkjenning</translation>
    </message>
    <message>
        <source>After reject</source>
        <translation>Etter avvisning</translation>
    </message>
    <message>
        <source>Findings of the latest scan</source>
        <translation>Funn i den siste skanningen</translation>
    </message>
    <message>
        <source>No scan of this site is stored: there are no findings to report, and no evidence that the site keeps its declaration.</source>
        <translation>Ingen skanning av nettstedet er lagret: det er ingen funn å rapportere, og ingen dokumentasjon på at nettstedet holder det erklæringen sier.</translation>
    </message>
    <message>
        <source>The latest scan gave no findings.</source>
        <translation>Den siste skanningen ga ingen funn.</translation>
    </message>
    <message>
        <source>set by %1</source>
        <translation>satt av %1</translation>
    </message>
    <message>
        <source>requested by %1</source>
        <translation>forespurt av %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Alvorlighet</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Funn</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dokumentasjon</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Forklaring</translation>
    </message>
    <message>
        <source>Seen by the scans</source>
        <translation>Sett av skanningene</translation>
    </message>
    <message>
        <source>Cookies and similar technologies</source>
        <translation>Informasjonskapsler og lignende teknologier</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Nettsted</translation>
    </message>
    <message>
        <source>no site scanned</source>
        <translation>ingen nettsteder skannet</translation>
    </message>
    <message>
        <source>Scans of the site</source>
        <translation>Skanninger av nettstedet</translation>
    </message>
    <message>
        <source>Declared cookies</source>
        <translation>Erklærte informasjonskapsler</translation>
    </message>
    <message>
        <source>Observed but not declared</source>
        <translation>Observert, men ikke erklært</translation>
    </message>
    <message>
        <source>Declared but not observed by the latest scan</source>
        <translation>Erklært, men ikke observert av den siste skanningen</translation>
    </message>
    <message>
        <source>This section describes the site as its latest scan found it, whatever the report&apos;s period. Cookie values are never stored by Kapsel and never shown.</source>
        <translation>Dette avsnittet beskriver nettstedet slik den siste skanningen fant det, uansett rapportens periode. Verdiene i informasjonskapslene lagres aldri av Kapsel og vises aldri.</translation>
    </message>
    <message>
        <source>Declared but never observed</source>
        <translation>Erklært, men aldri observert</translation>
    </message>
    <message>
        <source>Every declared cookie was observed by the latest scan.</source>
        <translation>Alle erklærte informasjonskapsler ble observert av den siste skanningen.</translation>
    </message>
    <message>
        <source>Undeclared</source>
        <translation>Ikke erklært</translation>
    </message>
    <message>
        <source>Every observed cookie is declared.</source>
        <translation>Alle observerte informasjonskapsler er erklært.</translation>
    </message>
    <message>
        <source>Policy text</source>
        <translation>Erklæringstekst</translation>
    </message>
    <message>
        <source>No policy text has been checked in this workspace, so the report cannot say whether the published policy keeps the rules. Check it (kapsel-cli policy-check FILE keeps the text for the next report) or give it to the report (kapsel-cli report --policy FILE).</source>
        <translation>Ingen erklæringstekst er kontrollert i dette arbeidsområdet, så rapporten kan ikke si om den publiserte erklæringen følger reglene. Kontroller den (kapsel-cli policy-check FIL tar vare på teksten til neste rapport) eller gi den til rapporten (kapsel-cli report --policy FIL).</translation>
    </message>
    <message>
        <source>Policy text %1, checked against the site&apos;s inventory</source>
        <translation>Erklæringsteksten %1, kontrollert mot nettstedets oversikt</translation>
    </message>
    <message>
        <source>Text checked</source>
        <translation>Tekst kontrollert</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Kontrollert</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Funn</translation>
    </message>
    <message>
        <source>Declared cookies the text names</source>
        <translation>Erklærte informasjonskapsler teksten nevner</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>The check found nothing: the text asks for consent as the law in force since 1 January 2025 requires, and names every declared cookie.</source>
        <translation>Kontrollen fant ingenting: teksten ber om samtykke slik loven som gjelder fra 1. januar 2025 krever, og nevner alle erklærte informasjonskapsler.</translation>
    </message>
    <message>
        <source>Line %1. %2</source>
        <translation>Linje %1. %2</translation>
    </message>
    <message>
        <source>Open findings of high severity</source>
        <translation>Åpne funn med høy alvorlighet</translation>
    </message>
    <message>
        <source>Open findings of medium severity</source>
        <translation>Åpne funn med middels alvorlighet</translation>
    </message>
    <message>
        <source>Open findings of low severity</source>
        <translation>Åpne funn med lav alvorlighet</translation>
    </message>
    <message>
        <source>Findings in the policy text</source>
        <translation>Funn i erklæringsteksten</translation>
    </message>
    <message>
        <source>Declared but not observed</source>
        <translation>Erklært, men ikke observert</translation>
    </message>
    <message>
        <source>Visits in the period</source>
        <translation>Besøk i perioden</translation>
    </message>
    <message>
        <source>Visits without attribution</source>
        <translation>Besøk uten tilordning</translation>
    </message>
    <message>
        <source>Identity numbers found in the stored text</source>
        <translation>Identitetsnumre funnet i den lagrede teksten</translation>
    </message>
    <message>
        <source>The earlier reports could not be read: %1</source>
        <translation>De tidligere rapportene kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>This is the first report made from this workspace: there is nothing to compare with.</source>
        <translation>Dette er den første rapporten som er laget fra dette arbeidsområdet: det er ingenting å sammenligne med.</translation>
    </message>
    <message>
        <source>Compared with the previous report, %1 of %2 (period %3):</source>
        <translation>Sammenlignet med forrige rapport, %1 fra %2 (periode %3):</translation>
    </message>
    <message>
        <source>None of the figures below has changed.</source>
        <translation>Ingen av tallene nedenfor har endret seg.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Tall</translation>
    </message>
    <message>
        <source>Previous report</source>
        <translation>Forrige rapport</translation>
    </message>
    <message>
        <source>This report</source>
        <translation>Denne rapporten</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <source>Workspace %1</source>
        <translation>Arbeidsområdet %1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeidsområde</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Laget</translation>
    </message>
    <message>
        <source>Document id</source>
        <translation>Dokument-ID</translation>
    </message>
    <message>
        <source>Open findings by severity</source>
        <translation>Åpne funn etter alvorlighet</translation>
    </message>
    <message>
        <source>Cookie findings of the latest scan</source>
        <translation>Funn om informasjonskapsler i den siste skanningen</translation>
    </message>
    <message numerus="yes">
        <source>The policy text has %n finding(s).</source>
        <translation>
            <numerusform>Erklæringsteksten har %n funn.</numerusform>
            <numerusform>Erklæringsteksten har %n funn.</numerusform>
        </translation>
    </message>
    <message>
        <source>What changed since the previous report</source>
        <translation>Hva som er endret siden forrige rapport</translation>
    </message>
    <message>
        <source>Annex: import history</source>
        <translation>Vedlegg: importhistorikk</translation>
    </message>
    <message>
        <source>The workspace&apos;s import history</source>
        <translation>Arbeidsområdets importhistorikk</translation>
    </message>
    <message>
        <source>Nothing has been imported into this workspace.</source>
        <translation>Ingenting er importert til dette arbeidsområdet.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importert</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Rows stored</source>
        <translation>Rader lagret</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>Filens SHA-256</translation>
    </message>
    <message>
        <source>the period starts (%1) after it ends (%2)</source>
        <translation>perioden starter (%1) etter at den slutter (%2)</translation>
    </message>
    <message>
        <source>the workspace has no scan of the site %1; its sites: %2</source>
        <translation>arbeidsområdet har ingen skanning av nettstedet %1; nettstedene er: %2</translation>
    </message>
    <message>
        <source>Compliance report</source>
        <translation>Personvernrapport</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of the record of processing; the fields are %2</source>
        <translation>«%1» er ikke et felt i behandlingsprotokollen; feltene er %2</translation>
    </message>
    <message>
        <source>none known (seat in the EEA: %1)</source>
        <translation>ingen kjente (sete i EØS: %1)</translation>
    </message>
    <message>
        <source>yes, to %1 (the supplier&apos;s seat)</source>
        <translation>ja, til %1 (leverandørens sete)</translation>
    </message>
    <message>
        <source>Transfers outside the EEA by %1</source>
        <translation>Overføringer ut av EØS hos %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Web analytics</source>
        <translation>Nettanalyse</translation>
    </message>
    <message>
        <source>Measuring the use of the website: visits, first-time and returning visitors, visit duration</source>
        <translation>Måling av bruken av nettstedet: besøk, førstegangs- og gjentakende besøkende, besøkets varighet</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Registrerte</translation>
    </message>
    <message>
        <source>Visitors of the website</source>
        <translation>Besøkende på nettstedet</translation>
    </message>
    <message>
        <source>Categories of personal data</source>
        <translation>Kategorier av personopplysninger</translation>
    </message>
    <message>
        <source>visits and pages viewed</source>
        <translation>besøk og sider som er vist</translation>
    </message>
    <message>
        <source>online identifiers in the cookies %1; visits and pages viewed</source>
        <translation>nettidentifikatorer i informasjonskapslene %1; besøk og sider som er vist</translation>
    </message>
    <message>
        <source>Tools (sources of the statistics)</source>
        <translation>Verktøy (kildene til statistikken)</translation>
    </message>
    <message>
        <source>none imported in the period</source>
        <translation>ingen importert i perioden</translation>
    </message>
    <message>
        <source>Suppliers (from the declaration)</source>
        <translation>Leverandører (fra erklæringen)</translation>
    </message>
    <message>
        <source>none declared</source>
        <translation>ingen erklært</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Behandlingsgrunnlag</translation>
    </message>
    <message>
        <source>Retention of the data in the analytics tool</source>
        <translation>Lagringstid for dataene i analyseverktøyet</translation>
    </message>
    <message>
        <source>Technical and organisational security measures</source>
        <translation>Tekniske og organisatoriske sikkerhetstiltak</translation>
    </message>
    <message>
        <source>Cookies of %1</source>
        <translation>Informasjonskapsler fra %1</translation>
    </message>
    <message>
        <source>online identifiers and what the cookies %1 record (%2)</source>
        <translation>nettidentifikatorer og det informasjonskapslene %1 registrerer (%2)</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Mottaker</translation>
    </message>
    <message>
        <source>Retention (as declared)</source>
        <translation>Lagringstid (som erklært)</translation>
    </message>
    <message>
        <source>Customer chat</source>
        <translation>Kundechat</translation>
    </message>
    <message>
        <source>Answering customers&apos; questions in the website&apos;s chat</source>
        <translation>Svare på kunders spørsmål i nettstedets chat</translation>
    </message>
    <message>
        <source>Customers and others who write in the chat; the company&apos;s agents</source>
        <translation>Kunder og andre som skriver i chatten; virksomhetens kundebehandlere</translation>
    </message>
    <message>
        <source>the conversations&apos; text, with identity numbers and other numbers of 7 digits or more removed before it is stored; times; the sender&apos;s role</source>
        <translation>samtalenes tekst, med identitetsnumre og andre tall på 7 sifre eller flere fjernet før den lagres; tidspunkter; avsenderens rolle</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after the last message</source>
        <translation>
            <numerusform>%n dag etter siste melding</numerusform>
            <numerusform>%n dager etter siste melding</numerusform>
        </translation>
    </message>
    <message>
        <source>none set in Kapsel</source>
        <translation>ingen satt i Kapsel</translation>
    </message>
    <message>
        <source>Recipients (the chat service&apos;s supplier)</source>
        <translation>Mottakere (leverandøren av chattjenesten)</translation>
    </message>
    <message>
        <source>Transfers outside the EEA</source>
        <translation>Overføringer ut av EØS</translation>
    </message>
    <message>
        <source>Record of processing</source>
        <translation>Behandlingsprotokoll</translation>
    </message>
    <message>
        <source>The workspace&apos;s data and settings; the suppliers&apos; transfers from Kapsel&apos;s table of known suppliers</source>
        <translation>Arbeidsområdets data og innstillinger; leverandørenes overføringer fra Kapsels tabell over kjente leverandører</translation>
    </message>
    <message>
        <source>Entries of the record of processing activities (GDPR article 30) for the processing Kapsel can see. The fields Kapsel cannot know are left blank for the privacy officer; their values are kept in the workspace (kapsel-cli report --set-field KEY=VALUE). Check the suppliers&apos; transfers against their current terms.</source>
        <translation>Oppføringer i protokollen over behandlingsaktiviteter (personvernforordningen artikkel 30) for behandlingen Kapsel kan se. Feltene Kapsel ikke kan vite, står tomme for personvernansvarlig; verdiene tas vare på i arbeidsområdet (kapsel-cli report --set-field NØKKEL=VERDI). Kontroller leverandørenes overføringer mot deres gjeldende vilkår.</translation>
    </message>
    <message>
        <source>Controller (name and contact details)</source>
        <translation>Behandlingsansvarlig (navn og kontaktopplysninger)</translation>
    </message>
    <message>
        <source>Data protection officer (contact details)</source>
        <translation>Personvernombud (kontaktopplysninger)</translation>
    </message>
    <message>
        <source>first-time and returning visitors, through the cookie %1</source>
        <translation>førstegangs- og gjentakende besøkende, gjennom informasjonskapselen %1</translation>
    </message>
    <message>
        <source>yes: only visitors who accepted statistics cookies are told apart; the others count as visits without attribution</source>
        <translation>ja: bare besøkende som godtok statistikkapsler, skilles fra hverandre; de andre telles som besøk uten tilordning</translation>
    </message>
    <message>
        <source>not in the site&apos;s inventory</source>
        <translation>ikke i nettstedets oversikt</translation>
    </message>
    <message>
        <source>visits only: no cookie (a daily rotating hash of IP address and browser), so no first-time/returning split</source>
        <translation>bare besøk: ingen informasjonskapsel (en daglig skiftende hash av IP-adresse og nettleser), så ingen deling i førstegangs og gjentakende</translation>
    </message>
    <message>
        <source>no cookie consent</source>
        <translation>ikke samtykke til informasjonskapsler</translation>
    </message>
    <message>
        <source>not known: the export does not say</source>
        <translation>ukjent: eksporten sier det ikke</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>ukjent</translation>
    </message>
    <message>
        <source>Visitor statistics and consent</source>
        <translation>Besøksstatistikk og samtykke</translation>
    </message>
    <message>
        <source>Imported file %1 (%2)</source>
        <translation>Importert fil %1 (%2)</translation>
    </message>
    <message>
        <source>No analytics data was imported in this period.</source>
        <translation>Ingen analysedata ble importert i denne perioden.</translation>
    </message>
    <message>
        <source>The workspace holds figures from %1.</source>
        <translation>Arbeidsområdet har tall fra %1.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Kilder</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besøk</translation>
    </message>
    <message>
        <source>Which figures depend on which cookie</source>
        <translation>Hvilke tall som avhenger av hvilken informasjonskapsel</translation>
    </message>
    <message>
        <source>What it can tell</source>
        <translation>Hva den kan si</translation>
    </message>
    <message>
        <source>Depends on consent</source>
        <translation>Avhenger av samtykke</translation>
    </message>
    <message>
        <source>In the site&apos;s inventory</source>
        <translation>I nettstedets oversikt</translation>
    </message>
    <message>
        <source>Visits without attribution per source and month</source>
        <translation>Besøk uten tilordning per kilde og måned</translation>
    </message>
    <message>
        <source>A visit without attribution is one the source counted but could not tell first-time from returning, mostly because the visitor refused the cookie (consent mode). Its share shows how much of the statistics rests on consent.</source>
        <translation>Et besøk uten tilordning er et besøk kilden telte, men ikke kunne avgjøre om var førstegangs eller gjentakende, som oftest fordi den besøkende avslo informasjonskapselen (samtykkemodus). Andelen viser hvor mye av statistikken som hviler på samtykke.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
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
        <source>Without attribution</source>
        <translation>Uten tilordning</translation>
    </message>
    <message>
        <source>Share without attribution</source>
        <translation>Andel uten tilordning</translation>
    </message>
    <message>
        <source>to fill in: kapsel-cli report --set-field %1=…</source>
        <translation>fylles ut: kapsel-cli report --set-field %1=…</translation>
    </message>
    <message>
        <source>%1 million</source>
        <translation>%1 millioner</translation>
    </message>
    <message>
        <source>%1 billion</source>
        <translation>%1 milliarder</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>A date and a time of day: &quot;3 December 2026 at 14:02&quot; (keep a word between them)</extracomment>
        <translation>%1 kl. %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>A period of days: &quot;1 January 2025 to 31 December 2025&quot;</extracomment>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
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
        <translation>Chat</translation>
    </message>
    <message>
        <source>stopped before the report was complete</source>
        <translation>stoppet før rapporten var ferdig</translation>
    </message>
    <message>
        <source>Left out: whoever made this report has no access to this area of the team workspace. A member with access to every area should make the report that is handed in.</source>
        <translation>Utelatt: den som laget denne rapporten, har ikke tilgang til denne delen av teamarbeidsområdet. Rapporten som leveres, bør lages av et medlem med tilgang til alle delene.</translation>
    </message>
    <message>
        <source>This report is incomplete: its maker has no access to these parts of the team workspace: %1.</source>
        <translation>Denne rapporten er ufullstendig: den som laget den, har ikke tilgang til disse delene av teamarbeidsområdet: %1.</translation>
    </message>
    <message>
        <source>Visits by month, all sources together: %1 first-time and %2 returning.</source>
        <translation>Besøk per måned, alle kilder samlet: %1 førstegangs og %2 gjentakende.</translation>
    </message>
    <message>
        <source>Visits by month, all sources together: %1 first-time, %2 returning and %3 that were not told apart (the visitor gave no consent to the cookie, or the source cannot tell).</source>
        <translation>Besøk per måned, alle kilder samlet: %1 førstegangs, %2 gjentakende og %3 som ikke ble skilt fra hverandre (den besøkende samtykket ikke til informasjonskapselen, eller kilden kan ikke skille dem).</translation>
    </message>
    <message>
        <source>Visits by month, all sources</source>
        <translation>Besøk per måned, alle kilder</translation>
    </message>
    <message>
        <source>Not told apart</source>
        <translation>Ikke skilt</translation>
    </message>
    <message numerus="yes">
        <source>Visits by how long they lasted: %Ln visit(s) with a known duration, from the sources that record each visit.</source>
        <translation>
            <numerusform>Besøk etter hvor lenge de varte: %Ln besøk med kjent varighet, fra kildene som registrerer hvert besøk.</numerusform>
            <numerusform>Besøk etter hvor lenge de varte: %Ln besøk med kjent varighet, fra kildene som registrerer hvert besøk.</numerusform>
        </translation>
    </message>
    <message>
        <source>Visits by duration, all sources</source>
        <translation>Besøk etter varighet, alle kilder</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varighet</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
</context>
<context>
    <name>ComplianceReportDialog</name>
    <message>
        <source>Compliance report</source>
        <translation>Personvernrapport</translation>
    </message>
    <message>
        <source>One dated document with what the company promises and the evidence that it keeps those promises, for the board or Datatilsynet.</source>
        <translation>Ett datert dokument med det virksomheten lover og bevisene for at den holder det, til styret eller Datatilsynet.</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Siste 12 måneder</translation>
    </message>
    <message>
        <source>Last calendar year</source>
        <translation>Forrige kalenderår</translation>
    </message>
    <message>
        <source>This year so far</source>
        <translation>Hittil i år</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Valgte datoer</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;til</translation>
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
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>HTML (one file, opens in a browser)</source>
        <translation>HTML (én fil, åpnes i en nettleser)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>JSON (for other programs)</source>
        <translation>JSON (for andre programmer)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom …</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Periodens første dag</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Periodens siste dag</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Nettsted</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Rapportens språk</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>File to save the report in</source>
        <translation>Filen rapporten lagres i</translation>
    </message>
    <message>
        <source>Choose the file to save the report in</source>
        <translation>Velg filen rapporten skal lagres i</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Nettsted:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;il:</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Nettsider (*.html *.htm)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Save the compliance report</source>
        <translation>Lagre personvernrapporten</translation>
    </message>
    <message>
        <source>The period&apos;s first day is after its last.</source>
        <translation>Periodens første dag er etter den siste.</translation>
    </message>
    <message>
        <source>compliance-report</source>
        <extracomment>A file name: lower case, no spaces</extracomment>
        <translation>personvernrapport</translation>
    </message>
    <message>
        <source>The latest scan&apos;s site</source>
        <translation>Nettstedet i den siste skanningen</translation>
    </message>
</context>
<context>
    <name>ComplianceReportFlow</name>
    <message>
        <source>The compliance report was cancelled; no file was written.</source>
        <translation>Personvernrapporten ble avbrutt; ingen fil ble skrevet.</translation>
    </message>
    <message>
        <source>Reading the workspace for the report…</source>
        <translation>Leser arbeidsområdet for rapporten …</translation>
    </message>
    <message>
        <source>Compliance report</source>
        <translation>Personvernrapport</translation>
    </message>
    <message>
        <source>Compliance report %1 written to %2; its checksum is kept in the workspace.</source>
        <translation>Personvernrapport %1 er skrevet til %2; kontrollsummen er tatt vare på i arbeidsområdet.</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>&amp;Open the report</source>
        <translation>&amp;Åpne rapporten</translation>
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
        <source>The party is first or third.</source>
        <translation>Parten er første eller tredje.</translation>
    </message>
    <message>
        <source>No live scan of this site yet: only a scan tells the consent phases</source>
        <translation>Ingen direkteskanning av dette nettstedet ennå: bare en skanning viser samtykkefasene</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Before consent</source>
        <translation>Før samtykke</translation>
    </message>
    <message>
        <source>After reject</source>
        <translation>Etter avvisning</translation>
    </message>
    <message>
        <source>After accept</source>
        <translation>Etter godkjenning</translation>
    </message>
    <message>
        <source>First seen in</source>
        <translation>Først sett</translation>
    </message>
    <message>
        <source>First seen on page</source>
        <translation>Først sett på siden</translation>
    </message>
    <message>
        <source>Accept it yourself after checking: it is not accepted in bulk.</source>
        <translation>Godta det selv etter å ha sjekket det: det godtas ikke samlet.</translation>
    </message>
    <message>
        <source>A draft is kept as it is and left out of the published declaration until it has a purpose in Bokmål and in English, a supplier, a retention and a category.</source>
        <translation>Et utkast beholdes som det er og utelates fra den publiserte erklæringen til det har formål på bokmål og engelsk, leverandør, lagringstid og kategori.</translation>
    </message>
    <message>
        <source>Draft: missing %1</source>
        <translation>Utkast: mangler %1</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Fullstendig</translation>
    </message>
    <message>
        <source>Latest scan</source>
        <translation>Siste skanning</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Oppføring</translation>
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
    <name>CookieScanner</name>
    <message>
        <source>%1: page %2 of %3: %4</source>
        <translation>%1: side %2 av %3: %4</translation>
    </message>
    <message>
        <source>after accepting</source>
        <translation>etter godkjenning</translation>
    </message>
    <message>
        <source>after rejecting</source>
        <translation>etter avvisning</translation>
    </message>
    <message>
        <source>before consent</source>
        <translation>før samtykke</translation>
    </message>
    <message>
        <source>%1 is not a web address: the scan needs an address that starts with http:// or https://.</source>
        <translation>%1 er ikke en nettadresse: skanningen trenger en adresse som begynner med http:// eller https://.</translation>
    </message>
    <message>
        <source>Unknown consent phase %1: use before, accept or reject.</source>
        <translation>Ukjent samtykkefase %1: bruk before, accept eller reject.</translation>
    </message>
    <message>
        <source>The scan was cancelled.</source>
        <translation>Skanningen ble avbrutt.</translation>
    </message>
    <message>
        <source>The browser did not open a page.</source>
        <translation>Nettleseren åpnet ingen side.</translation>
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
    <message>
        <source>%1 (%2 on %3)</source>
        <extracomment>%1 a storage key, %2 its kind (Local storage), %3 the origin&apos;s host</extracomment>
        <translation>%1 (%2 på %3)</translation>
    </message>
    <message>
        <source>%1 is set before the visitor consents and is not classified: check whether it is strictly necessary</source>
        <translation>%1 settes før den besøkende har samtykket og er ikke klassifisert: sjekk om den er strengt nødvendig</translation>
    </message>
    <message>
        <source>%1 is set before the visitor consents, but it is not strictly necessary (%2)</source>
        <translation>%1 settes før den besøkende har samtykket, men er ikke strengt nødvendig (%2)</translation>
    </message>
    <message>
        <source>%1 is stored by a third party although the visitor rejected</source>
        <translation>%1 lagres av en tredjepart selv om den besøkende avviste</translation>
    </message>
    <message>
        <source>%1 is set although the visitor rejected and is not classified: check whether it is strictly necessary</source>
        <translation>%1 settes selv om den besøkende avviste og er ikke klassifisert: sjekk om den er strengt nødvendig</translation>
    </message>
    <message>
        <source>%1 is set although the visitor rejected, but it is not strictly necessary (%2)</source>
        <translation>%1 settes selv om den besøkende avviste, men er ikke strengt nødvendig (%2)</translation>
    </message>
    <message>
        <source>%1 is observed but not in the declaration</source>
        <translation>%1 er observert, men står ikke i erklæringen</translation>
    </message>
    <message>
        <source>%1 is kept for %2, longer than the declared %3</source>
        <translation>%1 lagres i %2, lenger enn erklærte %3</translation>
    </message>
    <message>
        <source>No reject button on the first layer: refusal is not as easy as acceptance</source>
        <translation>Ingen avvis-knapp på første nivå: det er ikke like lett å avslå som å godta</translation>
    </message>
    <message>
        <source>%1 (%2) is declared but was not seen in any phase of the scan</source>
        <translation>%1 (%2) er erklært, men ble ikke sett i noen fase av skanningen</translation>
    </message>
    <message>
        <source>Set before consent</source>
        <translation>Satt før samtykke</translation>
    </message>
    <message>
        <source>Set after reject</source>
        <translation>Satt etter avvisning</translation>
    </message>
    <message>
        <source>No reject button</source>
        <translation>Ingen avvis-knapp</translation>
    </message>
    <message>
        <source>Not declared</source>
        <translation>Ikke erklært</translation>
    </message>
    <message>
        <source>Declared, never seen</source>
        <translation>Erklært, aldri sett</translation>
    </message>
    <message>
        <source>Kept longer than declared</source>
        <translation>Lagret lenger enn erklært</translation>
    </message>
    <message>
        <source>high</source>
        <translation>høy</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>middels</translation>
    </message>
    <message>
        <source>low</source>
        <translation>lav</translation>
    </message>
    <message>
        <source>partitioned %1 → %2</source>
        <translation>partisjonert %1 → %2</translation>
    </message>
    <message>
        <source>set before consent %1 → %2</source>
        <translation>satt før samtykke %1 → %2</translation>
    </message>
    <message>
        <source>set after reject %1 → %2</source>
        <translation>satt etter avvisning %1 → %2</translation>
    </message>
    <message>
        <source>set after accept %1 → %2</source>
        <translation>satt etter godkjenning %1 → %2</translation>
    </message>
    <message>
        <source>before consent</source>
        <translation>før samtykke</translation>
    </message>
    <message>
        <source>after accept</source>
        <translation>etter godkjenning</translation>
    </message>
    <message>
        <source>after reject</source>
        <translation>etter avvisning</translation>
    </message>
    <message>
        <source>Local storage</source>
        <translation>Lokal lagring</translation>
    </message>
    <message>
        <source>Session storage</source>
        <translation>Øktlagring</translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation>Informasjonskapsel</translation>
    </message>
    <message>
        <source>the page&apos;s HTML</source>
        <translation>sidens HTML</translation>
    </message>
    <message>
        <source>a script</source>
        <translation>et skript</translation>
    </message>
    <message>
        <source>a preload</source>
        <translation>en forhåndslasting</translation>
    </message>
    <message>
        <source>a CORS preflight</source>
        <translation>en CORS-forhåndsforespørsel</translation>
    </message>
    <message>
        <source>the browser</source>
        <translation>nettleseren</translation>
    </message>
    <message>
        <source>never observed</source>
        <translation>aldri observert</translation>
    </message>
    <message>
        <source>observed in the latest scan</source>
        <translation>observert i den siste skanningen</translation>
    </message>
    <message>
        <source>no longer observed since %1 (%2)</source>
        <translation>ikke lenger observert siden %1 (%2)</translation>
    </message>
    <message>
        <source>The name is that of one tool&apos;s own cookie (built-in knowledge).</source>
        <translation>Navnet tilhører ett bestemt verktøys egen informasjonskapsel (innebygd kunnskap).</translation>
    </message>
    <message>
        <source>The name and the domain or supplier match.</source>
        <translation>Navnet og domenet eller leverandøren stemmer.</translation>
    </message>
    <message>
        <source>The name matches; the source names no domain to compare with.</source>
        <translation>Navnet stemmer; kilden oppgir ikke noe domene å sammenligne med.</translation>
    </message>
    <message>
        <source>Only the name matches, and many sites use such a short name.</source>
        <translation>Bare navnet stemmer, og mange nettsteder bruker et så kort navn.</translation>
    </message>
    <message>
        <source>Only the name matches: the source describes the cookie of %1.</source>
        <translation>Bare navnet stemmer: kilden beskriver informasjonskapselen til %1.</translation>
    </message>
    <message>
        <source>%1 (missing %2)</source>
        <translation>%1 (mangler %2)</translation>
    </message>
    <message>
        <source>Declared, never observed</source>
        <translation>Erklært, aldri observert</translation>
    </message>
    <message>
        <source>Declared, no longer observed</source>
        <translation>Erklært, ikke lenger observert</translation>
    </message>
    <message>
        <source>purpose in Bokmål</source>
        <translation>formål på bokmål</translation>
    </message>
    <message>
        <source>purpose in English</source>
        <translation>formål på engelsk</translation>
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
        <source>category</source>
        <translation>kategori</translation>
    </message>
    <message>
        <source>Findings of the cookie-policy check</source>
        <translation>Funn i kontrollen av teksten om informasjonskapsler</translation>
    </message>
    <message>
        <source>Text checked: %1. %2 of %3 declared cookies are named in it.</source>
        <translation>Kontrollert tekst: %1. %2 av %3 erklærte informasjonskapsler er nevnt i den.</translation>
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
        <source>Findings: %1</source>
        <translation>Funn: %1</translation>
    </message>
    <message>
        <source>No cookie is listed: every declared cookie is still a draft (drafts: %1). Each needs a purpose in English and Bokmål, a supplier, a retention period and a category; complete the drafts before you publish the declaration.</source>
        <translation>Ingen informasjonskapsel er oppført: alle erklærte informasjonskapsler er fortsatt utkast (utkast: %1). Hver av dem trenger et formål på engelsk og bokmål, en leverandør, en lagringstid og en kategori; fullfør utkastene før du publiserer erklæringen.</translation>
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
        <translation>S&amp;øk:</translation>
    </message>
    <message>
        <source>Name, domain, purpose or supplier</source>
        <translation>Navn, domene, formål eller leverandør</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>K&amp;ategori:</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>An&amp;gre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Gjør &amp;om</translation>
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
        <translation>Fjern fra erkl&amp;æringen</translation>
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
        <source>Chec&amp;k text</source>
        <translation>Kontro&amp;ller teksten</translation>
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
        <source>(site not named)</source>
        <translation>(nettsted ikke oppgitt)</translation>
    </message>
    <message>
        <source>No scans yet</source>
        <translation>Ingen skanninger ennå</translation>
    </message>
    <message>
        <source>Scan the website or import a HAR file to see what it sets.</source>
        <translation>Skann nettstedet eller importer en HAR-fil for å se hva det setter.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) in the scan of %1 (%2)</source>
        <translation>
            <numerusform>%n funn i skanningen fra %1 (%2)</numerusform>
            <numerusform>%n funn i skanningen fra %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>side %1</translation>
    </message>
    <message>
        <source>set by %1</source>
        <translation>satt av %1</translation>
    </message>
    <message>
        <source>initiator %1</source>
        <translation>startet av %1</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>&amp;Nettsted:</translation>
    </message>
    <message>
        <source>The inventory, findings and changes of one site: scans of different sites are never merged</source>
        <translation>Oversikten, funnene og endringene for ett nettsted: skanninger av ulike nettsteder slås aldri sammen</translation>
    </message>
    <message>
        <source>Findings of the latest scan</source>
        <translation>Funn i den siste skanningen</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Alvorlighet</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bevis</translation>
    </message>
    <message>
        <source>%1 is saved as a draft: it still needs %2.</source>
        <translation>%1 er lagret som utkast: den mangler fortsatt %2.</translation>
    </message>
    <message>
        <source>%1 is now declared with a suggestion of low confidence; check every text. %2</source>
        <translation>%1 er nå erklært med et forslag med lav sikkerhet; sjekk hver tekst. %2</translation>
    </message>
    <message>
        <source>No suggestion of high confidence to accept.</source>
        <translation>Ingen forslag med høy sikkerhet å godta.</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n confident suggestion(s)</source>
        <translation>
            <numerusform>Godta %n sikkert forslag</numerusform>
            <numerusform>Godta %n sikre forslag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s) declared with their high-confidence suggestions</source>
        <translation>
            <numerusform>%n informasjonskapsel erklært med forslaget med høy sikkerhet</numerusform>
            <numerusform>%n informasjonskapsler erklært med forslagene med høy sikkerhet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) of medium or low confidence left for you to check</source>
        <translation>
            <numerusform>%n forslag med middels eller lav sikkerhet er igjen for deg å sjekke</numerusform>
            <numerusform>%n forslag med middels eller lav sikkerhet er igjen for deg å sjekke</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 declared and observed · %2 declared, no longer observed · %3 declared, never observed · %4 observed, undeclared · %5 with differences</source>
        <translation>%1 erklært og observert · %2 erklært, ikke lenger observert · %3 erklært, aldri observert · %4 observert, ikke erklært · %5 avviker</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s), left out of the published declaration</source>
        <translation>
            <numerusform>%n utkast, utelatt fra den publiserte erklæringen</numerusform>
            <numerusform>%n utkast, utelatt fra den publiserte erklæringen</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the findings of the policy check</source>
        <translation>Eksporter funnene i tekstkontrollen</translation>
    </message>
    <message>
        <source>policy-findings</source>
        <translation>funn-i-personverntekst</translation>
    </message>
    <message>
        <source>CSV (*.csv);;HTML (*.html)</source>
        <translation>CSV (*.csv);;HTML (*.html)</translation>
    </message>
    <message>
        <source>Check a policy text first.</source>
        <translation>Kontroller en tekst først.</translation>
    </message>
    <message>
        <source>Export the findings as .csv or .html.</source>
        <translation>Eksporter funnene som .csv eller .html.</translation>
    </message>
    <message>
        <source>the text in the Cookies area</source>
        <translation>teksten i området Informasjonskapsler</translation>
    </message>
    <message>
        <source>Findings written to %1</source>
        <translation>Funnene er skrevet til %1</translation>
    </message>
    <message>
        <source>Click to select the passage in the text</source>
        <translation>Klikk for å markere stedet i teksten</translation>
    </message>
    <message>
        <source>No cookie is declared, so the declaration would list none. Export an empty declaration anyway?</source>
        <translation>Ingen informasjonskapsler er erklært, så erklæringen ville ikke vise noen. Vil du likevel eksportere en tom erklæring?</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) are drafts and are left out of the published declaration:</source>
        <translation>
            <numerusform>%n oppføring er et utkast og utelates fra den publiserte erklæringen:</numerusform>
            <numerusform>%n oppføringer er utkast og utelates fra den publiserte erklæringen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Complete them first (filter the status by &quot;Drafts&quot;), or export without them?</source>
        <translation>Fullfør dem først (filtrer statusen på «Utkast»), eller eksporter uten dem?</translation>
    </message>
    <message>
        <source>&amp;Export anyway</source>
        <translation>&amp;Eksporter likevel</translation>
    </message>
    <message numerus="yes">
        <source>Declaration written to %1 without %n draft(s)</source>
        <translation>
            <numerusform>Erklæringen er skrevet til %1 uten %n utkast</numerusform>
            <numerusform>Erklæringen er skrevet til %1 uten %n utkast</numerusform>
        </translation>
    </message>
    <message>
        <source>Drafts (incomplete entries)</source>
        <translation>Utkast (ufullstendige oppføringer)</translation>
    </message>
    <message>
        <source>Mor&amp;e</source>
        <translation>&amp;Mer</translation>
    </message>
    <message>
        <source>Accept &amp;confident suggestions</source>
        <translation>Godta &amp;sikre forslag</translation>
    </message>
    <message>
        <source>Declares every observed cookie whose suggestion has high confidence (name and domain or supplier match); medium and low ones are left for you to check</source>
        <translation>Erklærer hver observerte informasjonskapsel med et forslag med høy sikkerhet (navn og domene eller leverandør stemmer); forslag med middels og lav sikkerhet er igjen for deg å sjekke</translation>
    </message>
    <message>
        <source>Writes the findings as CSV or HTML</source>
        <translation>Skriver funnene som CSV eller HTML</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Nettsted</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Søk</translation>
    </message>
    <message>
        <source>Shows only the cookies whose name, domain, purpose or supplier contains the text</source>
        <translation>Viser bare informasjonskapslene der navn, domene, formål eller leverandør inneholder teksten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Shows only the cookies with this status</source>
        <translation>Viser bare informasjonskapslene med denne statusen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Shows only the cookies of this category</source>
        <translation>Viser bare informasjonskapslene i denne kategorien</translation>
    </message>
    <message>
        <source>Language of the declaration</source>
        <translation>Erklæringens språk</translation>
    </message>
    <message>
        <source>One row per cookie; its status says whether it is declared and observed. Type or press F2 to edit a cell, Ctrl+Enter declares the chosen cookie, Delete removes it from the declaration</source>
        <translation>Én rad per informasjonskapsel; statusen sier om den er erklært og observert. Skriv eller trykk F2 for å redigere en celle, Ctrl+Enter erklærer den valgte informasjonskapselen, Del-tasten fjerner den fra erklæringen</translation>
    </message>
    <message>
        <source>Scan results and policy check</source>
        <translation>Skanneresultater og kontroll av teksten</translation>
    </message>
    <message>
        <source>Findings of the policy check</source>
        <translation>Funn i kontrollen av teksten</translation>
    </message>
    <message>
        <source>Choosing a finding selects its passage in the text</source>
        <translation>Når du velger et funn, merkes stedet i teksten</translation>
    </message>
    <message>
        <source>Find a cookie</source>
        <translation>Finn en informasjonskapsel</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gjør om</translation>
    </message>
    <message>
        <source>Declare the chosen cookie, or accept its suggestion</source>
        <translation>Erklær den valgte informasjonskapselen, eller godta forslaget</translation>
    </message>
    <message>
        <source>Remove the chosen cookie from the declaration</source>
        <translation>Fjern den valgte informasjonskapselen fra erklæringen</translation>
    </message>
    <message>
        <source>Import sca&amp;n…</source>
        <translation>Importer s&amp;kanning …</translation>
    </message>
    <message>
        <source>E&amp;xport HTML…</source>
        <extracomment>the underlined letters are unique among the area&apos;s controls and the menu bar&apos;s titles</extracomment>
        <translation>Ekspo&amp;rter HTML …</translation>
    </message>
    <message>
        <source>Export Markdo&amp;wn…</source>
        <translation>Eksporter Mark&amp;down …</translation>
    </message>
    <message>
        <source>Exp&amp;ort CSV…</source>
        <translation>Eksporter &amp;CSV …</translation>
    </message>
    <message>
        <source>Paste the website&apos;s cookie polic&amp;y here or load it from a file, then check it against the Electronic Communications Act in force since 1 January 2025 and against the inventory.</source>
        <translation>Lim inn nettstedets tekst om informas&amp;jonskapsler her eller last den inn fra en fil, og kontroller den mot ekomloven som gjelder fra 1. januar 2025 og mot oversikten.</translation>
    </message>
    <message>
        <source>Load file…</source>
        <translation>Last inn fil …</translation>
    </message>
    <message>
        <source>Export findin&amp;gs…</source>
        <translation>Ekspor&amp;ter funn …</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted field that starts on line %1 is never closed</source>
        <translation>et felt i anførselstegn som starter på linje %1, blir aldri lukket</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote; quotes inside a field must be doubled</source>
        <translation>uventet tekst etter et avsluttende anførselstegn; anførselstegn inne i et felt må dobles</translation>
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
    <name>FirefoxCookiesImporter</name>
    <message>
        <source>Firefox cookie store (cookies.sqlite)</source>
        <translation>Firefox sitt lager av informasjonskapsler (cookies.sqlite)</translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation>importen ble avbrutt</translation>
    </message>
    <message>
        <source>cookie without a name</source>
        <translation>informasjonskapsel uten navn</translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s) read from the browser&apos;s store</source>
        <translation>
            <numerusform>%n informasjonskapsel lest fra nettleserens lager</numerusform>
            <numerusform>%n informasjonskapsler lest fra nettleserens lager</numerusform>
        </translation>
    </message>
    <message>
        <source>this is not a Firefox cookie store: it has no moz_cookies table</source>
        <translation>dette er ikke Firefox sitt lager av informasjonskapsler: det har ingen moz_cookies-tabell</translation>
    </message>
    <message>
        <source>moz_cookies in this file is a view, not a table; Firefox never writes one</source>
        <translation>moz_cookies i denne filen er en visning (view), ikke en tabell; Firefox skriver aldri noe slikt</translation>
    </message>
    <message>
        <source>moz_cookies in this file is a virtual or internal table, not a plain one; Firefox never writes one</source>
        <translation>moz_cookies i denne filen er en virtuell eller intern tabell, ikke en vanlig tabell; Firefox skriver aldri noe slikt</translation>
    </message>
    <message>
        <source>this is not a Firefox cookie store: moz_cookies has no &quot;%1&quot; column</source>
        <translation>dette er ikke Firefox sitt lager av informasjonskapsler: moz_cookies har ingen kolonne «%1»</translation>
    </message>
    <message>
        <source>moz_cookies holds %L1 rows; a browser keeps a few thousand cookies, and Kapsel reads at most %L2</source>
        <translation>moz_cookies har %L1 rader; en nettleser tar vare på noen tusen informasjonskapsler, og Kapsel leser høyst %L2</translation>
    </message>
    <message>
        <source>cookie with an expiry date after the year 9999</source>
        <translation>informasjonskapsel som utløper etter år 9999</translation>
    </message>
</context>
<context>
    <name>ForeignSqliteReader</name>
    <message>
        <source>a database file can only be read from disk</source>
        <translation>en databasefil kan bare leses fra disk</translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation>importen ble avbrutt</translation>
    </message>
    <message>
        <source>reading this database needs far more work than a browser&apos;s file; it was stopped after %L1 steps</source>
        <translation>å lese denne databasen krever langt mer arbeid enn en nettleserfil; lesingen ble stanset etter %L1 steg</translation>
    </message>
    <message>
        <source>this is not an SQLite database, or it is encrypted</source>
        <translation>dette er ikke en SQLite-database, eller den er kryptert</translation>
    </message>
    <message>
        <source>the database file is damaged; copy it again from the browser&apos;s profile</source>
        <translation>databasefilen er skadet; kopier den på nytt fra nettleserens profil</translation>
    </message>
    <message>
        <source>the database holds a value larger than %L1 KiB, which no browser writes</source>
        <translation>databasen har en verdi større enn %L1 KiB, noe ingen nettleser skriver</translation>
    </message>
    <message>
        <source>there is not enough memory to read the database</source>
        <translation>det er ikke nok minne til å lese databasen</translation>
    </message>
    <message>
        <source>the database file cannot be read; check that it exists and that you may read it</source>
        <translation>databasefilen kan ikke leses; sjekk at den finnes og at du har lov til å lese den</translation>
    </message>
    <message>
        <source>the database cannot be read by this version of Kapsel (SQLite code %1)</source>
        <extracomment>%1 is SQLite&apos;s numeric result code, for a bug report</extracomment>
        <translation>databasen kan ikke leses av denne versjonen av Kapsel (SQLite-kode %1)</translation>
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
    <message>
        <source>event without user_pseudo_id or ga_session_id (consent mode): counted, not attributable to a session</source>
        <translation>hendelse uten user_pseudo_id eller ga_session_id (samtykkemodus): telt, men kan ikke knyttes til en økt</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) without user_pseudo_id or ga_session_id (consent mode) are counted but belong to no session; GA4 models them, Kapsel does not.</source>
        <translation>
            <numerusform>%n hendelse uten user_pseudo_id eller ga_session_id (samtykkemodus) er telt, men hører ikke til noen økt; GA4 modellerer slike, Kapsel gjør ikke det.</numerusform>
            <numerusform>%n hendelser uten user_pseudo_id eller ga_session_id (samtykkemodus) er telt, men hører ikke til noen økt; GA4 modellerer slike, Kapsel gjør ikke det.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write temporary data to %1: %2</source>
        <translation>kan ikke skrive midlertidige data til %1: %2</translation>
    </message>
    <message>
        <source>cannot read temporary data from %1: %2</source>
        <translation>kan ikke lese midlertidige data fra %1: %2</translation>
    </message>
    <message>
        <source>the file is incomplete</source>
        <translation>filen er ufullstendig</translation>
    </message>
    <message numerus="yes">
        <source>The file holds %n session(s) from %1 to %2 (GA4 event dates).</source>
        <translation>
            <numerusform>Filen inneholder %n økt fra %1 til %2 (GA4-hendelsesdatoer).</numerusform>
            <numerusform>Filen inneholder %n økter fra %1 til %2 (GA4-hendelsesdatoer).</numerusform>
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
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>When (%1)</source>
        <translation>Når (%1)</translation>
    </message>
</context>
<context>
    <name>ImportRemoval</name>
    <message>
        <source>sessions of this file and of another import were joined into one (a GA4 session that goes on from one file into the next), so its figures cannot be taken out alone; Kapsel leaves it in place</source>
        <translation>økter fra denne filen og fra en annen import ble slått sammen til én (en GA4-økt som fortsetter fra én fil til den neste), så tallene fra filen kan ikke tas ut alene; Kapsel lar importen stå</translation>
    </message>
    <message>
        <source>there is no import #%1 in this workspace (kapsel-cli history lists them)</source>
        <translation>det finnes ingen import #%1 i dette arbeidsområdet (kapsel-cli history viser dem)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln økt</numerusform>
            <numerusform>%Ln økter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln report figure(s)</source>
        <translation>
            <numerusform>%Ln rapporttall</numerusform>
            <numerusform>%Ln rapporttall</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cookie scan(s)</source>
        <translation>
            <numerusform>%Ln skanning av informasjonskapsler</numerusform>
            <numerusform>%Ln skanninger av informasjonskapsler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cookie observation(s)</source>
        <translation>
            <numerusform>%Ln observert informasjonskapsel</numerusform>
            <numerusform>%Ln observerte informasjonskapsler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln scan event(s)</source>
        <translation>
            <numerusform>%Ln skannehendelse</numerusform>
            <numerusform>%Ln skannehendelser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln knowledge base entry(ies)</source>
        <translation>
            <numerusform>%Ln oppføring i kunnskapsbasen</numerusform>
            <numerusform>%Ln oppføringer i kunnskapsbasen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln declared cookie(s) that nobody has edited since</source>
        <translation>
            <numerusform>%Ln erklært informasjonskapsel som ingen har redigert siden</numerusform>
            <numerusform>%Ln erklærte informasjonskapsler som ingen har redigert siden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversation(s)</source>
        <translation>
            <numerusform>%Ln samtale</numerusform>
            <numerusform>%Ln samtaler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln melding</numerusform>
            <numerusform>%Ln meldinger</numerusform>
        </translation>
    </message>
    <message>
        <source>no stored rows (only the history entry)</source>
        <translation>ingen lagrede rader (bare oppføringen i historikken)</translation>
    </message>
    <message>
        <source>Declared cookies you have edited since stay in the declaration, as you wrote them.</source>
        <translation>Erklærte informasjonskapsler du har redigert siden, blir stående i erklæringen slik du skrev dem.</translation>
    </message>
    <message>
        <source>The chat audit log keeps a line saying who removed this file and when (counts only, no text).</source>
        <translation>Revisjonsloggen for chatter beholder en linje om hvem som fjernet filen og når (bare antall, ingen tekst).</translation>
    </message>
    <message>
        <source>Remove the import of %1 (imported %2 %3 by %4)?</source>
        <translation>Fjerne importen av %1 (importert %2 %3 av %4)?</translation>
    </message>
    <message>
        <source>This removes from the workspace:</source>
        <translation>Dette fjernes fra arbeidsområdet:</translation>
    </message>
    <message>
        <source>• its entry in the import history</source>
        <translation>• oppføringen i importhistorikken</translation>
    </message>
    <message>
        <source>%1 (import #%2 of %3 %4 by %5)</source>
        <translation>%1 (import #%2 fra %3 %4 av %5)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) of this file are also in %1, whose import left them out as already stored; removing this import would take them from that file too. Kapsel leaves it in place: remove the later import first if both are to go</source>
        <translation>
            <numerusform>%Ln økt fra denne filen finnes også i %1, der importen utelot den fordi den allerede var lagret; å fjerne denne importen ville ta den fra den filen også. Kapsel lar den stå: fjern den senere importen først hvis begge skal bort</numerusform>
            <numerusform>%Ln økter fra denne filen finnes også i %1, der importen utelot dem fordi de allerede var lagret; å fjerne denne importen ville ta dem fra den filen også. Kapsel lar den stå: fjern den senere importen først hvis begge skal bort</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled; nothing was removed</source>
        <translation>avbrutt; ingenting ble fjernet</translation>
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
    <message>
        <source>The retention period could not be applied: %1</source>
        <translation>Lagringstiden kunne ikke brukes: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) past the retention period deleted.</source>
        <translation>
            <numerusform>%n samtale eldre enn lagringstiden slettet.</numerusform>
            <numerusform>%n samtaler eldre enn lagringstiden slettet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImporterRegistry</name>
    <message>
        <source>The file was read as %1, but it looks almost as much like %2 (%3 against %4 points); if the figures look wrong, import it again with the other format chosen.</source>
        <translation>Filen ble lest som %1, men den ligner nesten like mye på %2 (%3 mot %4 poeng); hvis tallene ser feil ut, importer den på nytt med det andre formatet valgt.</translation>
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
    <message>
        <source>Open this workspace: a file, or a team workspace&apos;s address (postgresql://user@server/database).</source>
        <translation>Åpne dette arbeidsområdet: en fil, eller adressen til et teamarbeidsområde (postgresql://bruker@tjener/database).</translation>
    </message>
    <message>
        <source>LANG</source>
        <comment>placeholder on the command line</comment>
        <translation>SPRÅK</translation>
    </message>
    <message>
        <source>PATH|URI</source>
        <comment>placeholder on the command line</comment>
        <translation>STI|URI</translation>
    </message>
    <message>
        <source>AREA</source>
        <comment>placeholder on the command line</comment>
        <translation>OMRÅDE</translation>
    </message>
    <message>
        <source>FILE</source>
        <comment>placeholder on the command line</comment>
        <translation>FIL</translation>
    </message>
    <message>
        <source>WxH</source>
        <comment>placeholder on the command line</comment>
        <translation>BxH</translation>
    </message>
    <message>
        <source>A workspace (.kapsel) to open, or files to import into the current workspace.</source>
        <translation>Et arbeidsområde (.kapsel) som skal åpnes, eller filer som skal importeres til det gjeldende arbeidsområdet.</translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <comment>placeholder on the command line</comment>
        <translation>[FIL …]</translation>
    </message>
</context>
<context>
    <name>KapselCli</name>
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
        <translation>Bruk: kapsel-cli [--db STI|URI] [--lang nb|en] KOMMANDO [valg]

Kapsel: besøksstatistikk, oversikt over informasjonskapsler og personvern i chat for ett nettsted.

Felles valg:
  --db STI        arbeidsområdefil (standard: det gjeldende arbeidsområdet i programmet, %1)
  --db URI        teamarbeidsområde på PostgreSQL, f.eks. postgresql://bruker@tjener/kapsel;
                  passordet kommer fra ~/.pgpass eller PGPASSWORD
  --lang nb|en    språk for meldinger, tall og datoer
  -h, --help      vis denne hjelpen; KOMMANDO --help viser valgene for en kommando
  -v, --version   vis versjonen

Kommandoer:
</translation>
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
        <translation>
Utdata:
  Kommandoer som lister, tar --format table|csv|json og --output FIL (skrives helt eller ikke
  i det hele tatt). Tabeller følger --lang; CSV har ISO-datoer og rene tall; JSON er et objekt
  der medlemmet «schema» navngir det versjonerte skjemaet, f.eks. kapsel/visitors/1, beskrevet
  i docs/cli-json.md. Resultater går til standard utdata, feil og fremdrift til standard feilutdata.

Avslutningskoder:
  0  vellykket
  1  feil i data eller inndata: en fil eller et arbeidsområde som ikke kan leses eller skrives,
     en avvist import (arbeidsområdet er uendret)
  2  bruksfeil: en ukjent kommando, et ukjent valg eller en ukjent verdi
  3  vellykket med funn: cookies findings, scan og policy-check fant noe, eller cookies --strict
     avviste en tom eller ufullstendig erklæring
</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <source>Every command is also in a menu or reachable with Tab; underlined letters in the menus and on buttons work with Alt. Commands of an area work while it has the focus.</source>
        <translation>Alle kommandoer finnes også i en meny eller nås med Tab; understrekede bokstaver i menyene og på knappene virker sammen med Alt. Kommandoene i et område virker mens området har fokus.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Kommando</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
</context>
<context>
    <name>LiveScanImport</name>
    <message>
        <source>Live scan</source>
        <translation>Direkte skanning</translation>
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
        <source>About Kapsel</source>
        <translation>Om Kapsel</translation>
    </message>
    <message>
        <source>Workspace time zone</source>
        <translation>Tidssone for arbeidsområdet</translation>
    </message>
    <message>
        <source>Times written without an offset in the files you import are read in this zone, and days, weeks and months are counted in it. Files imported earlier keep their days.

Time zone:</source>
        <translation>Tidspunkter som står uten tidsforskyvning i filene du importerer, leses i denne sonen, og dager, uker og måneder telles i den. Filer som er importert før, beholder dagene sine.

Tidssone:</translation>
    </message>
    <message>
        <source>Time zone set to %1; files imported from now on are read in it.</source>
        <translation>Tidssonen er satt til %1; filer som importeres fra nå av, leses i den.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kapsel %1&lt;/h3&gt;&lt;p&gt;Visitor statistics, cookie inventory and chat privacy for one website, offline, in Norwegian Bokmål and English.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 (LGPL-3.0; Qt Charts GPL-3.0)&lt;/li&gt;&lt;li&gt;%3 (SQLite: public domain; libpq: PostgreSQL Licence)&lt;/li&gt;&lt;li&gt;OpenSSL %4, for SHA-256 (Apache-2.0)&lt;/li&gt;&lt;li&gt;libpsl %5 with the Public Suffix List, for the sites cookies belong to (MIT; the list: MPL-2.0)&lt;/li&gt;&lt;li&gt;Open Cookie Database, when imported (Apache-2.0)&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Kapsel %1&lt;/h3&gt;&lt;p&gt;Besøksstatistikk, oversikt over informasjonskapsler og personvern i chat for ett nettsted, uten nett, på norsk bokmål og engelsk.&lt;/p&gt;&lt;p&gt;Lisens: GPL-3.0-or-later.&lt;/p&gt;&lt;p&gt;Bygget med:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 (LGPL-3.0; Qt Charts GPL-3.0)&lt;/li&gt;&lt;li&gt;%3 (SQLite: fritt tilgjengelig, «public domain»; libpq: PostgreSQL-lisensen)&lt;/li&gt;&lt;li&gt;OpenSSL %4, for SHA-256 (Apache-2.0)&lt;/li&gt;&lt;li&gt;libpsl %5 med Public Suffix List, for nettstedene informasjonskapslene hører til (MIT; listen: MPL-2.0)&lt;/li&gt;&lt;li&gt;Open Cookie Database, når den importeres (Apache-2.0)&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Open &amp;team workspace (PostgreSQL)…</source>
        <translation>Åpne &amp;teamarbeidsområde (PostgreSQL) …</translation>
    </message>
    <message>
        <source>You have no access to %1 in this team workspace. Its owner can give you access with kapsel-cli access grant.</source>
        <translation>Du har ikke tilgang til %1 i dette teamarbeidsområdet. Eieren kan gi deg tilgang med kapsel-cli access grant.</translation>
    </message>
    <message numerus="yes">
        <source>%1 imported %2 into %3 (%Ln rows stored).</source>
        <translation>
            <numerusform>%1 importerte %2 til %3 (%Ln rad lagret).</numerusform>
            <numerusform>%1 importerte %2 til %3 (%Ln rader lagret).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scan of %1 kept as import #%2: %Ln item(s) in %3 choice(s)</source>
        <translation>
            <numerusform>Skanningen av %1 er lagret som import nr. %2: %Ln element i %3 valg</numerusform>
            <numerusform>Skanningen av %1 er lagret som import nr. %2: %Ln elementer i %3 valg</numerusform>
        </translation>
    </message>
    <message>
        <source>The scan was cancelled; nothing was stored.</source>
        <translation>Skanningen ble avbrutt; ingenting ble lagret.</translation>
    </message>
    <message>
        <source>Scan website</source>
        <translation>Skann nettsted</translation>
    </message>
    <message>
        <source>&amp;Cookies</source>
        <translation>&amp;Informasjonskapsler</translation>
    </message>
    <message>
        <source>Scan &amp;website…</source>
        <translation>Skann &amp;nettsted …</translation>
    </message>
    <message>
        <source>Scan a website with chromium: what it sets before the visitor chooses, after accept and after reject</source>
        <translation>Skann et nettsted med chromium: hva det setter før den besøkende velger, etter godta og etter avvis</translation>
    </message>
    <message>
        <source>Starting the browser…</source>
        <translation>Starter nettleseren …</translation>
    </message>
    <message>
        <source>No workspace there</source>
        <translation>Ikke noe arbeidsområde der</translation>
    </message>
    <message>
        <source>There is no workspace at %1. It may have been moved or renamed, or the name may be mistyped.

Create a new, empty workspace there?</source>
        <translation>Det finnes ikke noe arbeidsområde i %1. Det kan være flyttet eller har fått nytt navn, eller navnet kan være skrevet feil.

Vil du opprette et nytt, tomt arbeidsområde der?</translation>
    </message>
    <message>
        <source>Not opened: there is no workspace at %1.</source>
        <translation>Ikke åpnet: det finnes ikke noe arbeidsområde i %1.</translation>
    </message>
    <message>
        <source>&amp;Remove import…</source>
        <translation>&amp;Fjern import …</translation>
    </message>
    <message>
        <source>Remove the import chosen in the import history and everything it added, after a confirmation naming what goes</source>
        <translation>Fjern importen som er valgt i importhistorikken, og alt den la til, etter en bekreftelse som sier hva som fjernes</translation>
    </message>
    <message>
        <source>Choose the import to remove in the import history.</source>
        <translation>Velg importen som skal fjernes, i importhistorikken.</translation>
    </message>
    <message>
        <source>An import is running; remove the other import when it is done.</source>
        <translation>En import pågår; fjern den andre importen når den er ferdig.</translation>
    </message>
    <message>
        <source>Remove import</source>
        <translation>Fjern import</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Removed the import of %1: %2</source>
        <translation>Fjernet importen av %1: %2</translation>
    </message>
    <message>
        <source>&amp;Visitors</source>
        <extracomment>View menu: switch to an area; the underlined letters are unique in the menu</extracomment>
        <translation>&amp;Besøk</translation>
    </message>
    <message>
        <source>C&amp;hats</source>
        <translation>&amp;Chatter</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Områder</translation>
    </message>
    <message>
        <source>Chooses the area shown beside it; Ctrl+1, Ctrl+2 and Ctrl+3 do the same</source>
        <translation>Velger området som vises ved siden av; Ctrl+1, Ctrl+2 og Ctrl+3 gjør det samme</translation>
    </message>
    <message>
        <source>One row per imported file; Delete removes the chosen import after a confirmation</source>
        <translation>Én rad per importert fil; Del-tasten fjerner den valgte importen etter en bekreftelse</translation>
    </message>
    <message>
        <source>Open r&amp;ecent</source>
        <translation>Åpne n&amp;ylig brukt</translation>
    </message>
    <message>
        <source>Workspace time &amp;zone…</source>
        <translation>Tids&amp;sone for arbeidsområdet…</translation>
    </message>
    <message>
        <source>&amp;Import history</source>
        <translation>Import&amp;historikk</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>Read every area and the import history again from the workspace</source>
        <translation>Les alle områdene og importhistorikken på nytt fra arbeidsområdet</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Hurtigtaster</translation>
    </message>
    <message>
        <source>Compliance report</source>
        <translation>Personvernrapport</translation>
    </message>
    <message>
        <source>Compliance re&amp;port…</source>
        <translation>Personvern&amp;rapport …</translation>
    </message>
    <message>
        <source>One dated document with the cookie declaration and scans, the policy check, visitor statistics and consent, chat privacy, the record of processing and the import history</source>
        <translation>Ett datert dokument med informasjonskapselerklæringen og skanningene, kontrollen av personvernteksten, besøksstatistikk og samtykke, personvern i chat, behandlingsprotokollen og importhistorikken</translation>
    </message>
    <message>
        <source>Removal cancelled; nothing was removed.</source>
        <translation>Fjerningen ble avbrutt; ingenting ble fjernet.</translation>
    </message>
    <message>
        <source>%1 removed the import of %2 from %3.</source>
        <translation>%1 fjernet importen av %2 fra %3.</translation>
    </message>
    <message>
        <source>Counting what the import of %1 holds…</source>
        <translation>Teller hva importen av %1 inneholder …</translation>
    </message>
    <message>
        <source>Removing the import of %1…</source>
        <translation>Fjerner importen av %1 …</translation>
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
        <translation>denne filen er ikke et Kapsel-arbeidsområde (den er ikke en SQLite-database)</translation>
    </message>
    <message>
        <source>this workspace was written by a newer Kapsel (schema %1; this version knows up to %2); update Kapsel to open it</source>
        <translation>dette arbeidsområdet er skrevet av en nyere Kapsel (skjema %1; denne versjonen kjenner til og med %2); oppdater Kapsel for å åpne det</translation>
    </message>
    <message>
        <source>could not convert the stored visitor sessions: %1</source>
        <translation>kunne ikke gjøre om de lagrede besøkene: %1</translation>
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
    <name>PgAccess</name>
    <message>
        <source>there is no role &quot;%1&quot; on this server; create it first (CREATE ROLE ... LOGIN)</source>
        <translation>det finnes ingen rolle «%1» på denne tjeneren; opprett den først (CREATE ROLE ... LOGIN)</translation>
    </message>
    <message>
        <source>only the workspace&apos;s owner, with the right to create roles, can change who has access</source>
        <translation>bare eieren av arbeidsområdet, med rett til å opprette roller, kan endre hvem som har tilgang</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>you have no access to this part of the team workspace; ask its owner for access</source>
        <translation>du har ikke tilgang til denne delen av teamarbeidsområdet; be eieren om tilgang</translation>
    </message>
    <message>
        <source>the team workspace is busy with another change; try again in a moment</source>
        <translation>teamarbeidsområdet er opptatt med en annen endring; prøv igjen om litt</translation>
    </message>
    <message>
        <source>the operation on the team workspace was cancelled</source>
        <translation>operasjonen på teamarbeidsområdet ble avbrutt</translation>
    </message>
    <message>
        <source>the team workspace&apos;s server is out of disk space; nothing was changed</source>
        <translation>serveren til teamarbeidsområdet er tom for diskplass; ingenting ble endret</translation>
    </message>
    <message>
        <source>the team workspace&apos;s server is short of resources; try again later</source>
        <translation>serveren til teamarbeidsområdet har for lite ressurser; prøv igjen senere</translation>
    </message>
    <message>
        <source>the connection to the team workspace&apos;s server was lost; nothing was changed</source>
        <translation>forbindelsen til serveren for teamarbeidsområdet ble brutt; ingenting ble endret</translation>
    </message>
    <message>
        <source>the server refused the login; check the user name and the password in ~/.pgpass</source>
        <translation>serveren avviste innloggingen; kontroller brukernavnet og passordet i ~/.pgpass</translation>
    </message>
    <message>
        <source>the team workspace could not carry out the change (internal error %1 in Kapsel; nothing was changed)</source>
        <extracomment>%1 is PostgreSQL&apos;s SQLSTATE code, for a bug report</extracomment>
        <translation>teamarbeidsområdet kunne ikke utføre endringen (intern feil %1 i Kapsel; ingenting ble endret)</translation>
    </message>
    <message>
        <source>(a PostgreSQL address that cannot be read)</source>
        <translation>(en PostgreSQL-adresse som ikke kan leses)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL address; it starts with postgresql://</source>
        <translation>«%1» er ikke en PostgreSQL-adresse; den begynner med postgresql://</translation>
    </message>
    <message>
        <source>cannot connect to PostgreSQL: not enough memory</source>
        <translation>kan ikke koble til PostgreSQL: ikke nok minne</translation>
    </message>
    <message>
        <source>cannot connect to the team workspace %1: %2</source>
        <translation>kan ikke koble til teamarbeidsområdet %1: %2</translation>
    </message>
    <message>
        <source>the PostgreSQL server %1 cannot exchange UTF-8 text</source>
        <translation>PostgreSQL-serveren %1 kan ikke utveksle UTF-8-tekst</translation>
    </message>
</context>
<context>
    <name>PgImportLedger</name>
    <message>
        <source>this content was imported by someone else a moment ago; it is not counted twice</source>
        <translation>dette innholdet ble nettopp importert av noen andre; det telles ikke to ganger</translation>
    </message>
    <message>
        <source>there is no import #%1 in this workspace</source>
        <translation>det finnes ingen import #%1 i dette arbeidsområdet</translation>
    </message>
</context>
<context>
    <name>PgSchema</name>
    <message>
        <source>the schema file %1 is missing from this Kapsel</source>
        <translation>skjemafilen %1 mangler i denne Kapsel-versjonen</translation>
    </message>
    <message>
        <source>this team workspace was made by a newer Kapsel (schema %1, this Kapsel knows up to %2); update Kapsel to open it</source>
        <translation>dette teamarbeidsområdet ble laget av en nyere Kapsel (skjema %1, denne Kapsel kjenner opp til %2); oppdater Kapsel for å åpne det</translation>
    </message>
</context>
<context>
    <name>PgVisitorStore</name>
    <message>
        <source>the stored sessions of import #%1 are damaged</source>
        <translation>de lagrede øktene i import nr. %1 er skadet</translation>
    </message>
</context>
<context>
    <name>PgWorkspace</name>
    <message>
        <source>this database holds no Kapsel workspace of this version; create or upgrade it with kapsel-cli --db URI workspace init</source>
        <translation>denne databasen har ikke et Kapsel-arbeidsområde av denne versjonen; opprett eller oppgrader det med kapsel-cli --db URI workspace init</translation>
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
        <source>Daily visits from %1 to %2.</source>
        <translation>Besøk per dag fra %1 til %2.</translation>
    </message>
    <message>
        <source>Weekly visits from %1 to %2: the export has one row per week, so these figures are shown by week, not per day, nor in a month the week crosses.</source>
        <translation>Besøk per uke fra %1 til %2: eksporten har én rad per uke, så disse tallene vises per uke, ikke per dag, og heller ikke i en måned uken krysser.</translation>
    </message>
    <message>
        <source>Monthly visits from %1 to %2: the export has one row per month (as Plausible writes for six months or more), so these figures are shown by month only, not per day or week.</source>
        <translation>Besøk per måned fra %1 til %2: eksporten har én rad per måned (slik Plausible skriver for seks måneder eller mer), så disse tallene vises bare per måned, ikke per dag eller uke.</translation>
    </message>
    <message>
        <source>Plausible is cookieless, so it has no first-time or returning figure.</source>
        <translation>Plausible bruker ikke informasjonskapsler og har derfor ingen tall for førstegangs- eller tilbakevendende besøk.</translation>
    </message>
    <message>
        <source>The month starting %1 was still running when the export was taken: its figures are stored as covering %1 to %2 only, a partial month.</source>
        <translation>Måneden som starter %1, var ikke over da eksporten ble tatt: tallene er lagret som om de bare dekker %1 til %2, en delvis måned.</translation>
    </message>
    <message>
        <source>The week starting %1 was still running when the export was taken: its figures are stored as covering %1 to %2 only, a partial week.</source>
        <translation>Uken som starter %1, var ikke over da eksporten ble tatt: tallene er lagret som om de bare dekker %1 til %2, en delvis uke.</translation>
    </message>
</context>
<context>
    <name>PlausibleValues</name>
    <message>
        <source>time or date before 1990-01-01 or after the day of the import; no export holds it, so the row was not stored</source>
        <translation>tidspunkt eller dato før 1990-01-01 eller etter importdagen; ingen eksport inneholder det, så raden ble ikke lagret</translation>
    </message>
    <message>
        <source>count that is negative, not a number or 1,000,000,000 or more; the row was not stored</source>
        <translation>antall som er negativt, ikke et tall eller 1 000 000 000 eller mer; raden ble ikke lagret</translation>
    </message>
    <message>
        <source>duration that is negative or longer than any visit can last; the row was not stored</source>
        <translation>varighet som er negativ eller lengre enn noe besøk kan vare; raden ble ikke lagret</translation>
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
    <message>
        <source>of which identity numbers: %1 (%2)</source>
        <translation>av dem fødselsnumre: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Redactor</name>
    <message>
        <source>not valid UTF-8 text (byte 0x%1); the file must be saved as UTF-8</source>
        <translation>ikke gyldig UTF-8-tekst (byte 0x%1); filen må være lagret som UTF-8</translation>
    </message>
    <message>
        <source>the file ends inside a UTF-8 character</source>
        <translation>filen slutter midt i et UTF-8-tegn</translation>
    </message>
</context>
<context>
    <name>ReportLayout</name>
    <message>
        <source>Document id</source>
        <translation>Dokument-ID</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Innhold</translation>
    </message>
    <message>
        <source>Not filled in</source>
        <translation>Ikke fylt ut</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>alle datoer</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle nettsteder</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Kilde: %1</translation>
    </message>
    <message>
        <source>Source: %1, %2</source>
        <extracomment>The source of a section&apos;s evidence and when it was taken</extracomment>
        <translation>Kilde: %1, %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 av %2</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeidsområde</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Nettsteder</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Laget</translation>
    </message>
    <message>
        <source>The chart&apos;s figures as a table</source>
        <translation>Diagrammets tall som tabell</translation>
    </message>
    <message>
        <source>%1 at %2 %3</source>
        <extracomment>The date and time a report was made or its evidence taken, e.g. &quot;3 December 2026 at 18:55 CET&quot;</extracomment>
        <translation>%1 kl. %2 %3</translation>
    </message>
</context>
<context>
    <name>ReportMaker</name>
    <message>
        <source>cancelled: no report was written</source>
        <translation>avbrutt: ingen rapport ble skrevet</translation>
    </message>
    <message>
        <source>Reading the workspace for the report…</source>
        <translation>Leser arbeidsområdet for rapporten …</translation>
    </message>
    <message>
        <source>Laying out the report…</source>
        <translation>Setter opp rapporten …</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Skriver %1 …</translation>
    </message>
    <message>
        <source>the workspace cannot keep the record of this report, so the report was not written: %1</source>
        <translation>arbeidsområdet kan ikke ta vare på opplysningene om denne rapporten, så rapporten ble ikke skrevet: %1</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>kan ikke skrive filen: %1</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Ferdig.</translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <source>[removed]</source>
        <translation>[fjernet]</translation>
    </message>
    <message>
        <source>Norwegian identity number (R3): 11 digits with valid check digits (fødselsnummer, D-, H-, FH- or synthetic test number), removed even when split by spaces, punctuation or line breaks.</source>
        <translation>Norsk identitetsnummer (R3): 11 sifre med gyldige kontrollsifre (fødselsnummer, D-, H-, FH- eller syntetisk testnummer), fjernet også når det er delt med mellomrom, tegn eller linjeskift.</translation>
    </message>
    <message>
        <source>Date (R4): a valid calendar date with a four-digit year, optionally with a time, kept on purpose.</source>
        <translation>Dato (R4): en gyldig kalenderdato med firesifret årstall, eventuelt med klokkeslett, beholdt med vilje.</translation>
    </message>
    <message>
        <source>E-mail address, removed by the strict rule set.</source>
        <translation>E-postadresse, fjernet av det strenge regelsettet.</translation>
    </message>
    <message>
        <source>Digits spelled out in words (&quot;en fem en null ...&quot;), 7 or more, removed by the strict rule set.</source>
        <translation>Sifre skrevet med ord («en fem en null ...»), 7 eller flere, fjernet av det strenge regelsettet.</translation>
    </message>
    <message>
        <source>Audit rule: a bare run of 7 or more ASCII digits, the literal reading of the privacy page.</source>
        <translation>Kontrollregel: en sammenhengende rekke på 7 eller flere ASCII-sifre, personvernsidens ordrette lesning.</translation>
    </message>
    <message>
        <source>Unknown rule %1</source>
        <translation>Ukjent regel %1</translation>
    </message>
    <message>
        <source>number combination</source>
        <translation>tallkombinasjon</translation>
    </message>
    <message>
        <source>identity number</source>
        <translation>identitetsnummer</translation>
    </message>
    <message>
        <source>date</source>
        <translation>dato</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>beløp</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>e-postadresse</translation>
    </message>
    <message>
        <source>spelled-out digits</source>
        <translation>sifre skrevet med ord</translation>
    </message>
    <message>
        <source>digit run</source>
        <translation>sifferrekke</translation>
    </message>
    <message>
        <source>Standard rules plus e-mail addresses and spelled-out digits.</source>
        <translation>Standardreglene pluss e-postadresser og sifre skrevet med ord.</translation>
    </message>
    <message>
        <source>Literal reading: bare runs of 7 or more ASCII digits only.</source>
        <translation>Ordrett lesning: bare sammenhengende rekker på 7 eller flere ASCII-sifre.</translation>
    </message>
    <message>
        <source>Number combinations of 7 or more digits and Norwegian identity numbers; dates and amounts kept.</source>
        <translation>Tallkombinasjoner på 7 eller flere sifre og norske identitetsnumre; datoer og beløp beholdes.</translation>
    </message>
    <message>
        <source>Number combination of 7 digits or more (R2), however they are grouped (1 234 567, 1.234.567, 1,234,567, 12,34,567, 1&apos;234&apos;567) or marked (keycap emoji): removed from its first digit to its last, with a preceding + and the country letters of an IBAN.</source>
        <translation>Tallkombinasjon på 7 sifre eller flere (R2), uansett hvordan sifrene er gruppert (1 234 567, 1.234.567, 1,234,567, 12,34,567, 1&apos;234&apos;567) eller merket (talltast-emoji): fjernet fra første til siste siffer, med en + foran og landsbokstavene i et IBAN.</translation>
    </message>
    <message>
        <source>Amount (R4): at most 10 digits next to a currency marker (kr, NOK, CHF, ,-, €, $, ₹), kept on purpose.</source>
        <translation>Beløp (R4): høyst 10 sifre ved siden av en valutamarkør (kr, NOK, CHF, ,-, €, $, ₹), beholdt med vilje.</translation>
    </message>
    <message>
        <source>birth number (fødselsnummer)</source>
        <translation>fødselsnummer</translation>
    </message>
    <message>
        <source>D-number</source>
        <translation>D-nummer</translation>
    </message>
    <message>
        <source>H-number</source>
        <translation>H-nummer</translation>
    </message>
    <message>
        <source>FH-number</source>
        <translation>FH-nummer</translation>
    </message>
    <message>
        <source>synthetic test number</source>
        <translation>syntetisk testnummer</translation>
    </message>
</context>
<context>
    <name>ScanWebsiteDialog</name>
    <message>
        <source>Scan website</source>
        <translation>Skann nettsted</translation>
    </message>
    <message>
        <source>Kapsel opens the website in Debian&apos;s chromium, without a window and with a fresh, throwaway profile for each choice, and keeps what it sets before the visitor chooses, after accept and after reject. Cookie values are never kept.</source>
        <translation>Kapsel åpner nettstedet i Debians chromium, uten vindu og med en ny engangsprofil for hvert valg, og tar vare på det nettstedet setter før den besøkende velger, etter godta og etter avvis. Verdiene til informasjonskapsler lagres aldri.</translation>
    </message>
    <message>
        <source>Start &amp;address:</source>
        <translation>Start&amp;adresse:</translation>
    </message>
    <message>
        <source>Pages of the site visited after each choice, following its links</source>
        <translation>Sider av nettstedet som besøkes etter hvert valg, ved å følge lenkene</translation>
    </message>
    <message>
        <source>&amp;Pages per choice:</source>
        <translation>&amp;Sider per valg:</translation>
    </message>
    <message>
        <source>&amp;Before a choice (banner untouched)</source>
        <translation>&amp;Før et valg (banneret urørt)</translation>
    </message>
    <message>
        <source>After &amp;accept all</source>
        <translation>Etter &amp;godta alle</translation>
    </message>
    <message>
        <source>After &amp;reject all</source>
        <translation>Etter &amp;avvis alle</translation>
    </message>
    <message>
        <source>Test:</source>
        <translation>Test:</translation>
    </message>
    <message>
        <source>optional, e.g. #accept-all</source>
        <translation>valgfritt, f.eks. #accept-all</translation>
    </message>
    <message>
        <source>Accept &amp;button (CSS):</source>
        <translation>Godta-&amp;knapp (CSS):</translation>
    </message>
    <message>
        <source>optional, e.g. #reject-all</source>
        <translation>valgfritt, f.eks. #reject-all</translation>
    </message>
    <message>
        <source>Re&amp;ject button (CSS):</source>
        <translation>Av&amp;vis-knapp (CSS):</translation>
    </message>
    <message>
        <source>Only pages on the start address&apos;s own host</source>
        <translation>Bare sider på startadressens egen vert</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>&amp;Skann</translation>
    </message>
    <message>
        <source>This is not a web address: give one like https://www.example.no/.</source>
        <translation>Dette er ikke en nettadresse: oppgi en som https://www.example.no/.</translation>
    </message>
    <message>
        <source>Choose at least one of the visitor&apos;s choices to test.</source>
        <translation>Velg minst ett av den besøkendes valg å teste.</translation>
    </message>
</context>
<context>
    <name>SessionStore</name>
    <message>
        <source>Duplicate of a session already stored (same source, visitor and session); not counted twice.</source>
        <translation>Duplikat av en økt som allerede er lagret (samme kilde, besøkende og økt); telles ikke to ganger.</translation>
    </message>
    <message>
        <source>an aggregate figure has no valid date</source>
        <translation>et aggregert tall har ingen gyldig dato</translation>
    </message>
    <message>
        <source>Unknown source</source>
        <translation>Ukjent kilde</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) continued a session stored by an earlier file (for example across midnight) and were merged with it.</source>
        <translation>
            <numerusform>%n økt fortsatte en økt som var lagret fra en tidligere fil (for eksempel over midnatt), og ble slått sammen med den.</numerusform>
            <numerusform>%n økter fortsatte en økt som var lagret fra en tidligere fil (for eksempel over midnatt), og ble slått sammen med den.</numerusform>
        </translation>
    </message>
    <message>
        <source>the stored part of a session could not be read back; the workspace may be damaged</source>
        <translation>den lagrede delen av en økt kunne ikke leses tilbake; arbeidsområdet kan være skadet</translation>
    </message>
    <message>
        <source>more than 4096 data sources in one file; split it</source>
        <translation>mer enn 4096 datakilder i én fil; del den opp</translation>
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
    <message>
        <source>Columns not in this file (their figures stay empty): %1</source>
        <translation>Kolonner som ikke finnes i filen (tallene deres forblir tomme): %1</translation>
    </message>
    <message numerus="yes">
        <source>The file holds %n visit(s) from %1 to %2.</source>
        <translation>
            <numerusform>Filen inneholder %n besøk fra %1 til %2.</numerusform>
            <numerusform>Filen inneholder %n besøk fra %1 til %2.</numerusform>
        </translation>
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
    <message>
        <source>cookie %1 (analytics consent: only visitors who accepted it are told apart)</source>
        <extracomment>%1: cookie names, e.g. &quot;_ga&quot; or &quot;_ga, _gid&quot;</extracomment>
        <translation>informasjonskapselen %1 (samtykke til analyse: bare besøkende som godtok den, skilles fra hverandre)</translation>
    </message>
    <message>
        <source>no cookie: visitors are told apart only within a day (a daily rotating hash of IP address and browser), so there is no first-time/returning split</source>
        <translation>ingen informasjonskapsel: besøkende skilles bare innenfor ett døgn (en daglig skiftende hash av IP-adresse og nettleser), så det finnes ingen inndeling i førstegangs og gjentakende</translation>
    </message>
    <message>
        <source>not known: the file does not say which cookie its visit numbers rely on</source>
        <translation>ukjent: filen sier ikke hvilken informasjonskapsel besøkstallene bygger på</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>the workspace file is damaged or is not a Kapsel workspace</source>
        <translation>arbeidsområdefilen er skadet eller er ikke et Kapsel-arbeidsområde</translation>
    </message>
    <message>
        <source>the workspace is locked by another import or program; try again when it has finished</source>
        <translation>arbeidsområdet er låst av en annen import eller et annet program; prøv igjen når det er ferdig</translation>
    </message>
    <message>
        <source>the workspace could not be written: the disk is full</source>
        <translation>arbeidsområdet kunne ikke skrives: disken er full</translation>
    </message>
    <message>
        <source>the workspace could not be written: it is read-only or you may not change it</source>
        <translation>arbeidsområdet kunne ikke skrives: det er skrivebeskyttet, eller du har ikke lov til å endre det</translation>
    </message>
    <message>
        <source>the workspace could not be written: the disk reported an error</source>
        <translation>arbeidsområdet kunne ikke skrives: disken meldte en feil</translation>
    </message>
    <message>
        <source>the workspace could not be opened: the file or its folder cannot be reached</source>
        <translation>arbeidsområdet kunne ikke åpnes: filen eller mappen den ligger i, er ikke tilgjengelig</translation>
    </message>
    <message>
        <source>the workspace could not be written: not enough memory</source>
        <translation>arbeidsområdet kunne ikke skrives: ikke nok minne</translation>
    </message>
    <message>
        <source>the workspace operation was interrupted</source>
        <translation>arbeidet med arbeidsområdet ble avbrutt</translation>
    </message>
    <message>
        <source>the workspace could not be written (internal error %1 in Kapsel; nothing was changed)</source>
        <extracomment>%1 is SQLite&apos;s error number, for a bug report</extracomment>
        <translation>arbeidsområdet kunne ikke skrives (intern feil %1 i Kapsel; ingenting ble endret)</translation>
    </message>
</context>
<context>
    <name>SqliteImportLedger</name>
    <message>
        <source>there is no import #%1 in this workspace</source>
        <translation>det finnes ingen import #%1 i dette arbeidsområdet</translation>
    </message>
</context>
<context>
    <name>SqliteVisitorStore</name>
    <message>
        <source>the stored sessions of import #%1 are damaged</source>
        <translation>de lagrede øktene fra import #%1 er skadet</translation>
    </message>
</context>
<context>
    <name>SqliteWorkspace</name>
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
</context>
<context>
    <name>TeamWorkspaceDialog</name>
    <message>
        <source>Open team workspace (PostgreSQL)</source>
        <translation>Åpne teamarbeidsområde (PostgreSQL)</translation>
    </message>
    <message>
        <source>A team workspace is a PostgreSQL database that several people open at once. Ask its owner for the server, the database and your user name.</source>
        <translation>Et teamarbeidsområde er en PostgreSQL-database som flere åpner samtidig. Spør eieren om tjeneren, databasen og brukernavnet ditt.</translation>
    </message>
    <message>
        <source>server name, or a socket folder such as /run/postgresql</source>
        <translation>tjenernavn, eller en socket-mappe som /run/postgresql</translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass or PGPASSWORD</source>
        <translation>tomt: fra ~/.pgpass eller PGPASSWORD</translation>
    </message>
    <message>
        <source>Kept in memory until Kapsel closes; never saved.</source>
        <translation>Holdes i minnet til Kapsel lukkes; lagres aldri.</translation>
    </message>
    <message>
        <source>When the server offers it</source>
        <translation>Når tjeneren tilbyr det</translation>
    </message>
    <message>
        <source>Always (encrypted)</source>
        <translation>Alltid (kryptert)</translation>
    </message>
    <message>
        <source>Always, and check the server&apos;s certificate</source>
        <translation>Alltid, og kontroller tjenerens sertifikat</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Aldri</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Tjener:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Bruker:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;ord:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Kryptering:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
</context>
<context>
    <name>TextLimits</name>
    <message>
        <source>the file holds a zero byte, so it is not text (or UTF-16 without a byte order mark); Kapsel reads text exports only</source>
        <translation>filen inneholder en nullbyte og er derfor ikke tekst (eller er UTF-16 uten byte-rekkefølgemerke); Kapsel leser bare teksteksporter</translation>
    </message>
    <message>
        <source>a line is longer than 1 MiB; no export Kapsel reads has such lines, so the file is damaged or of another kind</source>
        <translation>en linje er lengre enn 1 MiB; ingen eksport Kapsel leser har slike linjer, så filen er skadet eller av en annen type</translation>
    </message>
    <message>
        <source>a field is longer than 64 KiB; no export Kapsel reads has such fields, so the file is damaged or of another kind</source>
        <translation>et felt er lengre enn 64 KiB; ingen eksport Kapsel leser har slike felt, så filen er skadet eller av en annen type</translation>
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
    <message numerus="yes">
        <source>The file holds %n session(s) from %1 to %2.</source>
        <translation>
            <numerusform>Filen inneholder %n økt fra %1 til %2.</numerusform>
            <numerusform>Filen inneholder %n økter fra %1 til %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UaNumberLocale</name>
    <message>
        <source>the numbers mix a decimal point (&quot;%1&quot;, line %2) and a decimal comma (&quot;%3&quot;, line %4); a report from one UI language uses one of them, so Kapsel cannot tell how to read them</source>
        <translation>tallene blander desimalpunktum («%1», linje %2) og desimalkomma («%3», linje %4); en rapport fra ett grensesnittspråk bruker bare det ene, så Kapsel kan ikke avgjøre hvordan de skal leses</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can be read as a whole number with a thousands separator or as a number with three decimals, and nothing else in the file tells which; export the report again with its percentage columns, or with the interface in English</source>
        <translation>«%1» kan leses som et heltall med tusenskille eller som et tall med tre desimaler, og ingenting annet i filen avgjør hvilket; eksporter rapporten på nytt med prosentkolonnene, eller med grensesnittet på engelsk</translation>
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
    <name>VisitorChart</name>
    <message>
        <source>First-time and returning visits</source>
        <translation>Førstegangs- og gjentakende besøk</translation>
    </message>
    <message>
        <source>Visits by duration</source>
        <translation>Besøk etter varighet</translation>
    </message>
    <message>
        <source>Mean and median duration (minutes)</source>
        <translation>Gjennomsnittlig og median varighet (minutter)</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Ingen data</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <source>%1, by day</source>
        <translation>%1, per dag</translation>
    </message>
    <message>
        <source>%1, by ISO week</source>
        <translation>%1, per ISO-uke</translation>
    </message>
    <message>
        <source>%1, by month</source>
        <translation>%1, per måned</translation>
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
        <source>Visits</source>
        <translation>Besøk</translation>
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
        <source>Sources: %1</source>
        <translation>Kilder: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbeidsområde: %1</translation>
    </message>
    <message>
        <source>a chart is saved as .png, .svg or .pdf</source>
        <translation>et diagram lagres som .png, .svg eller .pdf</translation>
    </message>
    <message>
        <source>cannot write the file</source>
        <translation>kan ikke skrive filen</translation>
    </message>
    <message>
        <source>W%1 %2</source>
        <extracomment>short axis label for an ISO week: week number and two-digit week-year</extracomment>
        <translation>U%1 %2</translation>
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
    <message numerus="yes">
        <source>this period: data on %1 of %Ln day(s)</source>
        <extracomment>why no change is shown: the chosen period has figures on only some of its days</extracomment>
        <translation>
            <numerusform>denne perioden: data for %1 av %Ln dag</numerusform>
            <numerusform>denne perioden: data for %1 av %Ln dager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>previous period: data on %1 of %Ln day(s)</source>
        <extracomment>why no change is shown: the period before has figures on only some of its days</extracomment>
        <translation>
            <numerusform>forrige periode: data for %1 av %Ln dag</numerusform>
            <numerusform>forrige periode: data for %1 av %Ln dager</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitorQueries</name>
    <message>
        <source>could not read the visitor statistics: %1</source>
        <translation>kunne ikke lese besøksstatistikken: %1</translation>
    </message>
    <message>
        <source>the stored duration figures are damaged; import the files again into a new workspace</source>
        <translation>de lagrede varighetstallene er skadet; importer filene på nytt i et nytt arbeidsområde</translation>
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
    <message>
        <source>Some visits of this period are reported only for a longer period (a week or a month): they are not available at this granularity and not counted here.</source>
        <translation>Noen besøk i denne perioden er bare rapportert for en lengre periode (en uke eller en måned): de er ikke tilgjengelige med denne inndelingen og er ikke talt med her.</translation>
    </message>
    <message>
        <source>not available</source>
        <extracomment>visits of a period a longer report covers only in part; %1 = what is counted, maybe nothing</extracomment>
        <translation>ikke tilgjengelig</translation>
    </message>
    <message>
        <source>%1 + not available</source>
        <translation>%1 + ikke tilgjengelig</translation>
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
        <source>&lt;b&gt;First-time&lt;/b&gt; not known</source>
        <translation>&lt;b&gt;Førstegangs&lt;/b&gt; ukjent</translation>
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
        <source>Each analytics tool defines first-time, returning and duration its own way; the explanation for each source you import appears here.</source>
        <translation>Hvert analyseverktøy definerer førstegangs, gjentakende og varighet på sin egen måte; forklaringen for hver kilde du importerer vises her.</translation>
    </message>
    <message>
        <source>Durations are rounded to whole seconds (half up) for the median and the ranges; each visit counts in exactly one range, so a visit of exactly 60 s is in 31-60 s only.</source>
        <translation>Varigheter rundes av til hele sekunder (halve opp) for medianen og intervallene; hvert besøk telles i nøyaktig ett intervall, så et besøk på nøyaktig 60 s er bare i 31–60 s.</translation>
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
    <message>
        <source>Some visits are reported only per week or month and are not shown at this granularity; choose a longer period to see them.</source>
        <translation>Noen besøk er bare rapportert per uke eller måned og vises ikke med denne inndelingen; velg en lengre periode for å se dem.</translation>
    </message>
    <message>
        <source>Visits reported only for a longer period (week or month): not available here.</source>
        <translation>Besøk rapportert bare for en lengre periode (uke eller måned): ikke tilgjengelig her.</translation>
    </message>
    <message>
        <source>First-time and returning rely on:</source>
        <translation>Førstegangs og gjentakende bygger på:</translation>
    </message>
    <message>
        <source>No data from %1 to %2</source>
        <translation>Ingen data fra %1 til %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Visits&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Besøk&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;First-time&lt;/b&gt; %1, %2</source>
        <translation>&lt;b&gt;Førstegangs&lt;/b&gt; %1, %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Returning&lt;/b&gt; %1, %2</source>
        <translation>&lt;b&gt;Gjentakende&lt;/b&gt; %1, %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Median duration&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Medianvarighet&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>No change shown: %1</source>
        <extracomment>%1 says why, e.g. &quot;previous period: data on 2 of 30 days&quot;</extracomment>
        <translation>Ingen endring vist: %1</translation>
    </message>
    <message>
        <source>cookie %1 (analytics consent: only visitors who accepted it are told apart)</source>
        <translation>informasjonskapselen %1 (samtykke til analyse: bare besøkende som godtok den, skilles fra hverandre)</translation>
    </message>
    <message>
        <source>First-time and returning rely on: %1</source>
        <translation>Førstegangs og gjentakende bygger på: %1</translation>
    </message>
    <message>
        <source>Ranges count back from today in the workspace&apos;s time zone</source>
        <translation>Periodene regnes bakover fra i dag i arbeidsområdets tidssone</translation>
    </message>
    <message>
        <source>%1: mean %2, median %3</source>
        <translation>%1: gjennomsnitt %2, median %3</translation>
    </message>
    <message>
        <source>%1: visits reported only for a longer period</source>
        <translation>%1: besøk rapportert bare for en lengre periode</translation>
    </message>
    <message>
        <source>%1: %2 visits, %3 first-time, %4 returning</source>
        <translation>%1: %2 besøk, %3 førstegangs, %4 gjentatte</translation>
    </message>
    <message>
        <source>%1: %2 visits, first-time and returning not known</source>
        <translation>%1: %2 besøk, førstegangs og gjentatte ukjent</translation>
    </message>
    <message>
        <source>No figures in this range.</source>
        <translation>Ingen tall i denne perioden.</translation>
    </message>
    <message numerus="yes">
        <source>%n more period(s) in the table (%1).</source>
        <translation>
            <numerusform>%n periode til i tabellen (%1).</numerusform>
            <numerusform>%n perioder til i tabellen (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show %1 to %2</source>
        <extracomment>a button under an empty chart: jumps to the nearest range of the same length that has data</extracomment>
        <translation>Vis %1 til %2</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;til</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>Pe&amp;r:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Kilde:</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Chooses the days the figures cover; the presets count back from today</source>
        <translation>Velger dagene tallene gjelder; forvalgene teller bakover fra i dag</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Første dag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Siste dag</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Inndeling</translation>
    </message>
    <message>
        <source>Counts the figures per day, ISO week or month</source>
        <translation>Teller tallene per dag, ISO-uke eller måned</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Shows the figures of one analytics source, or of all</source>
        <translation>Viser tallene fra én analysekilde, eller fra alle</translation>
    </message>
    <message>
        <source>Show the charts as &amp;tables</source>
        <translation>Vis diagrammene som &amp;tabeller</translation>
    </message>
    <message>
        <source>Shows the numbers behind every chart as a table, or the charts again</source>
        <translation>Viser tallene bak hvert diagram som en tabell, eller diagrammene igjen</translation>
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
    <name>WorkspaceCopy</name>
    <message>
        <source>import #%1 is of a kind this Kapsel does not know (&quot;%2&quot;)</source>
        <translation>import #%1 er av en type denne Kapsel-versjonen ikke kjenner («%2»)</translation>
    </message>
    <message>
        <source>the target workspace cannot store this import</source>
        <translation>målarbeidsområdet kan ikke lagre denne importen</translation>
    </message>
    <message>
        <source>you may not read the %1 of this workspace, so a copy would leave them out; ask its owner to copy it</source>
        <translation>du har ikke lov til å lese %1 i dette arbeidsområdet, så en kopi ville utelatt dem; be eieren om å kopiere det</translation>
    </message>
    <message>
        <source>you may not read the %1 of this workspace, so Kapsel cannot tell that it is empty; ask its owner to copy into it</source>
        <translation>du har ikke lov til å lese %1 i dette arbeidsområdet, så Kapsel kan ikke se om det er tomt; be eieren om å kopiere inn i det</translation>
    </message>
    <message numerus="yes">
        <source>the target workspace is not empty (%Ln import(s)); copy into a new workspace</source>
        <translation>
            <numerusform>målarbeidsområdet er ikke tomt (%Ln import); kopier til et nytt arbeidsområde</numerusform>
            <numerusform>målarbeidsområdet er ikke tomt (%Ln importer); kopier til et nytt arbeidsområde</numerusform>
        </translation>
    </message>
    <message>
        <source>visitor statistics</source>
        <translation>besøksstatistikken</translation>
    </message>
    <message>
        <source>cookie inventory</source>
        <translation>informasjonskapsel-oversikten</translation>
    </message>
    <message>
        <source>chat transcripts</source>
        <translation>chatloggene</translation>
    </message>
</context>
<context>
    <name>WorkspaceSettings</name>
    <message>
        <source>unknown time zone %1</source>
        <translation>ukjent tidssone %1</translation>
    </message>
    <message>
        <source>the marker is longer than %1 characters</source>
        <translation>markøren er lengre enn %1 tegn</translation>
    </message>
    <message>
        <source>the marker cannot hold a line break or another control character</source>
        <translation>markøren kan ikke inneholde linjeskift eller andre kontrolltegn</translation>
    </message>
    <message>
        <source>the marker cannot hold digits: next to a number they would read as part of it</source>
        <translation>markøren kan ikke inneholde sifre: ved siden av et tall ville de bli lest som en del av det</translation>
    </message>
</context>
</TS>
