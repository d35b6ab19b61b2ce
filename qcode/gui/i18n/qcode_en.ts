<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgreementWindow</name>
    <message numerus="yes">
        <source>{unit_name} compared between {coders}, in %Ln documents.</source>
        <translation>
            <numerusform>{unit_name} compared between {coders}, in %Ln document.</numerusform>
            <numerusform>{unit_name} compared between {coders}, in %Ln documents.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasesPanel</name>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation>
            <numerusform>%Ln more</numerusform>
            <numerusform>%Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangedCodingsDialog</name>
    <message numerus="yes">
        <source>%Ln codings marked reviewed.</source>
        <translation>
            <numerusform>%Ln coding marked reviewed.</numerusform>
            <numerusform>%Ln codings marked reviewed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoderCopiesDialog</name>
    <message numerus="yes">
        <source>Wrote %Ln files:
{files}

{hint}</source>
        <translation>
            <numerusform>Wrote %Ln file:
{files}

{hint}</numerusform>
            <numerusform>Wrote %Ln files:
{files}

{hint}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CorroborationWindow</name>
    <message numerus="yes">
        <source>%Ln quotes</source>
        <translation>
            <numerusform>%Ln quote</numerusform>
            <numerusform>%Ln quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sources</source>
        <translation>
            <numerusform>%Ln source</numerusform>
            <numerusform>%Ln sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message numerus="yes">
        <source>%Ln characters</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln codings</source>
        <translation>
            <numerusform>%Ln coding</numerusform>
            <numerusform>%Ln codings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message numerus="yes">
        <source>%Ln codings</source>
        <translation>
            <numerusform>%Ln coding</numerusform>
            <numerusform>%Ln codings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation>
            <numerusform>%Ln more</numerusform>
            <numerusform>%Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln documents ({names}) and their {coding_words}</source>
        <translation>
            <numerusform>%Ln document ({names}) and its {coding_words}</numerusform>
            <numerusform>%Ln documents ({names}) and their {coding_words}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvaluationReport</name>
    <message numerus="yes">
        <source>{colleague}, on %Ln passages: their coding F1 {f1} (precision {precision}, recall {recall}); the suggestions F1 {mine}, {share} of theirs</source>
        <translation>
            <numerusform>{colleague}, on %Ln passage: their coding F1 {f1} (precision {precision}, recall {recall}); the suggestions F1 {mine}, {share} of theirs</numerusform>
            <numerusform>{colleague}, on %Ln passages: their coding F1 {f1} (precision {precision}, recall {recall}); the suggestions F1 {mine}, {share} of theirs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Judged on %Ln passages of coded documents: {how}.</source>
        <translation>
            <numerusform>Judged on %Ln passage of coded documents: {how}.</numerusform>
            <numerusform>Judged on %Ln passages of coded documents: {how}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{low}–{high}: {rate} of %Ln</source>
        <translation>
            <numerusform>{low}–{high}: {rate} of %Ln</numerusform>
            <numerusform>{low}–{high}: {rate} of %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{code}: {precision}/{recall}/{f1}, AP {ap} (%Ln coded)</source>
        <translation>
            <numerusform>{code}: {precision}/{recall}/{f1}, AP {ap} (%Ln coded)</numerusform>
            <numerusform>{code}: {precision}/{recall}/{f1}, AP {ap} (%Ln coded)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FrameworkWindow</name>
    <message numerus="yes">
        <source>&lt;b&gt;{case}&lt;/b&gt; × &lt;b&gt;{code}&lt;/b&gt; — %Ln coded passages, {n_quoted} quoted</source>
        <translation>
            <numerusform>&lt;b&gt;{case}&lt;/b&gt; × &lt;b&gt;{code}&lt;/b&gt; — %Ln coded passage, {n_quoted} quoted</numerusform>
            <numerusform>&lt;b&gt;{case}&lt;/b&gt; × &lt;b&gt;{code}&lt;/b&gt; — %Ln coded passages, {n_quoted} quoted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentifiersDialog</name>
    <message numerus="yes">
        <source>%Ln possible identifying details found.</source>
        <translation>
            <numerusform>%Ln possible identifying detail found.</numerusform>
            <numerusform>%Ln possible identifying details found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln pseudonyms (Edit ▸ Undo takes them back).</source>
        <translation>
            <numerusform>Added %Ln pseudonym (Edit ▸ Undo takes it back).</numerusform>
            <numerusform>Added %Ln pseudonyms (Edit ▸ Undo takes them back).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemosTab</name>
    <message numerus="yes">
        <source>%Ln memos.</source>
        <translation>
            <numerusform>%Ln memo.</numerusform>
            <numerusform>%Ln memos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeReportDialog</name>
    <message numerus="yes">
        <source>%Ln codings were kept on a copy of their document, because their text is not in this project.</source>
        <translation>
            <numerusform>%Ln coding was kept on a copy of its document, because its text is not in this project.</numerusform>
            <numerusform>%Ln codings were kept on a copy of their document, because their text is not in this project.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plural</name>
    <message numerus="yes">
        <source>%Ln codings</source>
        <translation>
            <numerusform>%Ln coding</numerusform>
            <numerusform>%Ln codings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bytes</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %Ln more lines of difference not shown</source>
        <translation>
            <numerusform>… %Ln more line of difference not shown</numerusform>
            <numerusform>… %Ln more lines of difference not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln documents</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln original files</source>
        <translation>
            <numerusform>%Ln original file</numerusform>
            <numerusform>%Ln original files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln past versions</source>
        <translation>
            <numerusform>%Ln past version</numerusform>
            <numerusform>%Ln past versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problems</source>
        <translation>
            <numerusform>%Ln problem</numerusform>
            <numerusform>%Ln problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This project has %Ln pseudonyms.</source>
        <translation>
            <numerusform>This project has %Ln pseudonym.</numerusform>
            <numerusform>This project has %Ln pseudonyms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants did not consent to being quoted: {names}.</source>
        <translation>
            <numerusform>%Ln participant did not consent to being quoted: {names}.</numerusform>
            <numerusform>%Ln participants did not consent to being quoted: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln sheets ({segments}) to {target}.</source>
        <translation>
            <numerusform>Wrote %Ln sheet ({segments}) to {target}.</numerusform>
            <numerusform>Wrote %Ln sheets ({segments}) to {target}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coded segments</source>
        <translation>
            <numerusform>%Ln coded segment</numerusform>
            <numerusform>%Ln coded segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln coded segments to {target}.</source>
        <translation>
            <numerusform>Wrote %Ln coded segment to {target}.</numerusform>
            <numerusform>Wrote %Ln coded segments to {target}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln codes</source>
        <translation>
            <numerusform>%Ln code</numerusform>
            <numerusform>%Ln codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln memos</source>
        <translation>
            <numerusform>%Ln memo</numerusform>
            <numerusform>%Ln memos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This project links %Ln recordings to its transcripts. Put the recordings inside the .qdpx file? The file grows by their size; without them it refers to each recording by its path on this computer. A pseudonymised export never holds recordings.</source>
        <translation>
            <numerusform>This project links %Ln recording to its transcripts. Put the recording inside the .qdpx file? The file grows by its size; without it the file refers to the recording by its path on this computer. A pseudonymised export never holds recordings.</numerusform>
            <numerusform>This project links %Ln recordings to its transcripts. Put the recordings inside the .qdpx file? The file grows by their size; without them it refers to each recording by its path on this computer. A pseudonymised export never holds recordings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln documents.</source>
        <translation>
            <numerusform>Imported %Ln document.</numerusform>
            <numerusform>Imported %Ln documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln documents. Please check:

</source>
        <translation>
            <numerusform>Imported %Ln document. Please check:

</numerusform>
            <numerusform>Imported %Ln documents. Please check:

</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coders</source>
        <translation>
            <numerusform>%Ln coder</numerusform>
            <numerusform>%Ln coders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attributes</source>
        <translation>
            <numerusform>%Ln attribute</numerusform>
            <numerusform>%Ln attributes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From {name}: %Ln cases created, {updated} updated, {unchanged} unchanged.</source>
        <translation>
            <numerusform>From {name}: %Ln case created, {updated} updated, {unchanged} unchanged.</numerusform>
            <numerusform>From {name}: %Ln cases created, {updated} updated, {unchanged} unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants did not consent to being quoted ({names}): their passages are left out and counted.</source>
        <translation>
            <numerusform>%Ln participant did not consent to being quoted ({names}): their passages are left out and counted.</numerusform>
            <numerusform>%Ln participants did not consent to being quoted ({names}): their passages are left out and counted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sections</source>
        <translation>
            <numerusform>%Ln section</numerusform>
            <numerusform>%Ln sections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln quotes</source>
        <translation>
            <numerusform>%Ln quote</numerusform>
            <numerusform>%Ln quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln disagreements</source>
        <translation>
            <numerusform>%Ln disagreement</numerusform>
            <numerusform>%Ln disagreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %Ln projects into {name}? A backup is written first.</source>
        <translation>
            <numerusform>Merge %Ln project into {name}? A backup is written first.</numerusform>
            <numerusform>Merge %Ln projects into {name}? A backup is written first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %Ln projects: {added}.</source>
        <translation>
            <numerusform>Merged %Ln project: {added}.</numerusform>
            <numerusform>Merged %Ln projects: {added}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln codings added</source>
        <translation>
            <numerusform>%Ln coding added</numerusform>
            <numerusform>%Ln codings added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln backups</source>
        <translation>
            <numerusform>%Ln backup</numerusform>
            <numerusform>%Ln backups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProvenanceDialog</name>
    <message numerus="yes">
        <source>{name} (%Ln characters)</source>
        <translation>
            <numerusform>{name} (%Ln character)</numerusform>
            <numerusform>{name} (%Ln characters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueryWindow</name>
    <message numerus="yes">
        <source>%Ln documents</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln passages in {documents}</source>
        <translation>
            <numerusform>%Ln passage in {documents}</numerusform>
            <numerusform>%Ln passages in {documents}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coded %Ln passages as &apos;{name}&apos;{note}.</source>
        <translation>
            <numerusform>Coded %Ln passage as &apos;{name}&apos;{note}.</numerusform>
            <numerusform>Coded %Ln passages as &apos;{name}&apos;{note}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RankedView</name>
    <message numerus="yes">
        <source>%Ln passages, most likely first.</source>
        <translation>
            <numerusform>%Ln passage, most likely first.</numerusform>
            <numerusform>%Ln passages, most likely first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RedactionDialog</name>
    <message numerus="yes">
        <source>The %Ln identifiers in the pseudonym table will be replaced by their replacements in the project&apos;s own text: the ticked documents&apos; text, names and speakers, their text attributes and the memos on them and on their codings. Codings move with the text. Until the project is closed this can be undone with Edit ▸ Undo; once it is closed the redaction is permanent and the original text is gone from the project file.</source>
        <translation>
            <numerusform>The %Ln identifier in the pseudonym table will be replaced by its replacement in the project&apos;s own text: the ticked documents&apos; text, names and speakers, their text attributes and the memos on them and on their codings. Codings move with the text. Until the project is closed this can be undone with Edit ▸ Undo; once it is closed the redaction is permanent and the original text is gone from the project file.</numerusform>
            <numerusform>The %Ln identifiers in the pseudonym table will be replaced by their replacements in the project&apos;s own text: the ticked documents&apos; text, names and speakers, their text attributes and the memos on them and on their codings. Codings move with the text. Until the project is closed this can be undone with Edit ▸ Undo; once it is closed the redaction is permanent and the original text is gone from the project file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redacted %Ln documents ({replaced}): Edit ▸ Undo until the project is closed.</source>
        <translation>
            <numerusform>Redacted %Ln document ({replaced}): Edit ▸ Undo until the project is closed.</numerusform>
            <numerusform>Redacted %Ln documents ({replaced}): Edit ▸ Undo until the project is closed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln identifiers replaced</source>
        <translation>
            <numerusform>%Ln identifier replaced</numerusform>
            <numerusform>%Ln identifiers replaced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message numerus="yes">
        <source>… and %Ln more headings</source>
        <translation>
            <numerusform>… and %Ln more heading</numerusform>
            <numerusform>… and %Ln more headings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%Ln documents</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hits in {documents}</source>
        <translation>
            <numerusform>%Ln hit in {documents}</numerusform>
            <numerusform>%Ln hits in {documents}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coded %Ln results as &apos;{code}&apos;</source>
        <translation>
            <numerusform>Coded %Ln result as &apos;{code}&apos;</numerusform>
            <numerusform>Coded %Ln results as &apos;{code}&apos;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentsPanel</name>
    <message numerus="yes">
        <source>%Ln segments</source>
        <translation>
            <numerusform>%Ln segment</numerusform>
            <numerusform>%Ln segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln documents</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentsView</name>
    <message numerus="yes">
        <source>%Ln coded segments.</source>
        <translation>
            <numerusform>%Ln coded segment.</numerusform>
            <numerusform>%Ln coded segments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message numerus="yes">
        <source>Coded %Ln turns of {name} as &apos;{code}&apos;{note}.</source>
        <translation>
            <numerusform>Coded %Ln turn of {name} as &apos;{code}&apos;{note}.</numerusform>
            <numerusform>Coded %Ln turns of {name} as &apos;{code}&apos;{note}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionTable</name>
    <message numerus="yes">
        <source>Code %Ln passages in &apos;{document}&apos; with their suggested codes?
You can undo this in one step (Edit ▸ Undo).</source>
        <translation>
            <numerusform>Code %Ln passage in &apos;{document}&apos; with its suggested codes?
You can undo this in one step (Edit ▸ Undo).</numerusform>
            <numerusform>Code %Ln passages in &apos;{document}&apos; with their suggested codes?
You can undo this in one step (Edit ▸ Undo).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionTrainer</name>
    <message numerus="yes">
        <source>Model up to date (learned from %Ln coded passages).</source>
        <translation>
            <numerusform>Model up to date (learned from %Ln coded passage).</numerusform>
            <numerusform>Model up to date (learned from %Ln coded passages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message numerus="yes">
        <source>%Ln suggestions for {document}.</source>
        <translation>
            <numerusform>%Ln suggestion for {document}.</numerusform>
            <numerusform>%Ln suggestions for {document}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveyAnswersWindow</name>
    <message numerus="yes">
        <source>%Ln answers</source>
        <translation>
            <numerusform>%Ln answer</numerusform>
            <numerusform>%Ln answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln answers</source>
        <translation>
            <numerusform>{shown} of %Ln answer</numerusform>
            <numerusform>{shown} of %Ln answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coded %Ln answers &apos;{code}&apos;.</source>
        <translation>
            <numerusform>Coded %Ln answer &apos;{code}&apos;.</numerusform>
            <numerusform>Coded %Ln answers &apos;{code}&apos;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were coded so already.</source>
        <translation>
            <numerusform>%Ln was coded so already.</numerusform>
            <numerusform>%Ln were coded so already.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveyImportDialog</name>
    <message numerus="yes">
        <source>%Ln answers</source>
        <translation>
            <numerusform>%Ln answer</numerusform>
            <numerusform>%Ln answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln questions</source>
        <translation>
            <numerusform>%Ln question</numerusform>
            <numerusform>%Ln questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln respondents</source>
        <translation>
            <numerusform>%Ln respondent</numerusform>
            <numerusform>%Ln respondents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows; the first {shown}:</source>
        <translation>
            <numerusform>%Ln row; the first {shown}:</numerusform>
            <numerusform>%Ln rows; the first {shown}:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln text columns</source>
        <translation>
            <numerusform>%Ln text column</numerusform>
            <numerusform>%Ln text columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attributes</source>
        <translation>
            <numerusform>%Ln attribute</numerusform>
            <numerusform>%Ln attributes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WordsTab</name>
    <message numerus="yes">
        <source>The %Ln most frequent words of {strip}.</source>
        <translation>
            <numerusform>The %Ln most frequent word of {strip}.</numerusform>
            <numerusform>The %Ln most frequent words of {strip}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message numerus="yes">
        <source>&apos;{name}&apos;: {count:,} selection{s} outside its text ({length} {unit}) and were not imported: {spans}</source>
        <translation>
            <numerusform>&apos;{name}&apos;: {count:,} selection outside its text ({length} {unit}) and were not imported: {spans}</numerusform>
            <numerusform>&apos;{name}&apos;: {count:,} selections outside its text ({length} {unit}) and were not imported: {spans}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;{name}&apos;: {count:,} selection{s} without a valid start before the end were not imported: {spans}</source>
        <translation>
            <numerusform>&apos;{name}&apos;: {count:,} selection without a valid start before the end were not imported: {spans}</numerusform>
            <numerusform>&apos;{name}&apos;: {count:,} selections without a valid start before the end were not imported: {spans}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;{name}&apos;: {count:,} {what} region or time selection{s} with {codings} not imported (qcode codes text only)</source>
        <translation>
            <numerusform>&apos;{name}&apos;: {count:,} {what} region or time selection with {codings} not imported (qcode codes text only)</numerusform>
            <numerusform>&apos;{name}&apos;: {count:,} {what} region or time selections with {codings} not imported (qcode codes text only)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Learned {count:,} codes from {passages}</source>
        <translation>
            <numerusform>Learned {count:,} code from {passages}</numerusform>
            <numerusform>Learned {count:,} codes from {passages}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Learning: {codes:,} of {count:,} codes ({passages})</source>
        <translation>
            <numerusform>Learning: {codes:,} of {count:,} code ({passages})</numerusform>
            <numerusform>Learning: {codes:,} of {count:,} codes ({passages})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading {documents:,} of {count:,} documents ({passages})</source>
        <translation>
            <numerusform>Reading {documents:,} of {count:,} document ({passages})</numerusform>
            <numerusform>Reading {documents:,} of {count:,} documents ({passages})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>case &apos;{case}&apos; refers to code &apos;{code}&apos;: its {count:,} coding{s} are members of the case (the code stays)</source>
        <translation>
            <numerusform>case &apos;{case}&apos; refers to code &apos;{code}&apos;: its {count:,} coding are members of the case (the code stays)</numerusform>
            <numerusform>case &apos;{case}&apos; refers to code &apos;{code}&apos;: its {count:,} codings are members of the case (the code stays)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>case &apos;{case}&apos;: {count:,} passage{s} of it without a code are not its members (qcode&apos;s case members are documents, speakers and codings)</source>
        <translation>
            <numerusform>case &apos;{case}&apos;: {count:,} passage of it without a code are not its members (qcode&apos;s case members are documents, speakers and codings)</numerusform>
            <numerusform>case &apos;{case}&apos;: {count:,} passages of it without a code are not its members (qcode&apos;s case members are documents, speakers and codings)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>code set &apos;{set}&apos; is now a project memo listing its {count:,} code{s}</source>
        <translation>
            <numerusform>code set &apos;{set}&apos; is now a project memo listing its {count:,} code</numerusform>
            <numerusform>code set &apos;{set}&apos; is now a project memo listing its {count:,} codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>code {count:,} answer{s} &apos;{code}&apos;</source>
        <translation>
            <numerusform>code {count:,} answer &apos;{code}&apos;</numerusform>
            <numerusform>code {count:,} answers &apos;{code}&apos;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>decoded as {encoding}, not UTF-8; {count:,} character{s} in it that looked like UTF-8 may show garbled</source>
        <translation>
            <numerusform>decoded as {encoding}, not UTF-8; {count:,} character in it that looked like UTF-8 may show garbled</numerusform>
            <numerusform>decoded as {encoding}, not UTF-8; {count:,} characters in it that looked like UTF-8 may show garbled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deleted {count} backup{s} that held a withdrawn participant&apos;s data</source>
        <translation>
            <numerusform>deleted {count} backup that held a withdrawn participant&apos;s data</numerusform>
            <numerusform>deleted {count} backups that held a withdrawn participant&apos;s data</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deleted {count} recording file{s} that held a withdrawn participant&apos;s voice</source>
        <translation>
            <numerusform>deleted {count} recording file that held a withdrawn participant&apos;s voice</numerusform>
            <numerusform>deleted {count} recording files that held a withdrawn participant&apos;s voice</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>grade &apos;{name}&apos; is given to {count} coding{s}; clear or change their grade first</source>
        <translation>
            <numerusform>grade &apos;{name}&apos; is given to {count} coding; clear or change their grade first</numerusform>
            <numerusform>grade &apos;{name}&apos; is given to {count} codings; clear or change their grade first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>import {count:,} answer{s} from &apos;{source}&apos;</source>
        <translation>
            <numerusform>import {count:,} answer from &apos;{source}&apos;</numerusform>
            <numerusform>import {count:,} answers from &apos;{source}&apos;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>import {count} case{s}</source>
        <translation>
            <numerusform>import {count} case</numerusform>
            <numerusform>import {count} cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>import {count} case{s} from &apos;{source}&apos;</source>
        <translation>
            <numerusform>import {count} case from &apos;{source}&apos;</numerusform>
            <numerusform>import {count} cases from &apos;{source}&apos;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>keyword{s} {keywords}</source>
        <translation>
            <numerusform>keyword {keywords}</numerusform>
            <numerusform>keywords {keywords}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>like {count} passage{s} coded &apos;{code}&apos;</source>
        <translation>
            <numerusform>like {count} passage coded &apos;{code}&apos;</numerusform>
            <numerusform>like {count} passages coded &apos;{code}&apos;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>link type &apos;{name}&apos; is used by {count} link{s}; unlink them first</source>
        <translation>
            <numerusform>link type &apos;{name}&apos; is used by {count} link; unlink them first</numerusform>
            <numerusform>link type &apos;{name}&apos; is used by {count} links; unlink them first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mark {count} changed coding{s} reviewed</source>
        <translation>
            <numerusform>mark {count} changed coding reviewed</numerusform>
            <numerusform>mark {count} changed codings reviewed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>page{s} {pages}: more than {most:,} separate lines of text on a page (or {total:,} in all), read line by line from top to bottom</source>
        <translation>
            <numerusform>page {pages}: more than {most:,} separate lines of text on a page (or {total:,} in all), read line by line from top to bottom</numerusform>
            <numerusform>pages {pages}: more than {most:,} separate lines of text on a page (or {total:,} in all), read line by line from top to bottom</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>redact {count} document{s}</source>
        <translation>
            <numerusform>redact {count} document</numerusform>
            <numerusform>redact {count} documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>row {row} has {count:,} field{s} but the header row (row {header_row}) has {header_count:,}: a value or a delimiter is missing or extra</source>
        <translation>
            <numerusform>row {row} has {count:,} field but the header row (row {header_row}) has {header_count:,}: a value or a delimiter is missing or extra</numerusform>
            <numerusform>row {row} has {count:,} fields but the header row (row {header_row}) has {header_count:,}: a value or a delimiter is missing or extra</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>set &apos;{set}&apos; is now the yes/no attribute &apos;set: {set}&apos; of {count:,} document{s}</source>
        <translation>
            <numerusform>set &apos;{set}&apos; is now the yes/no attribute &apos;set: {set}&apos; of {count:,} document</numerusform>
            <numerusform>set &apos;{set}&apos; is now the yes/no attribute &apos;set: {set}&apos; of {count:,} documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>set &apos;{set}&apos; is now the yes/no attribute &apos;set: {set}&apos; of {count:,} document{s} ({lost} of its members were not imported)</source>
        <translation>
            <numerusform>set &apos;{set}&apos; is now the yes/no attribute &apos;set: {set}&apos; of {count:,} document ({lost} of its members were not imported)</numerusform>
            <numerusform>set &apos;{set}&apos; is now the yes/no attribute &apos;set: {set}&apos; of {count:,} documents ({lost} of its members were not imported)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>similar to {count} segment{s} coded &apos;{code}&apos;</source>
        <translation>
            <numerusform>similar to {count} segment coded &apos;{code}&apos;</numerusform>
            <numerusform>similar to {count} segments coded &apos;{code}&apos;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the comments of coded passages are now memos on {count:,} coding{s}</source>
        <translation>
            <numerusform>the comments of coded passages are now memos on {count:,} coding</numerusform>
            <numerusform>the comments of coded passages are now memos on {count:,} codings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the keywords of {count:,} codes</source>
        <translation>
            <numerusform>the keywords of {count:,} code</numerusform>
            <numerusform>the keywords of {count:,} codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the speaker turns of {count:,} documents (their labels stay in the text)</source>
        <translation>
            <numerusform>the speaker turns of {count:,} document (their labels stay in the text)</numerusform>
            <numerusform>the speaker turns of {count:,} documents (their labels stay in the text)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} assignment{s}</source>
        <translation>
            <numerusform>{count:,} assignment</numerusform>
            <numerusform>{count:,} assignments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} associative or two-way link{s} now go from their origin to their target</source>
        <translation>
            <numerusform>{count:,} associative or two-way link now go from their origin to their target</numerusform>
            <numerusform>{count:,} associative or two-way links now go from their origin to their target</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} attribute values REFI-QDA cannot hold</source>
        <translation>
            <numerusform>{count:,} attribute value REFI-QDA cannot hold</numerusform>
            <numerusform>{count:,} attribute values REFI-QDA cannot hold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} attribute value{s} of variables the file does not define not imported</source>
        <translation>
            <numerusform>{count:,} attribute value of variables the file does not define not imported</numerusform>
            <numerusform>{count:,} attribute values of variables the file does not define not imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} bytes that are not valid UTF-8 replaced by � on line{s} {lines}</source>
        <translation>
            <numerusform>{count:,} bytes that are not valid UTF-8 replaced by � on line {lines}</numerusform>
            <numerusform>{count:,} bytes that are not valid UTF-8 replaced by � on lines {lines}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} byte{s} not valid in its code page ({encoding}) replaced by �</source>
        <translation>
            <numerusform>{count:,} byte not valid in its code page ({encoding}) replaced by �</numerusform>
            <numerusform>{count:,} bytes not valid in its code page ({encoding}) replaced by �</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} case{s}</source>
        <translation>
            <numerusform>{count:,} case</numerusform>
            <numerusform>{count:,} cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} code{s}</source>
        <translation>
            <numerusform>{count:,} code</numerusform>
            <numerusform>{count:,} codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} code{s} already in the project (same GUID or path) kept as they are; the file&apos;s codings of them are on them</source>
        <translation>
            <numerusform>{count:,} code already in the project (same GUID or path) kept as they are; the file&apos;s codings of them are on them</numerusform>
            <numerusform>{count:,} codes already in the project (same GUID or path) kept as they are; the file&apos;s codings of them are on them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} coding{s}</source>
        <translation>
            <numerusform>{count:,} coding</numerusform>
            <numerusform>{count:,} codings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} coding{s} of codes missing from the codebook not imported</source>
        <translation>
            <numerusform>{count:,} coding of codes missing from the codebook not imported</numerusform>
            <numerusform>{count:,} codings of codes missing from the codebook not imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} coding{s} repeating another (same code, passage and coder) not imported again</source>
        <translation>
            <numerusform>{count:,} coding repeating another (same code, passage and coder) not imported again</numerusform>
            <numerusform>{count:,} codings repeating another (same code, passage and coder) not imported again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} coding{s} without an author: attributed to a coder &apos;{tool} user&apos;</source>
        <translation>
            <numerusform>{count:,} coding without an author: attributed to a coder &apos;{tool} user&apos;</numerusform>
            <numerusform>{count:,} codings without an author: attributed to a coder &apos;{tool} user&apos;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} document{s}</source>
        <translation>
            <numerusform>{count:,} document</numerusform>
            <numerusform>{count:,} documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} empty answer{s} skipped</source>
        <translation>
            <numerusform>{count:,} empty answer skipped</numerusform>
            <numerusform>{count:,} empty answers skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} framework matrix cell{s}</source>
        <translation>
            <numerusform>{count:,} framework matrix cell</numerusform>
            <numerusform>{count:,} framework matrix cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} link type{s}</source>
        <translation>
            <numerusform>{count:,} link type</numerusform>
            <numerusform>{count:,} link types</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} link{s}</source>
        <translation>
            <numerusform>{count:,} link</numerusform>
            <numerusform>{count:,} links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} link{s} repeating another (same type, origin and target) not imported again</source>
        <translation>
            <numerusform>{count:,} link repeating another (same type, origin and target) not imported again</numerusform>
            <numerusform>{count:,} links repeating another (same type, origin and target) not imported again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} link{s} to passages with several codings link their first codings</source>
        <translation>
            <numerusform>{count:,} link to passages with several codings link their first codings</numerusform>
            <numerusform>{count:,} links to passages with several codings link their first codings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} link{s} without a name are of type &apos;{type}&apos;</source>
        <translation>
            <numerusform>{count:,} link without a name are of type &apos;{type}&apos;</numerusform>
            <numerusform>{count:,} links without a name are of type &apos;{type}&apos;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} memo{s}</source>
        <translation>
            <numerusform>{count:,} memo</numerusform>
            <numerusform>{count:,} memos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} node{s}</source>
        <translation>
            <numerusform>{count:,} node</numerusform>
            <numerusform>{count:,} nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} original file{s}</source>
        <translation>
            <numerusform>{count:,} original file</numerusform>
            <numerusform>{count:,} original files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} passages</source>
        <translation>
            <numerusform>{count:,} passage</numerusform>
            <numerusform>{count:,} passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} recording link{s}</source>
        <translation>
            <numerusform>{count:,} recording link</numerusform>
            <numerusform>{count:,} recording links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} recordings (a voice identifies: a pseudonymised copy leaves them out)</source>
        <translation>
            <numerusform>{count:,} recording (a voice identifies: a pseudonymised copy leaves it out)</numerusform>
            <numerusform>{count:,} recordings (a voice identifies: a pseudonymised copy leaves them out)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} recording{s} inside the file</source>
        <translation>
            <numerusform>{count:,} recording inside the file</numerusform>
            <numerusform>{count:,} recordings inside the file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} recording{s} referenced by their path, not inside the file</source>
        <translation>
            <numerusform>{count:,} recording referenced by its path, not inside the file</numerusform>
            <numerusform>{count:,} recordings referenced by their path, not inside the file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} rejected suggestions</source>
        <translation>
            <numerusform>{count:,} rejected suggestion</numerusform>
            <numerusform>{count:,} rejected suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} saved queries</source>
        <translation>
            <numerusform>{count:,} saved query</numerusform>
            <numerusform>{count:,} saved queries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} saved query</source>
        <translation>
            <numerusform>{count:,} saved query</numerusform>
            <numerusform>{count:,} saved queries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} selection{s}</source>
        <translation>
            <numerusform>{count:,} selection</numerusform>
            <numerusform>{count:,} selections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} set{s} without imported members: {sets}</source>
        <translation>
            <numerusform>{count:,} set without imported members: {sets}</numerusform>
            <numerusform>{count:,} sets without imported members: {sets}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} shared document{s}</source>
        <translation>
            <numerusform>{count:,} shared document</numerusform>
            <numerusform>{count:,} shared documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} source grade{s}</source>
        <translation>
            <numerusform>{count:,} source grade</numerusform>
            <numerusform>{count:,} source grades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} source{s}</source>
        <translation>
            <numerusform>{count:,} source</numerusform>
            <numerusform>{count:,} sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} speaker{s}</source>
        <translation>
            <numerusform>{count:,} speaker</numerusform>
            <numerusform>{count:,} speakers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} text version{s}</source>
        <translation>
            <numerusform>{count:,} text version</numerusform>
            <numerusform>{count:,} text versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} turn{s}</source>
        <translation>
            <numerusform>{count:,} turn</numerusform>
            <numerusform>{count:,} turns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} {thing}{s}</source>
        <translation>
            <numerusform>{count:,} {thing}</numerusform>
            <numerusform>{count:,} {thing}s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} coder{s}</source>
        <translation>
            <numerusform>{count} coder</numerusform>
            <numerusform>{count} coders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} code{s}</source>
        <translation>
            <numerusform>{count} code</numerusform>
            <numerusform>{count} codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} document{s}</source>
        <translation>
            <numerusform>{count} document</numerusform>
            <numerusform>{count} documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} participant{s}</source>
        <translation>
            <numerusform>{count} participant</numerusform>
            <numerusform>{count} participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} passage{s}</source>
        <translation>
            <numerusform>{count} passage</numerusform>
            <numerusform>{count} passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} passage{s} left out: {reason}</source>
        <translation>
            <numerusform>{count} passage left out: {reason}</numerusform>
            <numerusform>{count} passages left out: {reason}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} problem{s}</source>
        <translation>
            <numerusform>{count} problem</numerusform>
            <numerusform>{count} problems</numerusform>
        </translation>
    </message>
</context>
</TS>
