<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>qcode is free software: you may share and change it under the GNU General Public License, version 3 or (at your option) any later version ({licence}). It comes with no warranty.</source>
        <translation>qcode est un logiciel libre&#xa0;: vous pouvez le partager et le modifier selon les termes de la Licence publique générale GNU, version 3 ou (à votre choix) toute version ultérieure ({licence}). Il est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <source>This qcode runs from a Python installation, not from an app bundle. The third-party notices are generated when a bundle is built (packaging/notices.py); here, each installed package&apos;s licence is in that package&apos;s own metadata.</source>
        <translation>Ce qcode s&apos;exécute depuis une installation Python, pas depuis une application empaquetée. Les mentions des composants tiers sont générées lors de la construction du paquet (packaging/notices.py)&#xa0;; ici, la licence de chaque paquet installé se trouve dans les métadonnées de ce paquet.</translation>
    </message>
    <message>
        <source>About qcode</source>
        <translation>À propos de qcode</translation>
    </message>
    <message>
        <source>&lt;h2&gt;qcode {__version__}&lt;/h2&gt;Qualitative coding of interview transcripts, fully offline. Your text never leaves this computer.</source>
        <translation>&lt;h2&gt;qcode {__version__}&lt;/h2&gt;Codage qualitatif de transcriptions d&apos;entretiens, entièrement hors ligne. Votre texte ne quitte jamais cet ordinateur.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Third-party notices&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mentions des composants tiers&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>Mentions des composants tiers</translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation>&amp;Copier les versions</translation>
    </message>
    <message>
        <source>Copy qcode&apos;s and its libraries&apos; versions, for a bug report</source>
        <translation>Copier les versions de qcode et de ses bibliothèques, pour un rapport de bogue</translation>
    </message>
    <message>
        <source>app bundle</source>
        <translation>application empaquetée</translation>
    </message>
    <message>
        <source>Python installation</source>
        <translation>installation Python</translation>
    </message>
</context>
<context>
    <name>AgreementWindow</name>
    <message>
        <source>Inter-coder agreement — {name} — qcode</source>
        <translation>Accord inter-codeurs — {name} — qcode</translation>
    </message>
    <message>
        <source>Inter-coder agreement</source>
        <translation>Accord inter-codeurs</translation>
    </message>
    <message>
        <source>Coders to compare</source>
        <translation>Codeurs à comparer</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>What is compared: each character, each sentence or paragraph (coded when any of it is), or each coded segment matched by overlap</source>
        <translation>Ce qui est comparé&#xa0;: chaque caractère, chaque phrase ou paragraphe (codé dès qu&apos;une partie l&apos;est), ou chaque segment codé apparié par chevauchement</translation>
    </message>
    <message>
        <source>Overlap threshold</source>
        <translation>Seuil de chevauchement</translation>
    </message>
    <message>
        <source>Two coded segments count as the same when their overlap divided by their union (IoU) is at least this</source>
        <translation>Deux segments codés comptent comme identiques quand leur intersection divisée par leur union (IoU) atteint au moins cette valeur</translation>
    </message>
    <message>
        <source>Every document all chosen coders coded</source>
        <translation>Tous les documents codés par tous les codeurs choisis</translation>
    </message>
    <message>
        <source>Only the documents ticked below</source>
        <translation>Seulement les documents cochés ci-dessous</translation>
    </message>
    <message>
        <source>Documents to compare</source>
        <translation>Documents à comparer</translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation>&amp;Calculer</translation>
    </message>
    <message>
        <source>Export to E&amp;xcel…</source>
        <translation>Exporter vers E&amp;xcel…</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unité&#xa0;:</translation>
    </message>
    <message>
        <source>IoU threshold:</source>
        <translation>Seuil IoU&#xa0;:</translation>
    </message>
    <message>
        <source>Coders:</source>
        <translation>Codeurs&#xa0;:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Documents&#xa0;:</translation>
    </message>
    <message>
        <source>Choose coders and press Compute.</source>
        <translation>Choisissez les codeurs et cliquez sur Calculer.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Agreement by code</source>
        <translation>Accord par code</translation>
    </message>
    <message>
        <source>Agreement by document</source>
        <translation>Accord par document</translation>
    </message>
    <message>
        <source>Unmatched codings</source>
        <translation>Codages non appariés</translation>
    </message>
    <message>
        <source>By code</source>
        <translation>Par code</translation>
    </message>
    <message>
        <source>By document</source>
        <translation>Par document</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Double-click a code to compare the coders side by side</source>
        <translation>Double-cliquez sur un code pour comparer les codeurs côte à côte</translation>
    </message>
    <message>
        <source>Excluded documents</source>
        <translation>Documents exclus</translation>
    </message>
    <message>
        <source>&amp;Agreement</source>
        <translation>&amp;Accord</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Exporter vers Excel…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>The project has changed since: press Compute to bring the figures up to date.</source>
        <translation>Le projet a changé depuis&#xa0;: cliquez sur Calculer pour mettre les chiffres à jour.</translation>
    </message>
    <message>
        <source>Tick at least two coders to compare.</source>
        <translation>Cochez au moins deux codeurs à comparer.</translation>
    </message>
    <message>
        <source>Tick at least one document, or compare every document.</source>
        <translation>Cochez au moins un document, ou comparez tous les documents.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codeur</translation>
    </message>
    <message>
        <source>Best overlap</source>
        <translation>Meilleur chevauchement</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Unmatched codings ({n_unmatched})</source>
        <translation>Codages non appariés ({n_unmatched})</translation>
    </message>
    <message numerus="yes">
        <source>{unit_name} compared between {coders}, in %Ln documents.</source>
        <translation>
            <numerusform>{unit_name}&#xa0;: comparaison entre {coders}, dans %Ln document.</numerusform>
            <numerusform>{unit_name}&#xa0;: comparaison entre {coders}, dans %Ln documents.</numerusform>
        </translation>
    </message>
    <message>
        <source> Coded segments match when their overlap (IoU) is ≥ {threshold}.</source>
        <translation> Les segments codés correspondent quand leur chevauchement (IoU) est ≥ {threshold}.</translation>
    </message>
    <message>
        <source>Not compared (not coded by every chosen coder): {names}. </source>
        <translation>Non comparés (pas codés par tous les codeurs choisis)&#xa0;: {names}. </translation>
    </message>
    <message>
        <source>Press Compute first: there are no figures to export yet.</source>
        <translation>Cliquez d&apos;abord sur Calculer&#xa0;: il n&apos;y a encore aucun chiffre à exporter.</translation>
    </message>
</context>
<context>
    <name>AttributesDialog</name>
    <message>
        <source>Attributes of &apos;{name}&apos;</source>
        <translation>Attributs de «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>&amp;Add attribute</source>
        <translation>&amp;Ajouter un attribut</translation>
    </message>
    <message>
        <source>&amp;Remove attribute</source>
        <translation>&amp;Supprimer l&apos;attribut</translation>
    </message>
    <message>
        <source>Attribute problem</source>
        <translation>Problème d&apos;attribut</translation>
    </message>
    <message>
        <source>the value &apos;{value}&apos; needs an attribute name</source>
        <translation>la valeur «&#xa0;{value}&#xa0;» a besoin d&apos;un nom d&apos;attribut</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is listed twice</source>
        <translation>«&#xa0;{name}&#xa0;» figure deux fois</translation>
    </message>
</context>
<context>
    <name>BreakdownTab</name>
    <message>
        <source>By document</source>
        <translation>Par document</translation>
    </message>
    <message>
        <source>By coder</source>
        <translation>Par codeur</translation>
    </message>
    <message>
        <source>By attribute</source>
        <translation>Par attribut</translation>
    </message>
    <message>
        <source>Attribute to break down by</source>
        <translation>Attribut selon lequel ventiler</translation>
    </message>
    <message>
        <source>Attri&amp;bute:</source>
        <translation>Attri&amp;but&#xa0;:</translation>
    </message>
    <message>
        <source>No document has attributes yet.</source>
        <translation>Aucun document n&apos;a encore d&apos;attributs.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codeur</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source> in {group}</source>
        <translation> dans {group}</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Nouveau cas</translation>
    </message>
    <message>
        <source>Case &apos;{name}&apos;</source>
        <translation>Cas «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Case name</source>
        <translation>Nom du cas</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Type de cas</translation>
    </message>
    <message>
        <source>Case description</source>
        <translation>Description du cas</translation>
    </message>
    <message>
        <source>Who or what this case is, in a few words</source>
        <translation>Qui ou quoi est ce cas, en quelques mots</translation>
    </message>
    <message>
        <source>Case problem</source>
        <translation>Problème de cas</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CaseMatrixTab</name>
    <message>
        <source>Include &amp;sub-codes</source>
        <translation>Inclure les &amp;sous-codes</translation>
    </message>
    <message>
        <source>Count each code&apos;s sub-codes in its row</source>
        <translation>Compter les sous-codes de chaque code dans sa ligne</translation>
    </message>
    <message>
        <source>Codings that belong to each case (its documents, speakers and codings). </source>
        <translation>Codages qui appartiennent à chaque cas (ses documents, locuteurs et codages). </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>{paths} in the case {name}</source>
        <translation>{paths} dans le cas {name}</translation>
    </message>
</context>
<context>
    <name>CasesPanel</name>
    <message>
        <source>Cases</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Members of the case</source>
        <translation>Membres du cas</translation>
    </message>
    <message>
        <source>Double-click a document or coding to open it</source>
        <translation>Double-cliquez sur un document ou un codage pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Membres&#xa0;:</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Attributes…</source>
        <translation>Attributs…</translation>
    </message>
    <message>
        <source>Memo…</source>
        <translation>Mémo…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>Importer une liste…</translation>
    </message>
    <message>
        <source>{action} case</source>
        <translation>{action} le cas</translation>
    </message>
    <message>
        <source>Import case list</source>
        <translation>Importer une liste de cas</translation>
    </message>
    <message>
        <source>A CSV or Excel sheet: a row per case, a column each</source>
        <translation>Une feuille CSV ou Excel&#xa0;: une ligne par cas, une colonne par attribut</translation>
    </message>
    <message>
        <source>Remove from case</source>
        <translation>Retirer du cas</translation>
    </message>
    <message>
        <source>Remove the chosen members from the case</source>
        <translation>Retirer du cas les membres choisis</translation>
    </message>
    <message>
        <source>Members: choose one case above.</source>
        <translation>Membres&#xa0;: choisissez un cas ci-dessus.</translation>
    </message>
    <message>
        <source>Members of &apos;{name}&apos; ({n_found}): documents, speakers, codings</source>
        <translation>Membres de «&#xa0;{name}&#xa0;» ({n_found})&#xa0;: documents, locuteurs, codages</translation>
    </message>
    <message>
        <source>Coding (deleted)</source>
        <translation>Codage (supprimé)</translation>
    </message>
    <message>
        <source>Coding {code_path} in {document}: “{text}”</source>
        <translation>Codage {code_path} dans {document}&#xa0;: «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <source>in every document</source>
        <translation>dans tous les documents</translation>
    </message>
    <message>
        <source>in {place}</source>
        <translation>dans {place}</translation>
    </message>
    <message>
        <source>Speaker {speaker} {where}</source>
        <translation>Locuteur {speaker} {where}</translation>
    </message>
    <message>
        <source>Document {place}</source>
        <translation>Document {place}</translation>
    </message>
    <message>
        <source>Memos on case &apos;{name}&apos;</source>
        <translation>Mémos sur le cas «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation>
            <numerusform>%Ln autre</numerusform>
            <numerusform>%Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete cases</source>
        <translation>Supprimer des cas</translation>
    </message>
    <message>
        <source>Delete {names}, with their attributes, memos and framework summaries? The documents and codings stay.

You can undo this with Edit ▸ Undo.</source>
        <translation>Supprimer {names}, avec leurs attributs, mémos et résumés de cadre&#xa0;? Les documents et les codages restent.

Vous pouvez annuler avec Édition ▸ Annuler.</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Nouveau cas…</translation>
    </message>
    <message>
        <source>Edit name, type and description…</source>
        <translation>Modifier le nom, le type et la description…</translation>
    </message>
    <message>
        <source>Import case list…</source>
        <translation>Importer une liste de cas…</translation>
    </message>
</context>
<context>
    <name>ChangedCodingsDialog</name>
    <message>
        <source>Codings whose text was changed</source>
        <translation>Codages dont le texte a été modifié</translation>
    </message>
    <message>
        <source>Changed codings</source>
        <translation>Codages modifiés</translation>
    </message>
    <message>
        <source>&amp;Show in text</source>
        <translation>&amp;Afficher dans le texte</translation>
    </message>
    <message>
        <source>&amp;Mark reviewed</source>
        <translation>&amp;Marquer comme relu</translation>
    </message>
    <message>
        <source>Clear the “text changed” flag of the selected codings</source>
        <translation>Effacer l&apos;indicateur «&#xa0;texte modifié&#xa0;» des codages sélectionnés</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>A correction of the text cut through these codings: each was kept on what remains of its text. Read them again, then mark them reviewed.</source>
        <translation>Une correction du texte a coupé ces codages&#xa0;: chacun a été conservé sur ce qui reste de son texte. Relisez-les, puis marquez-les comme relus.</translation>
    </message>
    <message>
        <source>No coding is flagged “text changed”.</source>
        <translation>Aucun codage n&apos;est signalé «&#xa0;texte modifié&#xa0;».</translation>
    </message>
    <message>
        <source>Select the codings you have reviewed first.</source>
        <translation>Sélectionnez d&apos;abord les codages que vous avez relus.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln codings marked reviewed.</source>
        <translation>
            <numerusform>%Ln codage marqué comme relu.</numerusform>
            <numerusform>%Ln codages marqués comme relus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangedModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codeur</translation>
    </message>
    <message>
        <source>Text now</source>
        <translation>Texte actuel</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Where the coding was before the correction (characters)</source>
        <translation>Emplacement du codage avant la correction (caractères)</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>version {version}, {when}</source>
        <translation>version {version}, {when}</translation>
    </message>
</context>
<context>
    <name>ChoiceButton</name>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>All ({none_text})</source>
        <translation>Tous ({none_text})</translation>
    </message>
    <message>
        <source>{n_chosen} of {n_actions}</source>
        <translation>{n_chosen} sur {n_actions}</translation>
    </message>
</context>
<context>
    <name>CodeList</name>
    <message>
        <source>Filter codes…</source>
        <translation>Filtrer les codes…</translation>
    </message>
    <message>
        <source>Filter codes</source>
        <translation>Filtrer les codes</translation>
    </message>
    <message>
        <source>Codes to insert</source>
        <translation>Codes à insérer</translation>
    </message>
    <message>
        <source>Double-click a code to put it in the query</source>
        <translation>Double-cliquez sur un code pour l&apos;ajouter à la requête</translation>
    </message>
    <message>
        <source>with sub-codes (/**)</source>
        <translation>avec les sous-codes (/**)</translation>
    </message>
    <message>
        <source>Insert codes with their sub-codes</source>
        <translation>Insérer les codes avec leurs sous-codes</translation>
    </message>
    <message>
        <source>Codes (double-click to insert):</source>
        <translation>Codes (double-cliquez pour insérer)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CodePicker</name>
    <message>
        <source>Code as…</source>
        <translation>Coder comme…</translation>
    </message>
    <message>
        <source>Type part of a code&apos;s name…</source>
        <translation>Tapez une partie du nom d&apos;un code…</translation>
    </message>
    <message>
        <source>Code name filter</source>
        <translation>Filtre sur le nom du code</translation>
    </message>
    <message>
        <source>Matching codes</source>
        <translation>Codes correspondants</translation>
    </message>
    <message>
        <source>Apply which code?</source>
        <translation>Quel code appliquer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>CodebookModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codages</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Touche</translation>
    </message>
</context>
<context>
    <name>CodebookPanel</name>
    <message>
        <source>Find a code…</source>
        <translation>Trouver un code…</translation>
    </message>
    <message>
        <source>Find code</source>
        <translation>Trouver un code</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Livre de codes</translation>
    </message>
    <message>
        <source>&amp;New Code…</source>
        <translation>&amp;Nouveau code…</translation>
    </message>
    <message>
        <source>New &amp;Sub-code…</source>
        <translation>Nouveau &amp;sous-code…</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Couleur…</translation>
    </message>
    <message>
        <source>&amp;Description and Keywords…</source>
        <translation>&amp;Description et mots-clés…</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Fusionner dans…</translation>
    </message>
    <message>
        <source>&amp;Delete Code…</source>
        <translation>&amp;Supprimer le code…</translation>
    </message>
    <message>
        <source>Show Coded &amp;Segments</source>
        <translation>Afficher les &amp;segments codés</translation>
    </message>
    <message>
        <source>&amp;Apply to Selection</source>
        <translation>&amp;Appliquer à la sélection</translation>
    </message>
    <message>
        <source>Favourite &amp;Key</source>
        <translation>&amp;Touche favorite</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>{own} codings of this code</source>
        <translation>{own} codages de ce code</translation>
    </message>
    <message>
        <source>{tip}, {total} with its sub-codes</source>
        <translation>{tip}, {total} avec ses sous-codes</translation>
    </message>
    <message>
        <source> under &apos;{name}&apos;</source>
        <translation> sous «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>New Code</source>
        <translation>Nouveau code</translation>
    </message>
    <message>
        <source>Name of the new code{where}:</source>
        <translation>Nom du nouveau code{where}&#xa0;:</translation>
    </message>
    <message>
        <source>Colour of &apos;{name}&apos;</source>
        <translation>Couleur de «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>There is no other code to merge into.</source>
        <translation>Il n&apos;y a aucun autre code dans lequel fusionner.</translation>
    </message>
    <message>
        <source> and its {n_below} sub-codes</source>
        <translation> et ses {n_below} sous-codes</translation>
    </message>
    <message>
        <source>Delete the code {what}? {codings} codings will be removed with it.</source>
        <translation>Supprimer le code {what}&#xa0;? {codings} codages seront supprimés avec lui.</translation>
    </message>
    <message>
        <source>Delete Code</source>
        <translation>Supprimer le code</translation>
    </message>
    <message>
        <source>The dragged text could not be read.</source>
        <translation>Le texte glissé n&apos;a pas pu être lu.</translation>
    </message>
</context>
<context>
    <name>CoderCopiesDialog</name>
    <message>
        <source>Give each coder their file; when they are done, use File ▸ Merge project… to bring their coding back.</source>
        <translation>Donnez à chaque codeur son fichier&#xa0;; quand ils ont terminé, utilisez Fichier ▸ Fusionner un projet… pour récupérer leur codage.</translation>
    </message>
    <message>
        <source>Prepare coder copies — qcode</source>
        <translation>Préparer des copies pour les codeurs — qcode</translation>
    </message>
    <message>
        <source>Prepare coder copies</source>
        <translation>Préparer des copies pour les codeurs</translation>
    </message>
    <message>
        <source>Each coder gets a copy of &lt;b&gt;{project}&lt;/b&gt; to code on their own, named &lt;i&gt;{stem}-NAME.qcode&lt;/i&gt;.</source>
        <translation>Chaque codeur reçoit une copie de &lt;b&gt;{project}&lt;/b&gt; à coder de son côté, nommée &lt;i&gt;{stem}-NOM.qcode&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>Coder names</source>
        <translation>Noms des codeurs</translation>
    </message>
    <message>
        <source>One name a line</source>
        <translation>Un nom par ligne</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose folder</source>
        <translation>Choisir un dossier</translation>
    </message>
    <message>
        <source>Coders (one a line):</source>
        <translation>Codeurs (un par ligne)&#xa0;:</translation>
    </message>
    <message>
        <source>Write the copies to:</source>
        <translation>Écrire les copies dans&#xa0;:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Prepare copies</source>
        <translation>Préparer les copies</translation>
    </message>
    <message>
        <source>Where to write the coders&apos; copies</source>
        <translation>Où écrire les copies des codeurs</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Enter at least one coder&apos;s name.</source>
        <translation>Saisissez le nom d&apos;au moins un codeur.</translation>
    </message>
    <message>
        <source>{folder}: could not write the copies ({strerror})</source>
        <translation>{folder}&#xa0;: impossible d&apos;écrire les copies ({strerror})</translation>
    </message>
    <message>
        <source>Wrote {n_written} coder copies to {folder}.</source>
        <translation>{n_written} copies pour les codeurs écrites dans {folder}.</translation>
    </message>
    <message>
        <source>Coder copies</source>
        <translation>Copies des codeurs</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln files:
{files}

{hint}</source>
        <translation>
            <numerusform>%Ln fichier écrit :
{files}

{hint}</numerusform>
            <numerusform>%Ln fichiers écrits :
{files}

{hint}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoderPane</name>
    <message>
        <source>Text as coder {side} coded it</source>
        <translation>Le texte tel que le codeur {side} l&apos;a codé</translation>
    </message>
</context>
<context>
    <name>CodingFindings</name>
    <message>
        <source>Assign coding {label} to case…</source>
        <translation>Affecter le codage {label} à un cas…</translation>
    </message>
    <message>
        <source>Link coding {label} to…</source>
        <translation>Lier le codage {label} à…</translation>
    </message>
    <message>
        <source>Remember coding {label} for linking</source>
        <translation>Retenir le codage {label} pour le lier</translation>
    </message>
    <message>
        <source>Links of {label} ({n_links})</source>
        <translation>Liens de {label} ({n_links})</translation>
    </message>
    <message>
        <source>Grade of {label}</source>
        <translation>Niveau de {label}</translation>
    </message>
    <message>
        <source>(no grade)</source>
        <translation>(aucun niveau)</translation>
    </message>
    <message>
        <source>Define grades…</source>
        <translation>Définir les niveaux…</translation>
    </message>
    <message>
        <source>Open the other end</source>
        <translation>Ouvrir l&apos;autre extrémité</translation>
    </message>
    <message>
        <source>Edit the link&apos;s memo…</source>
        <translation>Modifier le mémo du lien…</translation>
    </message>
    <message>
        <source>Remove the link</source>
        <translation>Supprimer le lien</translation>
    </message>
    <message>
        <source>Remembered: right-click another coding ▸ Link coding … to…</source>
        <translation>Retenu&#xa0;: clic droit sur un autre codage ▸ Lier le codage … à…</translation>
    </message>
    <message>
        <source>the coding</source>
        <translation>le codage</translation>
    </message>
    <message>
        <source>Link memo</source>
        <translation>Mémo du lien</translation>
    </message>
    <message>
        <source>Memo on the link:</source>
        <translation>Mémo sur le lien&#xa0;:</translation>
    </message>
    <message>
        <source>    grade: {get}</source>
        <translation>    niveau&#xa0;: {get}</translation>
    </message>
    <message>
        <source>    links: {shown}</source>
        <translation>    liens&#xa0;: {shown}</translation>
    </message>
</context>
<context>
    <name>CodingMargin</name>
    <message>
        <source>Coding stripes</source>
        <translation>Bandes de codage</translation>
    </message>
    <message>
        <source>Which codes cover each line; hover a stripe for details</source>
        <translation>Quels codes couvrent chaque ligne&#xa0;; survolez une bande pour les détails</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Code to compare</source>
        <translation>Code à comparer</translation>
    </message>
    <message>
        <source>Document to compare</source>
        <translation>Document à comparer</translation>
    </message>
    <message>
        <source>Coder A</source>
        <translation>Codeur A</translation>
    </message>
    <message>
        <source>Coder B</source>
        <translation>Codeur B</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <source>Previous disagreement</source>
        <translation>Désaccord précédent</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>Next disagreement</source>
        <translation>Désaccord suivant</translation>
    </message>
    <message>
        <source>{accessibleName}: text only one of the coders coded</source>
        <translation>{accessibleName}&#xa0;: texte codé par un seul des codeurs</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Désaccords</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;background:{both_color}&quot;&gt;&amp;nbsp;coded by both&amp;nbsp;&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&quot;background:{one_color}&quot;&gt;&amp;nbsp;coded by this coder only&amp;nbsp;&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;background:{both_color}&quot;&gt;&amp;nbsp;codé par les deux&amp;nbsp;&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&quot;background:{one_color}&quot;&gt;&amp;nbsp;codé par ce codeur seulement&amp;nbsp;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code&#xa0;:</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Document&#xa0;:</translation>
    </message>
    <message>
        <source>A:</source>
        <translation>A&#xa0;:</translation>
    </message>
    <message>
        <source>B:</source>
        <translation>B&#xa0;:</translation>
    </message>
    <message>
        <source>Choose two different coders to compare.</source>
        <translation>Choisissez deux codeurs différents à comparer.</translation>
    </message>
    <message>
        <source>the code &apos;{code_path}&apos; no longer exists</source>
        <translation>le code «&#xa0;{code_path}&#xa0;» n&apos;existe plus</translation>
    </message>
    <message>
        <source>A: {a} — {code_path}</source>
        <translation>A&#xa0;: {a} — {code_path}</translation>
    </message>
    <message>
        <source>B: {b} — {code_path}</source>
        <translation>B&#xa0;: {b} — {code_path}</translation>
    </message>
    <message>
        <source>{number} of {total}: {coder} only</source>
        <translation>{number} sur {total}&#xa0;: {coder} seulement</translation>
    </message>
</context>
<context>
    <name>CooccurrenceTab</name>
    <message>
        <source>Count codings &amp;near each other (same paragraph or turn)</source>
        <translation>Compter les codages &amp;proches les uns des autres (même paragraphe ou tour de parole)</translation>
    </message>
    <message>
        <source>Count codings in the same paragraph or speaker turn</source>
        <translation>Compter les codages dans le même paragraphe ou tour de parole</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>in the same paragraph or turn</source>
        <translation>dans le même paragraphe ou tour de parole</translation>
    </message>
    <message>
        <source>overlapping</source>
        <translation>chevauchants</translation>
    </message>
    <message>
        <source>Pairs of codings {kind}; the darker the cell, the more pairs. {drill_note}</source>
        <translation>Paires de codages {kind}&#xa0;; plus la cellule est foncée, plus il y a de paires. {drill_note}</translation>
    </message>
    <message>
        <source>near</source>
        <translation>proches</translation>
    </message>
    <message>
        <source>{first} and {second}: codings of either {how} the other</source>
        <translation>{first} et {second}&#xa0;: codages de l&apos;un et de l&apos;autre ({how})</translation>
    </message>
</context>
<context>
    <name>CorrectTextDialog</name>
    <message>
        <source>Correct the text of &apos;{name}&apos;</source>
        <translation>Corriger le texte de «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Insert at character {start}</source>
        <translation>Insérer au caractère {start}</translation>
    </message>
    <message>
        <source>Characters {start}–{end} of {n_text}</source>
        <translation>Caractères {start}–{end} sur {n_text}</translation>
    </message>
    <message>
        <source>(nothing selected: the new text is inserted)</source>
        <translation>(rien de sélectionné&#xa0;: le nouveau texte est inséré)</translation>
    </message>
    <message>
        <source>Text now</source>
        <translation>Texte actuel</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>
One edit: Edit ▸ Undo takes it back. The earlier text is kept as a version; the original file is never changed.</source>
        <translation>
Une seule modification&#xa0;: Édition ▸ Annuler la défait. Le texte précédent est conservé comme version&#xa0;; le fichier d&apos;origine n&apos;est jamais modifié.</translation>
    </message>
    <message>
        <source>What happens to the codings</source>
        <translation>Ce qu&apos;il advient des codages</translation>
    </message>
    <message>
        <source>&amp;Apply correction</source>
        <translation>&amp;Appliquer la correction</translation>
    </message>
    <message>
        <source>{where}. Text now:</source>
        <translation>{where}. Texte actuel&#xa0;:</translation>
    </message>
    <message>
        <source>Replace with:</source>
        <translation>Remplacer par&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CorroborationWindow</name>
    <message>
        <source>Corroboration — {name} — qcode</source>
        <translation>Corroboration — {name} — qcode</translation>
    </message>
    <message>
        <source>Corroboration</source>
        <translation>Corroboration</translation>
    </message>
    <message>
        <source>Filter codes…</source>
        <translation>Filtrer les codes…</translation>
    </message>
    <message>
        <source>Filter codes</source>
        <translation>Filtrer les codes</translation>
    </message>
    <message>
        <source>Allegation codes</source>
        <translation>Codes d&apos;allégation</translation>
    </message>
    <message>
        <source>with sub-codes</source>
        <translation>avec les sous-codes</translation>
    </message>
    <message>
        <source>Count each allegation&apos;s sub-codes</source>
        <translation>Compter les sous-codes de chaque allégation</translation>
    </message>
    <message>
        <source>Codings made</source>
        <translation>Origine des codages</translation>
    </message>
    <message>
        <source>Only the codings made these ways count</source>
        <translation>Seuls comptent les codages faits de ces manières</translation>
    </message>
    <message>
        <source>Allegations</source>
        <translation>Allégations</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>Choose an allegation to read its quotes.</source>
        <translation>Choisissez une allégation pour lire ses citations.</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Exporter vers Excel…</translation>
    </message>
    <message>
        <source>Export corroboration to Excel</source>
        <translation>Exporter la corroboration vers Excel</translation>
    </message>
    <message>
        <source>Allegations (tick the codes):</source>
        <translation>Allégations (cochez les codes)&#xa0;:</translation>
    </message>
    <message>
        <source>Sources are cases; a coding in no case counts as its document.</source>
        <translation>Les sources sont les cas&#xa0;; un codage hors de tout cas compte comme son document.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>no code &apos;{path}&apos;</source>
        <translation>aucun code «&#xa0;{path}&#xa0;»</translation>
    </message>
    <message>
        <source>Tick codes on the left, then choose one to read its quotes.</source>
        <translation>Cochez des codes à gauche, puis choisissez-en un pour lire ses citations.</translation>
    </message>
    <message>
        <source>{code_path}: {quotes} from {sources} ({first_hand} first-hand). Double-click a quote to read it in its text.</source>
        <translation>{code_path}&#xa0;: {quotes} de {sources} ({first_hand} de première main). Double-cliquez sur une citation pour la lire dans son texte.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln quotes</source>
        <translation>
            <numerusform>%Ln citation</numerusform>
            <numerusform>%Ln citations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sources</source>
        <translation>
            <numerusform>%Ln source</numerusform>
            <numerusform>%Ln sources</numerusform>
        </translation>
    </message>
    <message>
        <source>this version of qcode cannot write a Corroboration sheet</source>
        <translation>cette version de qcode ne peut pas écrire de feuille Corroboration</translation>
    </message>
    <message>
        <source>Export corroboration</source>
        <translation>Exporter la corroboration</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Wrote the corroboration table to {target}.</source>
        <translation>Tableau de corroboration écrit dans {target}.</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Écriture du classeur…</translation>
    </message>
</context>
<context>
    <name>CrosstabTab</name>
    <message>
        <source>Attribute for the columns</source>
        <translation>Attribut pour les colonnes</translation>
    </message>
    <message>
        <source>Attri&amp;bute:</source>
        <translation>Attri&amp;but&#xa0;:</translation>
    </message>
    <message>
        <source>No document or case has attributes yet.</source>
        <translation>Aucun document ni cas n&apos;a encore d&apos;attributs.</translation>
    </message>
    <message>
        <source>Codings whose case holds each value (a coding of two cases counts under both).</source>
        <translation>Codages dont le cas porte chaque valeur (un codage de deux cas compte pour les deux).</translation>
    </message>
</context>
<context>
    <name>DescriptionDialog</name>
    <message>
        <source>Describe &apos;{name}&apos;</source>
        <translation>Décrire «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>e.g. threat, intimidation</source>
        <translation>p. ex. menace, intimidation</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation>&amp;Mots-clés&#xa0;:</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Document details</source>
        <translation>Détails du document</translation>
    </message>
    <message>
        <source>Code selection as…</source>
        <translation>Coder la sélection comme…</translation>
    </message>
    <message>
        <source>Code in vivo (new code named after the text)</source>
        <translation>Coder in vivo (nouveau code nommé d&apos;après le texte)</translation>
    </message>
    <message>
        <source>Apply favourite code {key}</source>
        <translation>Appliquer le code favori {key}</translation>
    </message>
    <message>
        <source>  No document open — pick one in the Documents list.</source>
        <translation>  Aucun document ouvert — choisissez-en un dans la liste Documents.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln characters</source>
        <translation>
            <numerusform>%Ln caractère</numerusform>
            <numerusform>%Ln caractères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln codings</source>
        <translation>
            <numerusform>%Ln codage</numerusform>
            <numerusform>%Ln codages</numerusform>
        </translation>
    </message>
    <message>
        <source>speakers: {names}</source>
        <translation>locuteurs&#xa0;: {names}</translation>
    </message>
    <message>
        <source>showing {coder_filter}&apos;s coding only</source>
        <translation>seul le codage de {coder_filter} est affiché</translation>
    </message>
    <message>
        <source>Select some text first, then choose a code for it.</source>
        <translation>Sélectionnez d&apos;abord du texte, puis choisissez un code pour celui-ci.</translation>
    </message>
    <message>
        <source>Select the words to use as the new code&apos;s name.</source>
        <translation>Sélectionnez les mots à utiliser comme nom du nouveau code.</translation>
    </message>
    <message>
        <source>Code selection as</source>
        <translation>Coder la sélection comme</translation>
    </message>
    <message>
        <source>Remove coding &apos;{name}&apos; ({who})</source>
        <translation>Supprimer le codage «&#xa0;{name}&#xa0;» ({who})</translation>
    </message>
    <message>
        <source>Memo on coding &apos;{name}&apos; ({who})…</source>
        <translation>Mémo sur le codage «&#xa0;{name}&#xa0;» ({who})…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>{name} (this code)</source>
        <translation>{name} (ce code)</translation>
    </message>
    <message>
        <source>Memo on coding &apos;{name}&apos;</source>
        <translation>Mémo sur le codage «&#xa0;{name}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Filter documents…</source>
        <translation>Filtrer les documents…</translation>
    </message>
    <message>
        <source>Filter documents</source>
        <translation>Filtrer les documents</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Edit &amp;attributes…</source>
        <translation>Modifier les &amp;attributs…</translation>
    </message>
    <message>
        <source>Document &amp;memo…</source>
        <translation>&amp;Mémo du document…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln codings</source>
        <translation>
            <numerusform>%Ln codage</numerusform>
            <numerusform>%Ln codages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation>
            <numerusform>%Ln autre</numerusform>
            <numerusform>%Ln autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln documents ({names}) and their {coding_words}</source>
        <translation>
            <numerusform>%Ln document ({names}) et ses {coding_words}</numerusform>
            <numerusform>%Ln documents ({names}) et leurs {coding_words}</numerusform>
        </translation>
    </message>
    <message>
        <source>the document &apos;{name}&apos; and its {coding_words}</source>
        <translation>le document «&#xa0;{name}&#xa0;» et ses {coding_words}</translation>
    </message>
    <message>
        <source>Delete documents</source>
        <translation>Supprimer des documents</translation>
    </message>
    <message>
        <source>Delete {what}? Memos on them go too.

You can undo this with Edit ▸ Undo.</source>
        <translation>Supprimer {what}&#xa0;? Les mémos qui s&apos;y rapportent sont aussi supprimés.

Vous pouvez annuler avec Édition ▸ Annuler.</translation>
    </message>
    <message>
        <source>Memos on &apos;{name}&apos;</source>
        <translation>Mémos sur «&#xa0;{name}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>How good are suggestions?</source>
        <translation>Quelle est la qualité des suggestions&#xa0;?</translation>
    </message>
    <message>
        <source>Measuring on your coding (this retrains a few times)…</source>
        <translation>Mesure sur votre codage (réentraînement à plusieurs reprises)…</translation>
    </message>
    <message>
        <source>Judged against</source>
        <translation>Jugé par rapport à</translation>
    </message>
    <message>
        <source>everyone&apos;s coding</source>
        <translation>le codage de tous</translation>
    </message>
    <message>
        <source>Judged against:</source>
        <translation>Jugé par rapport à :</translation>
    </message>
    <message>
        <source>Suggestions report</source>
        <translation>Rapport sur les suggestions</translation>
    </message>
    <message>
        <source>Could not measure: {problem}</source>
        <translation>Impossible de mesurer&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Measured on your own coding:</source>
        <translation>Mesuré sur votre propre codage&#xa0;:</translation>
    </message>
</context>
<context>
    <name>EvaluationReport</name>
    <message>
        <source>Beside a colleague (their coding judged against {coder}&apos;s the same way, on the same passages):</source>
        <translation>À côté d&apos;un collègue (son codage jugé par rapport à celui de {coder} de la même façon, sur les mêmes passages) :</translation>
    </message>
    <message numerus="yes">
        <source>{colleague}, on %Ln passages: their coding F1 {f1} (precision {precision}, recall {recall}); the suggestions F1 {mine}, {share} of theirs</source>
        <translation>
            <numerusform>{colleague}, sur %Ln passage : F1 de son codage {f1} (précision {precision}, rappel {recall}) ; F1 des suggestions {mine}, {share} du sien</numerusform>
            <numerusform>{colleague}, sur %Ln passages : F1 de son codage {f1} (précision {precision}, rappel {recall}) ; F1 des suggestions {mine}, {share} du sien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Judged on %Ln passages of coded documents: {how}.</source>
        <translation>
            <numerusform>Jugé sur %Ln passage de documents codés : {how}.</numerusform>
            <numerusform>Jugé sur %Ln passages de documents codés : {how}.</numerusform>
        </translation>
    </message>
    <message>
        <source>At the learned thresholds: {precision} of the suggestions were right (precision), and they found {recall} of what you coded (recall); F1 {f1}.</source>
        <translation>Aux seuils appris : {precision} des suggestions étaient justes (précision), et elles ont trouvé {recall} de ce que vous avez codé (rappel) ; F1 {f1}.</translation>
    </message>
    <message>
        <source>Ranking quality (average precision): {value}.</source>
        <translation>Qualité du classement (précision moyenne) : {value}.</translation>
    </message>
    <message>
        <source>Keywords alone: F1 {f1}.</source>
        <translation>Mots-clés seuls : F1 {f1}.</translation>
    </message>
    <message>
        <source>All three sources together (what the Suggestions panel shows unless you untick some): precision {precision}, recall {recall}, F1 {f1}.</source>
        <translation>Les trois sources ensemble (ce que montre le panneau Suggestions si vous n&apos;en décochez aucune) : précision {precision}, rappel {recall}, F1 {f1}.</translation>
    </message>
    <message>
        <source>How often suggestions were right, by confidence:</source>
        <translation>Part des suggestions justes, par niveau de confiance :</translation>
    </message>
    <message numerus="yes">
        <source>{low}–{high}: {rate} of %Ln</source>
        <translation>
            <numerusform>{low}–{high} : {rate} sur %Ln</numerusform>
            <numerusform>{low}–{high} : {rate} sur %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewing more (the slider towards “many, to review”):</source>
        <translation>En examiner davantage (le curseur vers « nombreuses, à examiner ») :</translation>
    </message>
    <message>
        <source>{how}: finds {recall} of your coding, {precision} right, {count} per passage</source>
        <translation>{how} : trouve {recall} de votre codage, {precision} justes, {count} par passage</translation>
    </message>
    <message>
        <source>Learning curve (F1 after learning from this many coded passages):</source>
        <translation>Courbe d&apos;apprentissage (F1 après apprentissage sur ce nombre de passages codés) :</translation>
    </message>
    <message>
        <source>{count}: F1 {f1}</source>
        <translation>{count} : F1 {f1}</translation>
    </message>
    <message>
        <source>Per code (precision/recall/F1, average precision):</source>
        <translation>Par code (précision/rappel/F1, précision moyenne) :</translation>
    </message>
    <message numerus="yes">
        <source>{code}: {precision}/{recall}/{f1}, AP {ap} (%Ln coded)</source>
        <translation>
            <numerusform>{code} : {precision}/{recall}/{f1}, PM {ap} (%Ln codé)</numerusform>
            <numerusform>{code} : {precision}/{recall}/{f1}, PM {ap} (%Ln codés)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpressionEditor</name>
    <message>
        <source>Query expression</source>
        <translation>Expression de requête</translation>
    </message>
    <message>
        <source>e.g. &quot;Harms/**&quot; AND NOT &quot;Notice&quot;   ·   &quot;Stopped&quot; NEAR/turn &quot;Station&quot;</source>
        <translation>p. ex. &quot;Harms/**&quot; AND NOT &quot;Notice&quot;   ·   &quot;Stopped&quot; NEAR/turn &quot;Station&quot;</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <source>Run the query</source>
        <translation>Exécuter la requête</translation>
    </message>
    <message>
        <source>Insert {text}</source>
        <translation>Insérer {text}</translation>
    </message>
    <message>
        <source>NEAR distance in characters</source>
        <translation>Distance NEAR en caractères</translation>
    </message>
    <message>
        <source>NEAR unit</source>
        <translation>Unité NEAR</translation>
    </message>
    <message>
        <source>Insert NEAR</source>
        <translation>Insérer NEAR</translation>
    </message>
    <message>
        <source>The codings of the left side that lie within N characters of (or share a sentence, paragraph or speaker turn with) a coding of the right side</source>
        <translation>Les codages du côté gauche situés à moins de N caractères d&apos;un codage du côté droit (ou partageant avec lui une phrase, un paragraphe ou un tour de parole)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear the query</source>
        <translation>Effacer la requête</translation>
    </message>
    <message>
        <source>Query problem</source>
        <translation>Problème de requête</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>&amp;Requête&#xa0;:</translation>
    </message>
</context>
<context>
    <name>FigureTab</name>
    <message>
        <source>with sub-codes</source>
        <translation>avec les sous-codes</translation>
    </message>
    <message>
        <source>own codings</source>
        <translation>codages propres</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>New encr&amp;ypted project…</source>
        <translation>Nouveau projet &amp;chiffré…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Import documents…</source>
        <translation>&amp;Importer des documents…</translation>
    </message>
    <message>
        <source>Import sur&amp;vey or spreadsheet…</source>
        <translation>Importer une &amp;enquête ou un tableur…</translation>
    </message>
    <message>
        <source>Import code&amp;book (.qdc)…</source>
        <translation>Importer un &amp;livre de codes (.qdc)…</translation>
    </message>
    <message>
        <source>&amp;Export codebook (.qdc)…</source>
        <translation>E&amp;xporter le livre de codes (.qdc)…</translation>
    </message>
    <message>
        <source>Export to E&amp;xcel…</source>
        <translation>Exporter &amp;vers Excel…</translation>
    </message>
    <message>
        <source>Report in &amp;Word or PDF…</source>
        <translation>Rapport &amp;Word ou PDF…</translation>
    </message>
    <message>
        <source>Import REFI-QDA pro&amp;ject (.qdpx)…</source>
        <translation>Importer un pro&amp;jet REFI-QDA (.qdpx)…</translation>
    </message>
    <message>
        <source>Export REFI-QDA projec&amp;t (.qdpx)…</source>
        <translation>Exporter un projet REFI-Q&amp;DA (.qdpx)…</translation>
    </message>
    <message>
        <source>Project &amp;memo…</source>
        <translation>&amp;Mémo du projet…</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>Enre&amp;gistrer une copie sous…</translation>
    </message>
    <message>
        <source>Encry&amp;pt this project…</source>
        <translation>Chi&amp;ffrer ce projet…</translation>
    </message>
    <message>
        <source>Change pa&amp;ssphrase…</source>
        <translation>Changer la phrase &amp;secrète…</translation>
    </message>
    <message>
        <source>&amp;Decrypt this project…</source>
        <translation>Déc&amp;hiffrer ce projet…</translation>
    </message>
    <message>
        <source>Mer&amp;ge project…</source>
        <translation>F&amp;usionner un projet…</translation>
    </message>
    <message>
        <source>Prepare coder cop&amp;ies…</source>
        <translation>Pré&amp;parer des copies pour les codeurs…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>qcode projects (*.qcode)</source>
        <translation>Projets qcode (*.qcode)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucun pour l&apos;instant)</translation>
    </message>
    <message>
        <source>Save a copy of the project</source>
        <translation>Enregistrer une copie du projet</translation>
    </message>
    <message>
        <source>{stem} copy.qcode</source>
        <translation>{stem} copie.qcode</translation>
    </message>
    <message>
        <source>Could not save a copy: {problem}</source>
        <translation>Impossible d&apos;enregistrer une copie&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Saved a copy as {path}.</source>
        <translation>Copie enregistrée sous {path}.</translation>
    </message>
    <message>
        <source>Project memo</source>
        <translation>Mémo du projet</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Codes (with their sub-codes)</source>
        <translation>Codes (avec leurs sous-codes)</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Codeurs</translation>
    </message>
    <message>
        <source>Codings made</source>
        <translation>Origine des codages</translation>
    </message>
    <message>
        <source>e.g. gender=female, city=Beijing</source>
        <translation>p. ex. genre=femme, ville=Pékin</translation>
    </message>
    <message>
        <source>Document attributes, as name=value, comma-separated</source>
        <translation>Attributs de document, sous la forme nom=valeur, séparés par des virgules</translation>
    </message>
    <message>
        <source>A document must match every named attribute; the same name twice means either value.</source>
        <translation>Un document doit correspondre à chaque attribut nommé&#xa0;; le même nom deux fois signifie l&apos;une ou l&apos;autre valeur.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Add an attribute value to the filter</source>
        <translation>Ajouter une valeur d&apos;attribut au filtre</translation>
    </message>
    <message>
        <source>&amp;Apply filters</source>
        <translation>&amp;Appliquer les filtres</translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation>Appliquer les filtres</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Effacer tous les filtres</translation>
    </message>
    <message>
        <source>Filters in use</source>
        <translation>Filtres actifs</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>C&amp;odes</source>
        <translation>C&amp;odes</translation>
    </message>
    <message>
        <source>Cod&amp;ers</source>
        <translation>Cod&amp;eurs</translation>
    </message>
    <message>
        <source>Codings &amp;made</source>
        <translation>Ori&amp;gine des codages</translation>
    </message>
    <message>
        <source>A&amp;ttributes</source>
        <translation>A&amp;ttributs</translation>
    </message>
    <message>
        <source>{name}: none selected means all</source>
        <translation>{name}&#xa0;: aucune sélection signifie tous</translation>
    </message>
    <message>
        <source>Select one or more (Ctrl+click, Shift+click); none selected means all.</source>
        <translation>Sélectionnez-en un ou plusieurs (Ctrl+clic, Maj+clic)&#xa0;; aucune sélection signifie tous.</translation>
    </message>
    <message>
        <source>(no document has attributes)</source>
        <translation>(aucun document n&apos;a d&apos;attributs)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Filters:&lt;/b&gt; {escaped}</source>
        <translation>&lt;b&gt;Filtres&#xa0;:&lt;/b&gt; {escaped}</translation>
    </message>
</context>
<context>
    <name>FrameworkWindow</name>
    <message>
        <source>Framework matrix — {name} — qcode</source>
        <translation>Matrice de cadre — {name} — qcode</translation>
    </message>
    <message>
        <source>Framework matrix</source>
        <translation>Matrice de cadre</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>suggérés</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>with sub-codes</source>
        <translation>avec les sous-codes</translation>
    </message>
    <message>
        <source>Count each code&apos;s sub-codes in its column</source>
        <translation>Compter les sous-codes de chaque code dans sa colonne</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Exporter vers Excel…</translation>
    </message>
    <message>
        <source>Export the framework matrix to Excel</source>
        <translation>Exporter la matrice de cadre vers Excel</translation>
    </message>
    <message>
        <source>Framework grid</source>
        <translation>Grille du cadre</translation>
    </message>
    <message>
        <source>Choose a cell: a case (row) and a code (column).</source>
        <translation>Choisissez une cellule&#xa0;: un cas (ligne) et un code (colonne).</translation>
    </message>
    <message>
        <source>Cell chosen</source>
        <translation>Cellule choisie</translation>
    </message>
    <message>
        <source>Coded text of the cell</source>
        <translation>Texte codé de la cellule</translation>
    </message>
    <message>
        <source>Tick a passage to link it to the summary as a quote</source>
        <translation>Cochez un passage pour le lier au résumé comme citation</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Your summary of this case on this code…</source>
        <translation>Votre résumé de ce cas pour ce code…</translation>
    </message>
    <message>
        <source>&amp;Save summary</source>
        <translation>&amp;Enregistrer le résumé</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>Enregistrer le résumé</translation>
    </message>
    <message>
        <source>Summary saved or not</source>
        <translation>Résumé enregistré ou non</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Coded text (tick a passage to quote it in the summary):</source>
        <translation>Texte codé (cochez un passage pour le citer dans le résumé)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Résumé&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{case}&lt;/b&gt; × &lt;b&gt;{code}&lt;/b&gt; — %Ln coded passages, {n_quoted} quoted</source>
        <translation>
            <numerusform>&lt;b&gt;{case}&lt;/b&gt; × &lt;b&gt;{code}&lt;/b&gt; — %Ln passage codé, {n_quoted} cité(s)</numerusform>
            <numerusform>&lt;b&gt;{case}&lt;/b&gt; × &lt;b&gt;{code}&lt;/b&gt; — %Ln passages codés, {n_quoted} cité(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved yet (saved when you leave the editor).</source>
        <translation>Pas encore enregistré (enregistré quand vous quittez l&apos;éditeur).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>this version of qcode cannot write a Framework sheet</source>
        <translation>cette version de qcode ne peut pas écrire de feuille Framework</translation>
    </message>
    <message>
        <source>Export framework matrix</source>
        <translation>Exporter la matrice de cadre</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Wrote the framework matrix to {target}.</source>
        <translation>Matrice de cadre écrite dans {target}.</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Écriture du classeur…</translation>
    </message>
</context>
<context>
    <name>FrequenciesTab</name>
    <message>
        <source>{m}: the code&apos;s own codings</source>
        <translation>{m}&#xa0;: les codages propres du code</translation>
    </message>
    <message>
        <source>{m}: the code&apos;s codings and its sub-codes&apos;</source>
        <translation>{m}&#xa0;: les codages du code et ceux de ses sous-codes</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
</context>
<context>
    <name>GradesDialog</name>
    <message>
        <source>first-hand witness</source>
        <translation>témoin de première main</translation>
    </message>
    <message>
        <source>second-hand</source>
        <translation>de seconde main</translation>
    </message>
    <message>
        <source>documentary</source>
        <translation>documentaire</translation>
    </message>
    <message>
        <source>Source grades</source>
        <translation>Niveaux des sources</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Niveaux</translation>
    </message>
    <message>
        <source>&amp;First-hand (the source saw or lived it)</source>
        <translation>De &amp;première main (la source l&apos;a vu ou vécu)</translation>
    </message>
    <message>
        <source>The chosen grade is first-hand</source>
        <translation>Le niveau choisi est de première main</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Add the usual three</source>
        <translation>Ajouter les trois habituels</translation>
    </message>
    <message>
        <source>{action} grade</source>
        <translation>Niveau&#xa0;: {action}</translation>
    </message>
    <message>
        <source>A coding can carry one grade (right-click it in the text ▸ Grade). The corroboration table counts the sources with a first-hand grade.</source>
        <translation>Un codage peut porter un niveau (clic droit dessus dans le texte ▸ Niveau). Le tableau de corroboration compte les sources ayant un niveau de première main.</translation>
    </message>
    <message>
        <source>  (first-hand)</source>
        <translation>  (de première main)</translation>
    </message>
    <message>
        <source>New grade</source>
        <translation>Nouveau niveau</translation>
    </message>
    <message>
        <source>Name of the grade:</source>
        <translation>Nom du niveau&#xa0;:</translation>
    </message>
    <message>
        <source>Rename grade</source>
        <translation>Renommer le niveau</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
</context>
<context>
    <name>HitsModel</name>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>How the codings in the passage were made</source>
        <translation>Comment les codages du passage ont été faits</translation>
    </message>
</context>
<context>
    <name>HitsView</name>
    <message>
        <source>Query results</source>
        <translation>Résultats de la requête</translation>
    </message>
</context>
<context>
    <name>IdentifiersDialog</name>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Trouvé par</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Remplacement</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>language model</source>
        <translation>modèle de langue</translation>
    </message>
    <message>
        <source>pseudonym table</source>
        <translation>table des pseudonymes</translation>
    </message>
    <message>
        <source>Find identifying details — qcode</source>
        <translation>Trouver les détails identifiants — qcode</translation>
    </message>
    <message>
        <source>Find identifying details</source>
        <translation>Trouver les détails identifiants</translation>
    </message>
    <message>
        <source>Look in</source>
        <translation>Chercher dans</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Tous les documents</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Chercher dans&#xa0;:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Identifying details</source>
        <translation>Détails identifiants</translation>
    </message>
    <message>
        <source>&amp;Add to pseudonyms</source>
        <translation>&amp;Ajouter aux pseudonymes</translation>
    </message>
    <message>
        <source>Add to pseudonyms</source>
        <translation>Ajouter aux pseudonymes</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>&amp;Tout cocher</translation>
    </message>
    <message>
        <source>&amp;Untick all</source>
        <translation>Tout &amp;décocher</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Tick the details that could identify someone and check each replacement; exports will show the replacement instead. Double-click a row to see it in its document.</source>
        <translation>Cochez les détails qui pourraient identifier quelqu&apos;un et vérifiez chaque remplacement&#xa0;; les exports afficheront le remplacement à la place. Double-cliquez sur une ligne pour la voir dans son document.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln possible identifying details found.</source>
        <translation>
            <numerusform>%Ln détail potentiellement identifiant trouvé.</numerusform>
            <numerusform>%Ln détails potentiellement identifiants trouvés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln pseudonyms (Edit ▸ Undo takes them back).</source>
        <translation>
            <numerusform>%Ln pseudonyme ajouté (Édition ▸ Annuler le retire).</numerusform>
            <numerusform>%Ln pseudonymes ajoutés (Édition ▸ Annuler les retire).</numerusform>
        </translation>
    </message>
    <message>
        <source>in table</source>
        <translation>dans la table</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The new language is used the next time qcode starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de qcode.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link coding</source>
        <translation>Lier le codage</translation>
    </message>
    <message>
        <source>Which codings to list</source>
        <translation>Quels codages lister</translation>
    </message>
    <message>
        <source>this document</source>
        <translation>ce document</translation>
    </message>
    <message>
        <source>the whole project</source>
        <translation>tout le projet</translation>
    </message>
    <message>
        <source>Code of the codings listed</source>
        <translation>Code des codages listés</translation>
    </message>
    <message>
        <source>(every code)</source>
        <translation>(tous les codes)</translation>
    </message>
    <message>
        <source>Coding to link to</source>
        <translation>Codage à lier</translation>
    </message>
    <message>
        <source>Link type</source>
        <translation>Type de lien</translation>
    </message>
    <message>
        <source>New type…</source>
        <translation>Nouveau type…</translation>
    </message>
    <message>
        <source>Link memo</source>
        <translation>Mémo du lien</translation>
    </message>
    <message>
        <source>optional: why these passages belong together</source>
        <translation>facultatif&#xa0;: pourquoi ces passages vont ensemble</translation>
    </message>
    <message>
        <source>Link problem</source>
        <translation>Problème de lien</translation>
    </message>
    <message>
        <source>Show codings in</source>
        <translation>Afficher les codages dans</translation>
    </message>
    <message>
        <source>of</source>
        <translation>de</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Memo:</source>
        <translation>&amp;Mémo&#xa0;:</translation>
    </message>
    <message>
        <source>From: {segment_label}</source>
        <translation>De&#xa0;: {segment_label}</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Vers&#xa0;:</translation>
    </message>
    <message>
        <source>New link type</source>
        <translation>Nouveau type de lien</translation>
    </message>
    <message>
        <source>Name of the link type:</source>
        <translation>Nom du type de lien&#xa0;:</translation>
    </message>
    <message>
        <source>(chosen before) {label}</source>
        <translation>(choisi auparavant) {label}</translation>
    </message>
    <message>
        <source>Choose a code to list the project&apos;s codings of it.</source>
        <translation>Choisissez un code pour lister ses codages dans le projet.</translation>
    </message>
    <message>
        <source>Choose the coding to link to.</source>
        <translation>Choisissez le codage à lier.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>All coders</source>
        <translation>Tous les codeurs</translation>
    </message>
    <message>
        <source>(project as opened)</source>
        <translation>(projet tel qu&apos;ouvert)</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Livre de codes</translation>
    </message>
    <message>
        <source>Coded segments</source>
        <translation>Segments codés</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Locuteurs</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Show codings by</source>
        <translation>Afficher les codages de</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Find in documents…</source>
        <translation>&amp;Rechercher dans les documents…</translation>
    </message>
    <message>
        <source>&amp;Coding</source>
        <translation>&amp;Codage</translation>
    </message>
    <message>
        <source>Favourite codes (keys 1–9)</source>
        <translation>Codes favoris (touches 1–9)</translation>
    </message>
    <message>
        <source>Set my coder &amp;name…</source>
        <translation>Définir mon &amp;nom de codeur…</translation>
    </message>
    <message>
        <source>C&amp;odes</source>
        <translation>Co&amp;des</translation>
    </message>
    <message>
        <source>Code &amp;memo…</source>
        <translation>&amp;Mémo du code…</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>Doc&amp;uments</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <source>Inter-coder &amp;agreement…</source>
        <translation>&amp;Accord inter-codeurs…</translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>&amp;Query…</source>
        <translation>&amp;Requête…</translation>
    </message>
    <message>
        <source>&amp;Framework matrix…</source>
        <translation>&amp;Matrice de cadre…</translation>
    </message>
    <message>
        <source>&amp;Corroboration…</source>
        <translation>&amp;Corroboration…</translation>
    </message>
    <message>
        <source>&amp;Speakers</source>
        <translation>&amp;Locuteurs</translation>
    </message>
    <message>
        <source>C&amp;ases</source>
        <translation>Ca&amp;s</translation>
    </message>
    <message>
        <source>Source &amp;grades…</source>
        <translation>&amp;Niveaux des sources…</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>Vie &amp;privée</translation>
    </message>
    <message>
        <source>&amp;Pseudonyms…</source>
        <translation>&amp;Pseudonymes…</translation>
    </message>
    <message>
        <source>Find &amp;identifying details…</source>
        <translation>Trouver les détails &amp;identifiants…</translation>
    </message>
    <message>
        <source>&amp;Redact documents permanently…</source>
        <translation>&amp;Caviarder définitivement des documents…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <source>&amp;About qcode…</source>
        <translation>À &amp;propos de qcode…</translation>
    </message>
    <message>
        <source>{n_documents} documents</source>
        <translation>{n_documents} documents</translation>
    </message>
    <message>
        <source>Assign to case…</source>
        <translation>Affecter à un cas…</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>Codage</translation>
    </message>
    <message>
        <source>Code as…</source>
        <translation>Coder comme…</translation>
    </message>
    <message>
        <source>In vivo</source>
        <translation>In vivo</translation>
    </message>
    <message>
        <source> Show codings by: </source>
        <translation> Afficher les codages de&#xa0;: </translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [lecture seule]</translation>
    </message>
    <message>
        <source> 🔒 [encrypted]</source>
        <translation> 🔒 [chiffré]</translation>
    </message>
    <message>
        <source>{name} ({file}){flag} — qcode</source>
        <translation>{name} ({file}){flag} — qcode</translation>
    </message>
    <message>
        <source>Coding as: {coder_name}  </source>
        <translation>Codeur&#xa0;: {coder_name}  </translation>
    </message>
    <message>
        <source>Select a code in the codebook first.</source>
        <translation>Sélectionnez d&apos;abord un code dans le livre de codes.</translation>
    </message>
    <message>
        <source>Memo on code &apos;{name}&apos;</source>
        <translation>Mémo sur le code «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Ctrl+O open project · Ctrl+Shift+I import documents · Ctrl+F find in documents</source>
        <translation>Ctrl+O ouvrir un projet · Ctrl+Maj+I importer des documents · Ctrl+F rechercher dans les documents</translation>
    </message>
    <message>
        <source>Ctrl+K code selection as… · Ctrl+I code in vivo · 1–9 favourite codes</source>
        <translation>Ctrl+K coder la sélection comme… · Ctrl+I coder in vivo · 1–9 codes favoris</translation>
    </message>
    <message>
        <source>Ctrl+Z undo · Ctrl+Shift+Z redo · F2 rename · Delete remove</source>
        <translation>Ctrl+Z annuler · Ctrl+Maj+Z rétablir · F2 renommer · Suppr supprimer</translation>
    </message>
    <message>
        <source>Ctrl+R reports · Ctrl+E export to Excel · Ctrl+Shift+Q query the coding</source>
        <translation>Ctrl+R rapports · Ctrl+E exporter vers Excel · Ctrl+Maj+Q interroger le codage</translation>
    </message>
    <message>
        <source>Double-click a code to apply it to the selected text, or drag the text onto a code.</source>
        <translation>Double-cliquez sur un code pour l&apos;appliquer au texte sélectionné, ou glissez le texte sur un code.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>MatrixTab</name>
    <message>
        <source>Include &amp;sub-codes</source>
        <translation>Inclure les &amp;sous-codes</translation>
    </message>
    <message>
        <source>Count each code&apos;s sub-codes in its row</source>
        <translation>Compter les sous-codes de chaque code dans sa ligne</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source> in {headers}</source>
        <translation> dans {headers}</translation>
    </message>
</context>
<context>
    <name>MediaPlayer</name>
    <message>
        <source>Recording player</source>
        <translation>Lecteur d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Play or pause the recording</source>
        <translation>Lire ou mettre en pause l&apos;enregistrement</translation>
    </message>
    <message>
        <source>−{SKIP_SECONDS:.0f} s</source>
        <translation>−{SKIP_SECONDS:.0f} s</translation>
    </message>
    <message>
        <source>Back five seconds</source>
        <translation>Reculer de cinq secondes</translation>
    </message>
    <message>
        <source>+{SKIP_SECONDS:.0f} s</source>
        <translation>+{SKIP_SECONDS:.0f} s</translation>
    </message>
    <message>
        <source>Forward five seconds</source>
        <translation>Avancer de cinq secondes</translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation>Position dans l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Vitesse de lecture</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Follow in text</source>
        <translation>Suivre dans le texte</translation>
    </message>
    <message>
        <source>Scroll the text to the passage being played</source>
        <translation>Faire défiler le texte jusqu&apos;au passage en cours de lecture</translation>
    </message>
    <message>
        <source>Recording status</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>This copy of qcode cannot play {name}: Qt Multimedia is missing.</source>
        <translation>Cette copie de qcode ne peut pas lire {name}&#xa0;: Qt Multimedia est absent.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>the recording</source>
        <translation>l&apos;enregistrement</translation>
    </message>
    <message>
        <source>its format or codec is not supported on this computer</source>
        <translation>son format ou son codec n&apos;est pas pris en charge sur cet ordinateur</translation>
    </message>
    <message>
        <source>{name} cannot be played: {reason}. The transcript stays usable.</source>
        <translation>Impossible de lire {name}&#xa0;: {reason}. La transcription reste utilisable.</translation>
    </message>
</context>
<context>
    <name>MediaSync</name>
    <message>
        <source>The recording {file_name} is not the file that was linked (bytes changed). The transcript stays usable.</source>
        <translation>L&apos;enregistrement {file_name} n&apos;est pas le fichier lié (ses octets ont changé). La transcription reste utilisable.</translation>
    </message>
    <message>
        <source>The recording {file_name} is missing (looked for {path}). The transcript stays usable.</source>
        <translation>L&apos;enregistrement {file_name} est introuvable (cherché à {path}). La transcription reste utilisable.</translation>
    </message>
    <message>
        <source>Found {name} at {parent}</source>
        <translation>{name} trouvé dans {parent}</translation>
    </message>
    <message>
        <source>The recording is not encrypted.</source>
        <translation>L&apos;enregistrement n&apos;est pas chiffré.</translation>
    </message>
    <message>
        <source>This transcript has no times.</source>
        <translation>Cette transcription n&apos;a pas d&apos;horodatage.</translation>
    </message>
    <message>
        <source>Play this passage {label} ({clock_span})</source>
        <translation>Lire ce passage {label} ({clock_span})</translation>
    </message>
    <message>
        <source>  in the recording at {shown}</source>
        <translation>  dans l&apos;enregistrement à {shown}</translation>
    </message>
</context>
<context>
    <name>MemoDialog</name>
    <message>
        <source>memo target must be one of {MEMO_TARGETS}, not {target!r}</source>
        <translation>la cible du mémo doit être l&apos;une de {MEMO_TARGETS}, pas {target!r}</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>Mémos</translation>
    </message>
    <message>
        <source>Memo text</source>
        <translation>Texte du mémo</translation>
    </message>
    <message>
        <source>Write your memo here…</source>
        <translation>Écrivez votre mémo ici…</translation>
    </message>
    <message>
        <source>&amp;New memo</source>
        <translation>&amp;Nouveau mémo</translation>
    </message>
    <message>
        <source>New memo</source>
        <translation>Nouveau mémo</translation>
    </message>
    <message>
        <source>&amp;Delete memo</source>
        <translation>&amp;Supprimer le mémo</translation>
    </message>
    <message>
        <source>Delete memo</source>
        <translation>Supprimer le mémo</translation>
    </message>
    <message>
        <source>Memo problem</source>
        <translation>Problème de mémo</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>A memo cannot be empty: write something, or press Delete memo.</source>
        <translation>Un mémo ne peut pas être vide&#xa0;: écrivez quelque chose, ou cliquez sur Supprimer le mémo.</translation>
    </message>
</context>
<context>
    <name>MemosTab</name>
    <message>
        <source>Memos</source>
        <translation>Mémos</translation>
    </message>
    <message>
        <source>Show the memo&apos;s text</source>
        <translation>Afficher le texte du mémo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln memos.</source>
        <translation>
            <numerusform>%Ln mémo.</numerusform>
            <numerusform>%Ln mémos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Memo: {title}</source>
        <translation>Mémo&#xa0;: {title}</translation>
    </message>
</context>
<context>
    <name>MergeReportDialog</name>
    <message>
        <source>Merge report — qcode</source>
        <translation>Rapport de fusion — qcode</translation>
    </message>
    <message>
        <source>Merge report</source>
        <translation>Rapport de fusion</translation>
    </message>
    <message>
        <source>Merged projects</source>
        <translation>Projets fusionnés</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Rapport enregistré</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Merged from &lt;b&gt;{escape}&lt;/b&gt;.</source>
        <translation>Fusionné depuis &lt;b&gt;{escape}&lt;/b&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln codings were kept on a copy of their document, because their text is not in this project.</source>
        <translation>
            <numerusform>%Ln codage a été conservé sur une copie de son document, car son texte n&apos;est pas dans ce projet.</numerusform>
            <numerusform>%Ln codages ont été conservés sur une copie de leur document, car leur texte n&apos;est pas dans ce projet.</numerusform>
        </translation>
    </message>
    <message>
        <source>This project as it was before: {escape}</source>
        <translation>Ce projet tel qu&apos;il était avant&#xa0;: {escape}</translation>
    </message>
    <message>
        <source>No backup was written.</source>
        <translation>Aucune sauvegarde n&apos;a été écrite.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Conflicts to check ({n_conflicts})</source>
        <translation>Conflits à vérifier ({n_conflicts})</translation>
    </message>
    <message>
        <source>None: nothing to check.</source>
        <translation>Aucun&#xa0;: rien à vérifier.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>coding</source>
        <translation>codage</translation>
    </message>
    <message>
        <source>memo</source>
        <translation>mémo</translation>
    </message>
    <message>
        <source>coder</source>
        <translation>codeur</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>attribut</translation>
    </message>
    <message>
        <source>pseudonym</source>
        <translation>pseudonyme</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>locuteur</translation>
    </message>
    <message>
        <source>case</source>
        <translation>cas</translation>
    </message>
    <message>
        <source>framework</source>
        <translation>cadre</translation>
    </message>
    <message>
        <source>link</source>
        <translation>lien</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <source>query</source>
        <translation>requête</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <source>Re-anchored codings ({n_moved})</source>
        <translation>Codages réancrés ({n_moved})</translation>
    </message>
    <message>
        <source>None: every merged coding covers the same text as in the other project.</source>
        <translation>Aucun&#xa0;: chaque codage fusionné couvre le même texte que dans l&apos;autre projet.</translation>
    </message>
    <message>
        <source>These documents&apos; text differs between the projects, so these codings were moved to where the same text is in this project.</source>
        <translation>Le texte de ces documents diffère entre les projets&#xa0;: ces codages ont donc été déplacés là où le même texte se trouve dans ce projet.</translation>
    </message>
    <message>
        <source>Re-anchored codings</source>
        <translation>Codages réancrés</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codeur</translation>
    </message>
    <message>
        <source>Old text</source>
        <translation>Ancien texte</translation>
    </message>
    <message>
        <source>New text</source>
        <translation>Nouveau texte</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codages</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>Mémos</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Codeurs</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <source>Attribute values</source>
        <translation>Valeurs d&apos;attributs</translation>
    </message>
    <message>
        <source>Rejected suggestions</source>
        <translation>Suggestions rejetées</translation>
    </message>
    <message>
        <source>Pseudonyms</source>
        <translation>Pseudonymes</translation>
    </message>
    <message>
        <source>Merge counts</source>
        <translation>Décomptes de la fusion</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <source>Already here (skipped)</source>
        <translation>Déjà présents (ignorés)</translation>
    </message>
    <message>
        <source>Save merge report</source>
        <translation>Enregistrer le rapport de fusion</translation>
    </message>
    <message>
        <source>merge report.json</source>
        <translation>rapport de fusion.json</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not save the report: {problem}</source>
        <translation>Impossible d&apos;enregistrer le rapport&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Saved the report to {path}.</source>
        <translation>Rapport enregistré dans {path}.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>{title} — qcode</source>
        <translation>{title} — qcode</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Phrase secrète (confirmation)</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation>La même, à nouveau&#xa0;:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Edit participant</source>
        <translation>Modifier le participant</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Their documents</source>
        <translation>Ses documents</translation>
    </message>
    <message>
        <source>Speaker label</source>
        <translation>Étiquette du locuteur</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Their &amp;documents:</source>
        <translation>Ses &amp;documents&#xa0;:</translation>
    </message>
    <message>
        <source>Their turns as &amp;speaker:</source>
        <translation>Ses tours de parole comme &amp;locuteur&#xa0;:</translation>
    </message>
    <message>
        <source>May be &amp;quoted:</source>
        <translation>Peut être &amp;cité&#xa0;:</translation>
    </message>
    <message>
        <source>May be na&amp;med:</source>
        <translation>Peut être no&amp;mmé&#xa0;:</translation>
    </message>
    <message>
        <source>Keep the &amp;recording:</source>
        <translation>Conserver l&apos;&amp;enregistrement&#xa0;:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (empty: no date)</source>
        <translation>AAAA-MM-JJ (vide&#xa0;: pas de date)</translation>
    </message>
    <message>
        <source>Retain until</source>
        <translation>Conserver jusqu&apos;au</translation>
    </message>
    <message>
        <source>e.g. the number of their signed consent form</source>
        <translation>p. ex. le numéro de son formulaire de consentement signé</translation>
    </message>
    <message>
        <source>Consent reference</source>
        <translation>Référence du consentement</translation>
    </message>
    <message>
        <source>Keep their data &amp;until:</source>
        <translation>Conserver ses données &amp;jusqu&apos;au&#xa0;:</translation>
    </message>
    <message>
        <source>Consent &amp;reference:</source>
        <translation>&amp;Référence du consentement&#xa0;:</translation>
    </message>
    <message>
        <source>A passage of a participant who may not be quoted is left out of every export of quotes (with a count of what was left out).</source>
        <translation>Un passage d&apos;un participant qui ne peut pas être cité est omis de tout export de citations (avec le décompte de ce qui a été omis).</translation>
    </message>
    <message>
        <source>Recordings to unlink</source>
        <translation>Enregistrements dont le lien sera supprimé</translation>
    </message>
    <message>
        <source>Also de&amp;lete the files of their own interviews&apos; recordings</source>
        <translation>Supprimer aussi &amp;les fichiers d&apos;enregistrement de ses propres entretiens</translation>
    </message>
    <message>
        <source>Only a file that is still the recording linked; never a group recording, which holds other people&apos;s voices</source>
        <translation>Seulement un fichier qui est toujours l&apos;enregistrement lié ; jamais un enregistrement de groupe, qui contient la voix d&apos;autres personnes</translation>
    </message>
    <message>
        <source>{file} — others speak in it too: cut their turns out of it or delete it</source>
        <translation>{file} — d&apos;autres y parlent aussi : coupez-en ses tours de parole ou supprimez-le</translation>
    </message>
    <message>
        <source>{file} — their own interview</source>
        <translation>{file} — son propre entretien</translation>
    </message>
    <message>
        <source>Their recording may not be kept: saving unlinks these recordings; the files stay on disk unless you tick below:
{recordings}</source>
        <translation>Son enregistrement ne peut pas être conservé : enregistrer supprime le lien de ces enregistrements ; les fichiers restent sur le disque sauf si vous cochez ci-dessous :
{recordings}</translation>
    </message>
    <message>
        <source>Recordings unlinked</source>
        <translation>Liens des enregistrements supprimés</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citer</translation>
    </message>
    <message>
        <source>May what they said be quoted in exports and reports?</source>
        <translation>Ce qu&apos;il a dit peut-il être cité dans les exports et rapports&#xa0;?</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Nommé</translation>
    </message>
    <message>
        <source>May they be named?</source>
        <translation>Peut-il être nommé&#xa0;?</translation>
    </message>
    <message>
        <source>Keep recording</source>
        <translation>Garder l&apos;enregistrement</translation>
    </message>
    <message>
        <source>May the recording be kept?</source>
        <translation>L&apos;enregistrement peut-il être conservé&#xa0;?</translation>
    </message>
    <message>
        <source>Retain until</source>
        <translation>Conserver jusqu&apos;au</translation>
    </message>
    <message>
        <source>This date has passed.</source>
        <translation>Cette date est dépassée.</translation>
    </message>
    <message>
        <source>Consent ref</source>
        <translation>Réf. consentement</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Withdraw participant…</source>
        <translation>&amp;Retirer le participant…</translation>
    </message>
    <message>
        <source>Delete everything about the selected participant, for good (not undoable)</source>
        <translation>Supprimer définitivement tout ce qui concerne le participant sélectionné (impossible à annuler)</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Withdraw participant…</source>
        <translation>Retirer le participant…</translation>
    </message>
    <message>
        <source>Select a participant first.</source>
        <translation>Sélectionnez d&apos;abord un participant.</translation>
    </message>
    <message>
        <source>Select the participant who withdrew first.</source>
        <translation>Sélectionnez d&apos;abord le participant qui s&apos;est retiré.</translation>
    </message>
</context>
<context>
    <name>Plural</name>
    <message numerus="yes">
        <source>%Ln codings</source>
        <translation>
            <numerusform>%Ln codage</numerusform>
            <numerusform>%Ln codages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bytes</source>
        <translation>
            <numerusform>%Ln octet</numerusform>
            <numerusform>%Ln octets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %Ln more lines of difference not shown</source>
        <translation>
            <numerusform>… %Ln ligne de différence en plus non affichée</numerusform>
            <numerusform>… %Ln lignes de différence en plus non affichées</numerusform>
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
            <numerusform>%Ln fichier d&apos;origine</numerusform>
            <numerusform>%Ln fichiers d&apos;origine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln past versions</source>
        <translation>
            <numerusform>%Ln version antérieure</numerusform>
            <numerusform>%Ln versions antérieures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problems</source>
        <translation>
            <numerusform>%Ln problème</numerusform>
            <numerusform>%Ln problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This project has %Ln pseudonyms.</source>
        <translation>
            <numerusform>Ce projet a %Ln pseudonyme.</numerusform>
            <numerusform>Ce projet a %Ln pseudonymes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants did not consent to being quoted: {names}.</source>
        <translation>
            <numerusform>%Ln participant n&apos;a pas consenti à être cité&#xa0;: {names}.</numerusform>
            <numerusform>%Ln participants n&apos;ont pas consenti à être cités&#xa0;: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln sheets ({segments}) to {target}.</source>
        <translation>
            <numerusform>%Ln feuille ({segments}) écrite dans {target}.</numerusform>
            <numerusform>%Ln feuilles ({segments}) écrites dans {target}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coded segments</source>
        <translation>
            <numerusform>%Ln segment codé</numerusform>
            <numerusform>%Ln segments codés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln coded segments to {target}.</source>
        <translation>
            <numerusform>%Ln segment codé écrit dans {target}.</numerusform>
            <numerusform>%Ln segments codés écrits dans {target}.</numerusform>
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
            <numerusform>%Ln mémo</numerusform>
            <numerusform>%Ln mémos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This project links %Ln recordings to its transcripts. Put the recordings inside the .qdpx file? The file grows by their size; without them it refers to each recording by its path on this computer. A pseudonymised export never holds recordings.</source>
        <translation>
            <numerusform>Ce projet relie %Ln enregistrement à ses transcriptions. Mettre l&apos;enregistrement dans le fichier .qdpx&#xa0;? Le fichier grossit de sa taille&#xa0;; sans lui, il désigne l&apos;enregistrement par son chemin sur cet ordinateur. Un export pseudonymisé ne contient jamais d&apos;enregistrement.</numerusform>
            <numerusform>Ce projet relie %Ln enregistrements à ses transcriptions. Mettre les enregistrements dans le fichier .qdpx&#xa0;? Le fichier grossit de leur taille&#xa0;; sans eux, il désigne chaque enregistrement par son chemin sur cet ordinateur. Un export pseudonymisé ne contient jamais d&apos;enregistrement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln documents.</source>
        <translation>
            <numerusform>%Ln document importé.</numerusform>
            <numerusform>%Ln documents importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… et %Ln autre</numerusform>
            <numerusform>… et %Ln autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln documents. Please check:

</source>
        <translation>
            <numerusform>%Ln document importé. Veuillez vérifier :

</numerusform>
            <numerusform>%Ln documents importés. Veuillez vérifier :

</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coders</source>
        <translation>
            <numerusform>%Ln codeur</numerusform>
            <numerusform>%Ln codeurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attributes</source>
        <translation>
            <numerusform>%Ln attribut</numerusform>
            <numerusform>%Ln attributs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From {name}: %Ln cases created, {updated} updated, {unchanged} unchanged.</source>
        <translation>
            <numerusform>Depuis {name}&#xa0;: %Ln cas créé, {updated} mis à jour, {unchanged} inchangé(s).</numerusform>
            <numerusform>Depuis {name}&#xa0;: %Ln cas créés, {updated} mis à jour, {unchanged} inchangé(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants did not consent to being quoted ({names}): their passages are left out and counted.</source>
        <translation>
            <numerusform>%Ln participant n&apos;a pas consenti à être cité ({names})&#xa0;: ses passages sont omis et comptés.</numerusform>
            <numerusform>%Ln participants n&apos;ont pas consenti à être cités ({names})&#xa0;: leurs passages sont omis et comptés.</numerusform>
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
            <numerusform>%Ln citation</numerusform>
            <numerusform>%Ln citations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln disagreements</source>
        <translation>
            <numerusform>%Ln désaccord</numerusform>
            <numerusform>%Ln désaccords</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %Ln projects into {name}? A backup is written first.</source>
        <translation>
            <numerusform>Fusionner %Ln projet dans {name}&#xa0;? Une sauvegarde est d&apos;abord écrite.</numerusform>
            <numerusform>Fusionner %Ln projets dans {name}&#xa0;? Une sauvegarde est d&apos;abord écrite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %Ln projects: {added}.</source>
        <translation>
            <numerusform>%Ln projet fusionné&#xa0;: {added}.</numerusform>
            <numerusform>%Ln projets fusionnés&#xa0;: {added}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln codings added</source>
        <translation>
            <numerusform>%Ln codage ajouté</numerusform>
            <numerusform>%Ln codages ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln backups</source>
        <translation>
            <numerusform>%Ln sauvegarde</numerusform>
            <numerusform>%Ln sauvegardes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProvenanceDialog</name>
    <message>
        <source>Provenance of &apos;{name}&apos;</source>
        <translation>Provenance de «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save original file…</source>
        <translation>&amp;Enregistrer le fichier d&apos;origine…</translation>
    </message>
    <message>
        <source>Save original file</source>
        <translation>Enregistrer le fichier d&apos;origine</translation>
    </message>
    <message>
        <source>Text versions</source>
        <translation>Versions du texte</translation>
    </message>
    <message>
        <source>Difference from the text now</source>
        <translation>Différence avec le texte actuel</translation>
    </message>
    <message>
        <source>Versions of the text ({count}); choose one to see how it differs from the text now:</source>
        <translation>Versions du texte ({count})&#xa0;; choisissez-en une pour voir en quoi elle diffère du texte actuel&#xa0;:</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message numerus="yes">
        <source>{name} (%Ln characters)</source>
        <translation>
            <numerusform>{name} (%Ln caractère)</numerusform>
            <numerusform>{name} (%Ln caractères)</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>Importé depuis</translation>
    </message>
    <message>
        <source>no file (added as text: a survey answer, or a project exchange file without its source)</source>
        <translation>aucun fichier (ajouté comme texte&#xa0;: une réponse d&apos;enquête, ou un fichier d&apos;échange de projet sans sa source)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation>{when} par {who}</translation>
    </message>
    <message>
        <source>Original kept</source>
        <translation>Original conservé</translation>
    </message>
    <message>
        <source>yes, byte for byte, inside the project</source>
        <translation>oui, octet pour octet, dans le projet</translation>
    </message>
    <message>
        <source>no: only its name, size and SHA-256 (the project keeps no imported files)</source>
        <translation>non&#xa0;: seulement son nom, sa taille et son SHA-256 (le projet ne conserve aucun fichier importé)</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>nothing was dropped or changed</source>
        <translation>rien n&apos;a été omis ni modifié</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; was not imported from a file: it has no original.</source>
        <translation>«&#xa0;{name}&#xa0;» n&apos;a pas été importé depuis un fichier&#xa0;: il n&apos;a pas d&apos;original.</translation>
    </message>
    <message>
        <source>The bytes of {file_name} were not kept in the project, only its size and SHA-256.</source>
        <translation>Les octets de {file_name} n&apos;ont pas été conservés dans le projet, seulement sa taille et son SHA-256.</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>version {version}</translation>
    </message>
    <message>
        <source>now (version {latest})</source>
        <translation>actuelle (version {latest})</translation>
    </message>
    <message>
        <source>Save the original file</source>
        <translation>Enregistrer le fichier d&apos;origine</translation>
    </message>
    <message>
        <source>Wrote the original file to {written} (checked: its hash matches).</source>
        <translation>Fichier d&apos;origine écrit dans {written} (vérifié&#xa0;: son empreinte correspond).</translation>
    </message>
</context>
<context>
    <name>PseudonymsDialog</name>
    <message>
        <source>Pseudonyms — qcode</source>
        <translation>Pseudonymes — qcode</translation>
    </message>
    <message>
        <source>Pseudonyms</source>
        <translation>Pseudonymes</translation>
    </message>
    <message>
        <source>Exports show the replacement wherever the identifier appears. The project&apos;s own text is not changed.</source>
        <translation>Les exports affichent le remplacement partout où l&apos;identifiant apparaît. Le texte du projet lui-même n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>Pseudonym table</source>
        <translation>Table des pseudonymes</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Remplacement</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>e.g. Zhang Wei</source>
        <translation>p. ex. Zhang Wei</translation>
    </message>
    <message>
        <source>e.g. Respondent 3</source>
        <translation>p. ex. Répondant 3</translation>
    </message>
    <message>
        <source>&amp;Identifier:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Replacement:</source>
        <translation>&amp;Remplacement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add or change</source>
        <translation>&amp;Ajouter ou modifier</translation>
    </message>
    <message>
        <source>Add or change pseudonym</source>
        <translation>Ajouter ou modifier un pseudonyme</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete pseudonyms</source>
        <translation>Supprimer des pseudonymes</translation>
    </message>
    <message>
        <source>Find &amp;identifying details…</source>
        <translation>Trouver les détails &amp;identifiants…</translation>
    </message>
    <message>
        <source>Pseudonym set: → {replacement}</source>
        <translation>Pseudonyme défini&#xa0;: → {replacement}</translation>
    </message>
</context>
<context>
    <name>QueryWindow</name>
    <message>
        <source>Query — {name} — qcode</source>
        <translation>Requête — {name} — qcode</translation>
    </message>
    <message>
        <source>Query builder</source>
        <translation>Constructeur de requêtes</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Codeurs</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Locuteurs</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Exclure</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>Speakers whose turns the results leave out</source>
        <translation>Locuteurs dont les tours de parole sont exclus des résultats</translation>
    </message>
    <message>
        <source>Codings made</source>
        <translation>Origine des codages</translation>
    </message>
    <message>
        <source>Only the codings made these ways count</source>
        <translation>Seuls comptent les codages faits de ces manières</translation>
    </message>
    <message>
        <source>Document attributes, as name=value, comma-separated</source>
        <translation>Attributs de document, sous la forme nom=valeur, séparés par des virgules</translation>
    </message>
    <message>
        <source>attributes, e.g. gender=female</source>
        <translation>attributs, p. ex. genre=femme</translation>
    </message>
    <message>
        <source>Build a query, then Run.</source>
        <translation>Construisez une requête, puis Exécuter.</translation>
    </message>
    <message>
        <source>Number of passages found</source>
        <translation>Nombre de passages trouvés</translation>
    </message>
    <message>
        <source>&amp;Save query…</source>
        <translation>&amp;Enregistrer la requête…</translation>
    </message>
    <message>
        <source>&amp;Code all results as…</source>
        <translation>&amp;Coder tous les résultats comme…</translation>
    </message>
    <message>
        <source>Code all results as a &amp;new code…</source>
        <translation>Coder tous les résultats avec un &amp;nouveau code…</translation>
    </message>
    <message>
        <source>Saved queries</source>
        <translation>Requêtes enregistrées</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Run the saved query</source>
        <translation>Exécuter la requête enregistrée</translation>
    </message>
    <message>
        <source>Rename the saved query</source>
        <translation>Renommer la requête enregistrée</translation>
    </message>
    <message>
        <source>Delete the saved query</source>
        <translation>Supprimer la requête enregistrée</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filtres&#xa0;:</translation>
    </message>
    <message>
        <source>Saved queries (double-click to run):</source>
        <translation>Requêtes enregistrées (double-cliquez pour exécuter)&#xa0;:</translation>
    </message>
    <message>
        <source>Type a query, or double-click codes and click operators.</source>
        <translation>Tapez une requête, ou double-cliquez sur des codes et cliquez sur des opérateurs.</translation>
    </message>
    <message>
        <source>No passage answers this query.</source>
        <translation>Aucun passage ne répond à cette requête.</translation>
    </message>
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
            <numerusform>%Ln passage dans {documents}</numerusform>
            <numerusform>%Ln passages dans {documents}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coded %Ln passages as &apos;{name}&apos;{note}.</source>
        <translation>
            <numerusform>%Ln passage codé comme «&#xa0;{name}&#xa0;»{note}.</numerusform>
            <numerusform>%Ln passages codés comme «&#xa0;{name}&#xa0;»{note}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save query</source>
        <translation>Enregistrer la requête</translation>
    </message>
    <message>
        <source>{count} — the coding changed: Run again to update.</source>
        <translation>{count} — le codage a changé&#xa0;: exécutez à nouveau pour mettre à jour.</translation>
    </message>
    <message>
        <source>Name of the query:</source>
        <translation>Nom de la requête&#xa0;:</translation>
    </message>
    <message>
        <source>Saved the query &apos;{name}&apos; (Edit ▸ Undo takes it back).</source>
        <translation>Requête «&#xa0;{name}&#xa0;» enregistrée (Édition ▸ Annuler la retire).</translation>
    </message>
    <message>
        <source>Rename query</source>
        <translation>Renommer la requête</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <source>Run a query that finds passages first.</source>
        <translation>Exécutez d&apos;abord une requête qui trouve des passages.</translation>
    </message>
    <message>
        <source>Code all results as…</source>
        <translation>Coder tous les résultats comme…</translation>
    </message>
    <message>
        <source> ({skipped_duplicates} already coded so)</source>
        <translation> ({skipped_duplicates} déjà codés ainsi)</translation>
    </message>
    <message>
        <source>Code all results as a new code</source>
        <translation>Coder tous les résultats avec un nouveau code</translation>
    </message>
    <message>
        <source>Name of the new code (Parent/Child to put it under a code):</source>
        <translation>Nom du nouveau code (Parent/Enfant pour le placer sous un code)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RankedView</name>
    <message>
        <source>This document</source>
        <translation>Ce document</translation>
    </message>
    <message>
        <source>Whole project</source>
        <translation>Tout le projet</translation>
    </message>
    <message>
        <source>Find more like a code</source>
        <translation>Trouver d&apos;autres passages comme un code</translation>
    </message>
    <message>
        <source>Code to rank passages for</source>
        <translation>Code pour lequel classer les passages</translation>
    </message>
    <message>
        <source>Rank passages of</source>
        <translation>Classer les passages de</translation>
    </message>
    <message>
        <source>&amp;Rank</source>
        <translation>&amp;Classer</translation>
    </message>
    <message>
        <source>Ranking status</source>
        <translation>État du classement</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Ranked passages</source>
        <translation>Passages classés</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Re&amp;jeter</translation>
    </message>
    <message>
        <source>The codebook has no code to rank passages for.</source>
        <translation>Le livre de codes n&apos;a aucun code pour lequel classer des passages.</translation>
    </message>
    <message>
        <source>Ranking…</source>
        <translation>Classement…</translation>
    </message>
    <message>
        <source>Could not rank: {problem}</source>
        <translation>Impossible de classer&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Suggestions are still learning: rank again in a moment.</source>
        <translation>Les suggestions sont encore en apprentissage&#xa0;: relancez le classement dans un instant.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln passages, most likely first.</source>
        <translation>
            <numerusform>%Ln passage, le plus probable en premier.</numerusform>
            <numerusform>%Ln passages, les plus probables en premier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RedactionDialog</name>
    <message>
        <source>Redact documents permanently — qcode</source>
        <translation>Caviarder définitivement des documents — qcode</translation>
    </message>
    <message>
        <source>Redact documents permanently</source>
        <translation>Caviarder définitivement des documents</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln identifiers in the pseudonym table will be replaced by their replacements in the project&apos;s own text: the ticked documents&apos; text, names and speakers, their text attributes and the memos on them and on their codings. Codings move with the text. Until the project is closed this can be undone with Edit ▸ Undo; once it is closed the redaction is permanent and the original text is gone from the project file.</source>
        <translation>
            <numerusform>L&apos;identifiant (%Ln) de la table des pseudonymes sera remplacé par son remplacement dans le texte même du projet&#xa0;: le texte, les noms et les locuteurs des documents cochés, leurs attributs textuels et les mémos sur ces documents et sur leurs codages. Les codages suivent le texte. Tant que le projet n&apos;est pas fermé, cela peut être annulé avec Édition ▸ Annuler&#xa0;; une fois le projet fermé, le caviardage est définitif et le texte d&apos;origine a disparu du fichier du projet.</numerusform>
            <numerusform>Les %Ln identifiants de la table des pseudonymes seront remplacés par leurs remplacements dans le texte même du projet&#xa0;: le texte, les noms et les locuteurs des documents cochés, leurs attributs textuels et les mémos sur ces documents et sur leurs codages. Les codages suivent le texte. Tant que le projet n&apos;est pas fermé, cela peut être annulé avec Édition ▸ Annuler&#xa0;; une fois le projet fermé, le caviardage est définitif et le texte d&apos;origine a disparu du fichier du projet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pseudonym table is empty: add the identifiers to replace with Privacy ▸ Pseudonyms… first.</source>
        <translation>La table des pseudonymes est vide&#xa0;: ajoutez d&apos;abord, avec Vie privée ▸ Pseudonymes…, les identifiants à remplacer.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>These backups beside the project still hold the original text: {files}. Delete them if the project must never hold it.</source>
        <translation>Ces sauvegardes à côté du projet contiennent encore le texte d&apos;origine&#xa0;: {files}. Supprimez-les si le projet ne doit jamais le contenir.</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Documents to redact</source>
        <translation>Documents à caviarder</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>&amp;Tout cocher</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Tout cocher</translation>
    </message>
    <message>
        <source>&amp;Redact</source>
        <translation>&amp;Caviarder</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Caviarder</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&apos;{document}&apos; ({file})</source>
        <translation>&apos;{document}&apos; ({file})</translation>
    </message>
    <message>
        <source>qcode cannot redact audio: these recordings will still say every identifier replaced in the text: {recordings}. Keep them apart from anything shared, or edit them.</source>
        <translation>qcode ne peut pas caviarder l&apos;audio : ces enregistrements diront encore chaque identifiant remplacé dans le texte : {recordings}. Gardez-les à l&apos;écart de tout ce qui est partagé, ou modifiez-les.</translation>
    </message>
    <message>
        <source>Recordings still hold what was replaced</source>
        <translation>Les enregistrements contiennent encore ce qui a été remplacé</translation>
    </message>
    <message numerus="yes">
        <source>Redacted %Ln documents ({replaced}): Edit ▸ Undo until the project is closed.</source>
        <translation>
            <numerusform>%Ln document caviardé ({replaced})&#xa0;: Édition ▸ Annuler jusqu&apos;à la fermeture du projet.</numerusform>
            <numerusform>%Ln documents caviardés ({replaced})&#xa0;: Édition ▸ Annuler jusqu&apos;à la fermeture du projet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln identifiers replaced</source>
        <translation>
            <numerusform>%Ln identifiant remplacé</numerusform>
            <numerusform>%Ln identifiants remplacés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Section: {title}</source>
        <translation>Section&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Format: {suffix}</source>
        <translation>Format&#xa0;: {suffix}</translation>
    </message>
    <message>
        <source>The report will quote everyone: keep it as the project&apos;s own backup, never share it.</source>
        <translation>Le rapport citera tout le monde&#xa0;: gardez-le comme sauvegarde propre au projet, ne le partagez jamais.</translation>
    </message>
    <message>
        <source>Outline: the headings the report will have</source>
        <translation>Plan&#xa0;: les titres que le rapport contiendra</translation>
    </message>
    <message>
        <source>&amp;Write…</source>
        <translation>É&amp;crire…</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Choisissez au moins une section.</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more headings</source>
        <translation>
            <numerusform>… et %Ln titre de plus</numerusform>
            <numerusform>… et %Ln titres de plus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportTable</name>
    <message>
        <source>Filter rows…</source>
        <translation>Filtrer les lignes…</translation>
    </message>
    <message>
        <source>Filter the rows of {name}</source>
        <translation>Filtrer les lignes de {name}</translation>
    </message>
    <message>
        <source>Show the coded segments behind this cell</source>
        <translation>Afficher les segments codés derrière cette cellule</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>Reports — {name} — qcode</source>
        <translation>Rapports — {name} — qcode</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Exporter vers Excel…</translation>
    </message>
    <message>
        <source>Write every report, with these filters, to an Excel workbook</source>
        <translation>Écrire chaque rapport, avec ces filtres, dans un classeur Excel</translation>
    </message>
    <message>
        <source>Export coded &amp;segments as CSV…</source>
        <translation>Exporter les &amp;segments codés en CSV…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Rapport</translation>
    </message>
    <message>
        <source>Wrote the workbook {written}.</source>
        <translation>Classeur {written} écrit.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Find in documents</source>
        <translation>Rechercher dans les documents</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Texte à rechercher</translation>
    </message>
    <message>
        <source>Find in documents…</source>
        <translation>Rechercher dans les documents…</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>&amp;Mots entiers</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Mots entiers</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>E&amp;xpression régulière</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Expression régulière</translation>
    </message>
    <message>
        <source>Ignore Arabic &amp;diacritics</source>
        <translation>Ignorer les &amp;diacritiques arabes</translation>
    </message>
    <message>
        <source>Ignore Arabic diacritics</source>
        <translation>Ignorer les diacritiques arabes</translation>
    </message>
    <message>
        <source>Find Arabic words with or without harakat and tatweel, and any alef (أ إ آ ا)</source>
        <translation>Trouver les mots arabes avec ou sans harakat et tatweel, et avec n&apos;importe quel alef (أ إ آ ا)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Number of hits</source>
        <translation>Nombre d&apos;occurrences</translation>
    </message>
    <message>
        <source>Code all results as…</source>
        <translation>Coder tous les résultats comme…</translation>
    </message>
    <message>
        <source>Code all results as</source>
        <translation>Coder tous les résultats comme</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Open at match</source>
        <translation>Ouvrir à l&apos;occurrence</translation>
    </message>
    <message>
        <source>No hits</source>
        <translation>Aucune occurrence</translation>
    </message>
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
            <numerusform>%Ln occurrence dans {documents}</numerusform>
            <numerusform>%Ln occurrences dans {documents}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coded %Ln results as &apos;{code}&apos;</source>
        <translation>
            <numerusform>%Ln résultat codé comme «&#xa0;{code}&#xa0;»</numerusform>
            <numerusform>%Ln résultats codés comme «&#xa0;{code}&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>More than {limit} hits; the first {hits} are shown</source>
        <translation>Plus de {limit} occurrences&#xa0;; les {hits} premières sont affichées</translation>
    </message>
    <message>
        <source>Create a code first, then code the results with it.</source>
        <translation>Créez d&apos;abord un code, puis codez les résultats avec celui-ci.</translation>
    </message>
    <message>
        <source>Nothing added: every result was already coded &apos;{code}&apos;.</source>
        <translation>Rien d&apos;ajouté&#xa0;: chaque résultat était déjà codé «&#xa0;{code}&#xa0;».</translation>
    </message>
    <message>
        <source> ({count} already coded).</source>
        <translation> ({count} déjà codés).</translation>
    </message>
</context>
<context>
    <name>SegmentsDialog</name>
    <message>
        <source>Coded segments: {title}</source>
        <translation>Segments codés&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Coded segments behind {title}</source>
        <translation>Segments codés derrière {title}</translation>
    </message>
</context>
<context>
    <name>SegmentsPanel</name>
    <message>
        <source>Coded segments</source>
        <translation>Segments codés</translation>
    </message>
    <message>
        <source>Choose a code to see its coded segments.</source>
        <translation>Choisissez un code pour voir ses segments codés.</translation>
    </message>
    <message>
        <source>Coded segments heading</source>
        <translation>En-tête des segments codés</translation>
    </message>
    <message>
        <source>Include &amp;sub-codes</source>
        <translation>Inclure les &amp;sous-codes</translation>
    </message>
    <message>
        <source>Include sub-codes</source>
        <translation>Inclure les sous-codes</translation>
    </message>
    <message>
        <source>Origin of the codings shown</source>
        <translation>Origine des codages affichés</translation>
    </message>
    <message>
        <source>Show only the codings made this way</source>
        <translation>Afficher seulement les codages faits de cette manière</translation>
    </message>
    <message>
        <source>Any origin</source>
        <translation>Toute origine</translation>
    </message>
    <message>
        <source>Coded segments list</source>
        <translation>Liste des segments codés</translation>
    </message>
    <message>
        <source>Open at segment</source>
        <translation>Ouvrir au segment</translation>
    </message>
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
    <message>
        <source> — only: {origin}</source>
        <translation> — seulement&#xa0;: {origin}</translation>
    </message>
    <message>
        <source>{code} — {count} in {where}</source>
        <translation>{code} — {count} dans {where}</translation>
    </message>
    <message>
        <source> (coded by {coder})</source>
        <translation> (codé par {coder})</translation>
    </message>
</context>
<context>
    <name>SegmentsTab</name>
    <message>
        <source>Coded segments</source>
        <translation>Segments codés</translation>
    </message>
</context>
<context>
    <name>SegmentsView</name>
    <message>
        <source>Show this segment in its document</source>
        <translation>Afficher ce segment dans son document</translation>
    </message>
    <message>
        <source> of {total}</source>
        <translation> sur {total}</translation>
    </message>
    <message>
        <source>Showing the first {loaded}{of} coded segments; more load as you scroll. Sorting and the filter box work on the segments loaded so far.</source>
        <translation>Affichage des {loaded}{of} premiers segments codés&#xa0;; la suite se charge en faisant défiler. Le tri et la zone de filtre portent sur les segments déjà chargés.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln coded segments.</source>
        <translation>
            <numerusform>%Ln segment codé.</numerusform>
            <numerusform>%Ln segments codés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Select some text first, then apply a code to it.</source>
        <translation>Sélectionnez d&apos;abord du texte, puis appliquez-lui un code.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a grouping code; apply one of its sub-codes</source>
        <translation>«&#xa0;{name}&#xa0;» est un code de regroupement&#xa0;; appliquez l&apos;un de ses sous-codes</translation>
    </message>
    <message>
        <source>This text is already coded &apos;{name}&apos; by you.</source>
        <translation>Vous avez déjà codé ce texte «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>Select some text first.</source>
        <translation>Sélectionnez d&apos;abord du texte.</translation>
    </message>
    <message>
        <source>No code on key {key}: right-click a code ▸ Favourite key.</source>
        <translation>Aucun code sur la touche {key}&#xa0;: clic droit sur un code ▸ Touche favorite.</translation>
    </message>
</context>
<context>
    <name>SpeakersModel</name>
    <message>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Tours</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caractères</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codages</translation>
    </message>
    <message>
        <source>Codings that start inside the speaker&apos;s turns</source>
        <translation>Codages qui commencent dans les tours de parole du locuteur</translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <source>Speakers</source>
        <translation>Locuteurs</translation>
    </message>
    <message>
        <source>Role of the chosen speaker</source>
        <translation>Rôle du locuteur choisi</translation>
    </message>
    <message>
        <source>interviewer, respondent, interpreter — or type another role</source>
        <translation>enquêteur, répondant, interprète — ou tapez un autre rôle</translation>
    </message>
    <message>
        <source>Auto-code turns…</source>
        <translation>Coder automatiquement les tours…</translation>
    </message>
    <message>
        <source>Auto-code the speaker&apos;s turns</source>
        <translation>Coder automatiquement les tours de parole du locuteur</translation>
    </message>
    <message>
        <source>Assign to case…</source>
        <translation>Affecter à un cas…</translation>
    </message>
    <message>
        <source>Assign the speaker to a case</source>
        <translation>Affecter le locuteur à un cas</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Code every turn of {name} as…</source>
        <translation>Coder chaque tour de {name} comme…</translation>
    </message>
    <message>
        <source> ({skipped_duplicates} already coded)</source>
        <translation> ({skipped_duplicates} déjà codés)</translation>
    </message>
    <message numerus="yes">
        <source>Coded %Ln turns of {name} as &apos;{code}&apos;{note}.</source>
        <translation>
            <numerusform>%Ln tour de {name} codé comme «&#xa0;{code}&#xa0;»{note}.</numerusform>
            <numerusform>%Ln tours de {name} codés comme «&#xa0;{code}&#xa0;»{note}.</numerusform>
        </translation>
    </message>
    <message>
        <source>the speaker {name}</source>
        <translation>le locuteur {name}</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>SuggestionFinder</name>
    <message>
        <source>Could not look for suggestions: {problem}</source>
        <translation>Impossible de chercher des suggestions : {problem}</translation>
    </message>
    <message>
        <source>Could not look for suggestions: the worker process ended.</source>
        <translation>Impossible de chercher des suggestions : le processus de travail s&apos;est arrêté.</translation>
    </message>
</context>
<context>
    <name>SuggestionTable</name>
    <message>
        <source>Suggested passages</source>
        <translation>Passages suggérés</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>Code this passage with the suggested code (Enter)</source>
        <translation>Coder ce passage avec le code suggéré (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <source>Never suggest this code for this passage (Delete)</source>
        <translation>Ne plus suggérer ce code pour ce passage (Suppr)</translation>
    </message>
    <message>
        <source>Accept &amp;selection</source>
        <translation>Accepter la sé&amp;lection</translation>
    </message>
    <message>
        <source>Code the text selected in the document (adjust it first) with this code</source>
        <translation>Coder avec ce code le texte sélectionné dans le document (ajustez-le d&apos;abord)</translation>
    </message>
    <message>
        <source>Accept all &amp;above…</source>
        <translation>Tout accepter au-&amp;dessus…</translation>
    </message>
    <message>
        <source>Accept every suggestion listed at or above a confidence</source>
        <translation>Accepter chaque suggestion listée à partir d&apos;une confiance donnée</translation>
    </message>
    <message>
        <source>Suggested: {code} ({confidence}, {reason})</source>
        <translation>Suggéré : {code} ({confidence}, {reason})</translation>
    </message>
    <message>
        <source>That code no longer exists.</source>
        <translation>Ce code n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Choose a suggestion first.</source>
        <translation>Choisissez d&apos;abord une suggestion.</translation>
    </message>
    <message>
        <source>Accept all above</source>
        <translation>Tout accepter au-dessus</translation>
    </message>
    <message>
        <source>Accept every listed suggestion with a confidence of at least:</source>
        <translation>Accepter chaque suggestion listée dont la confiance est d&apos;au moins&#xa0;:</translation>
    </message>
    <message>
        <source>No suggestion here has a confidence of at least {threshold}.</source>
        <translation>Aucune suggestion ici n&apos;a une confiance d&apos;au moins {threshold}.</translation>
    </message>
    <message numerus="yes">
        <source>Code %Ln passages in &apos;{document}&apos; with their suggested codes?
You can undo this in one step (Edit ▸ Undo).</source>
        <translation>
            <numerusform>Coder %Ln passage de «&#xa0;{document}&#xa0;» avec ses codes suggérés&#xa0;?
Vous pouvez l&apos;annuler en une étape (Édition ▸ Annuler).</numerusform>
            <numerusform>Coder %Ln passages de «&#xa0;{document}&#xa0;» avec leurs codes suggérés&#xa0;?
Vous pouvez l&apos;annuler en une étape (Édition ▸ Annuler).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionTrainer</name>
    <message>
        <source>Learning from your coding…</source>
        <translation>Apprentissage à partir de votre codage…</translation>
    </message>
    <message>
        <source>Learning from your coding… {progress}.</source>
        <translation>Apprentissage à partir de votre codage… {progress}.</translation>
    </message>
    <message>
        <source>Suggesting from your codebook: nothing is coded yet to learn from.</source>
        <translation>Suggestions tirées de votre livre de codes : rien n&apos;est encore codé pour en apprendre.</translation>
    </message>
    <message numerus="yes">
        <source>Model up to date (learned from %Ln coded passages).</source>
        <translation>
            <numerusform>Modèle à jour (appris de %Ln passage codé).</numerusform>
            <numerusform>Modèle à jour (appris de %Ln passages codés).</numerusform>
        </translation>
    </message>
    <message>
        <source>Learned from your coding: looking for suggestions with it…</source>
        <translation>Appris de votre codage : recherche de suggestions avec ce modèle…</translation>
    </message>
    <message>
        <source>Nothing to learn yet: the codebook has no code to apply.</source>
        <translation>Rien à apprendre pour l&apos;instant : le livre de codes n&apos;a aucun code à appliquer.</translation>
    </message>
    <message>
        <source>Will learn from your coding in a moment.</source>
        <translation>L&apos;apprentissage à partir de votre codage commencera dans un instant.</translation>
    </message>
    <message>
        <source>Could not start learning from your coding: {problem}</source>
        <translation>Impossible de commencer à apprendre de votre codage : {problem}</translation>
    </message>
    <message>
        <source>Could not learn from your coding: {problem}</source>
        <translation>Impossible d&apos;apprendre de votre codage : {problem}</translation>
    </message>
    <message>
        <source>Could not keep the learned model: {problem}</source>
        <translation>Impossible de conserver le modèle appris : {problem}</translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Learned</source>
        <translation>Appris</translation>
    </message>
    <message>
        <source>Similar</source>
        <translation>Similaire</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Sentences</source>
        <translation>Phrases</translation>
    </message>
    <message>
        <source>Speaker turns</source>
        <translation>Tours de parole</translation>
    </message>
    <message>
        <source>Finding suggestions…</source>
        <translation>Recherche de suggestions…</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Look for suggestions again</source>
        <translation>Chercher de nouveau des suggestions</translation>
    </message>
    <message>
        <source>&amp;Keywords</source>
        <translation>&amp;Mots-clés</translation>
    </message>
    <message>
        <source>Suggest from keywords</source>
        <translation>Suggérer à partir des mots-clés</translation>
    </message>
    <message>
        <source>&amp;Learned from my coding</source>
        <translation>&amp;Appris de mon codage</translation>
    </message>
    <message>
        <source>Suggest from my coding</source>
        <translation>Suggérer à partir de mon codage</translation>
    </message>
    <message>
        <source>Si&amp;milar passages</source>
        <translation>Passages si&amp;milaires</translation>
    </message>
    <message>
        <source>Suggest similar passages</source>
        <translation>Suggérer des passages similaires</translation>
    </message>
    <message>
        <source>Use code &amp;names as keywords</source>
        <translation>Utiliser les &amp;noms des codes comme mots-clés</translation>
    </message>
    <message>
        <source>Use code names</source>
        <translation>Utiliser les noms des codes</translation>
    </message>
    <message>
        <source>Few and sure, or many to review</source>
        <translation>Peu et sûres, ou nombreuses à relire</translation>
    </message>
    <message>
        <source>Left: only the suggestions qcode is surest of. Middle: each code&apos;s own threshold, learned from your coding. Right: more and more passages to review.</source>
        <translation>À gauche&#xa0;: seulement les suggestions dont qcode est le plus sûr. Au milieu&#xa0;: le seuil propre à chaque code, appris de votre codage. À droite&#xa0;: de plus en plus de passages à relire.</translation>
    </message>
    <message>
        <source>Suggest whole</source>
        <translation>Suggérer par unité entière</translation>
    </message>
    <message>
        <source>Language pipeline</source>
        <translation>Pipeline linguistique</translation>
    </message>
    <message>
        <source>spaCy pipelines installed on this computer</source>
        <translation>Pipelines spaCy installés sur cet ordinateur</translation>
    </message>
    <message>
        <source>Suggestions heading</source>
        <translation>En-tête des suggestions</translation>
    </message>
    <message>
        <source>Learning status</source>
        <translation>État de l&apos;apprentissage</translation>
    </message>
    <message>
        <source>Learning in progress</source>
        <translation>Apprentissage en cours</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel learning</source>
        <translation>Annuler l&apos;apprentissage</translation>
    </message>
    <message>
        <source>Retry with fewer passages</source>
        <translation>Réessayer avec moins de passages</translation>
    </message>
    <message>
        <source>Find more like a code…</source>
        <translation>Trouver d&apos;autres passages comme un code…</translation>
    </message>
    <message>
        <source>Find more like a code</source>
        <translation>Trouver d&apos;autres passages comme un code</translation>
    </message>
    <message>
        <source>Rank every passage by how likely it is to belong to a code</source>
        <translation>Classer chaque passage selon la probabilité qu&apos;il relève d&apos;un code</translation>
    </message>
    <message>
        <source>How good are they?…</source>
        <translation>Quelle qualité&#xa0;?…</translation>
    </message>
    <message>
        <source>How good are suggestions</source>
        <translation>Qualité des suggestions</translation>
    </message>
    <message>
        <source>Measure the suggestions on your own coding</source>
        <translation>Mesurer les suggestions sur votre propre codage</translation>
    </message>
    <message>
        <source>Few, &amp;sure</source>
        <translation>Peu, &amp;sûres</translation>
    </message>
    <message>
        <source>many, to review</source>
        <translation>nombreuses, à relire</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité :</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Pipeline :</translation>
    </message>
    <message>
        <source>Open a document to see suggestions for it.</source>
        <translation>Ouvrez un document pour voir ses suggestions.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln suggestions for {document}.</source>
        <translation>
            <numerusform>%Ln suggestion pour {document}.</numerusform>
            <numerusform>%Ln suggestions pour {document}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Learning from your coding is off.</source>
        <translation>L&apos;apprentissage à partir de votre codage est désactivé.</translation>
    </message>
    <message>
        <source>Learning cancelled: suggestions use what was learnt before, if anything.</source>
        <translation>Apprentissage annulé : les suggestions utilisent ce qui a été appris auparavant, le cas échéant.</translation>
    </message>
</context>
<context>
    <name>SurveyAnswersModel</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Répondant</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
</context>
<context>
    <name>SurveyAnswersWindow</name>
    <message>
        <source>Survey answers</source>
        <translation>Réponses à l&apos;enquête</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <source>Filter answers, respondents, attributes…</source>
        <translation>Filtrer les réponses, répondants, attributs…</translation>
    </message>
    <message>
        <source>Filter answers</source>
        <translation>Filtrer les réponses</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Answer text</source>
        <translation>Texte de la réponse</translation>
    </message>
    <message>
        <source>Code to apply</source>
        <translation>Code à appliquer</translation>
    </message>
    <message>
        <source>&amp;Code selected answers</source>
        <translation>&amp;Coder les réponses sélectionnées</translation>
    </message>
    <message>
        <source>Code selected &amp;text</source>
        <translation>Coder le &amp;texte sélectionné</translation>
    </message>
    <message>
        <source>Code selected answers</source>
        <translation>Coder les réponses sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Question&#xa0;:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answers</source>
        <translation>
            <numerusform>%Ln réponse</numerusform>
            <numerusform>%Ln réponses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln answers</source>
        <translation>
            <numerusform>{shown} réponse(s) sur %Ln</numerusform>
            <numerusform>{shown} réponses sur %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coded %Ln answers &apos;{code}&apos;.</source>
        <translation>
            <numerusform>%Ln réponse codée «&#xa0;{code}&#xa0;».</numerusform>
            <numerusform>%Ln réponses codées «&#xa0;{code}&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were coded so already.</source>
        <translation>
            <numerusform>%Ln était déjà codée ainsi.</numerusform>
            <numerusform>%Ln étaient déjà codées ainsi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select answers and a code first.</source>
        <translation>Sélectionnez d&apos;abord des réponses et un code.</translation>
    </message>
    <message>
        <source>Select part of an answer and a code first.</source>
        <translation>Sélectionnez d&apos;abord une partie d&apos;une réponse et un code.</translation>
    </message>
</context>
<context>
    <name>SurveyImportDialog</name>
    <message>
        <source>Import survey or spreadsheet</source>
        <translation>Importer une enquête ou un tableur</translation>
    </message>
    <message>
        <source>Surveys and spreadsheets (*.csv *.tsv *.xlsx *.ods)</source>
        <translation>Enquêtes et tableurs (*.csv *.tsv *.xlsx *.ods)</translation>
    </message>
    <message>
        <source>Importing answers…</source>
        <translation>Importation des réponses…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import survey</source>
        <translation>Importer une enquête</translation>
    </message>
    <message>
        <source>Importing answer {done} of {total}…</source>
        <translation>Importation de la réponse {done} sur {total}…</translation>
    </message>
    <message>
        <source>Imported {answers} to {questions} from {respondents}.</source>
        <translation>Importé&#xa0;: {answers} à {questions}, de {respondents}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answers</source>
        <translation>
            <numerusform>%Ln réponse</numerusform>
            <numerusform>%Ln réponses</numerusform>
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
            <numerusform>%Ln répondant</numerusform>
            <numerusform>%Ln répondants</numerusform>
        </translation>
    </message>
    <message>
        <source>{note}.</source>
        <translation>{note}.</translation>
    </message>
    <message>
        <source>Import survey: {name}</source>
        <translation>Importer une enquête&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Respondent id column</source>
        <translation>Colonne de l&apos;identifiant du répondant</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Feuille&#xa0;:</translation>
    </message>
    <message>
        <source>Respondent &amp;id column:</source>
        <translation>Colonne de l&apos;&amp;identifiant du répondant&#xa0;:</translation>
    </message>
    <message>
        <source>Each non-empty cell of a text column becomes a document named &apos;column – id&apos;; attribute columns become each answer&apos;s attributes.</source>
        <translation>Chaque cellule non vide d&apos;une colonne de texte devient un document nommé «&#xa0;colonne – id&#xa0;»&#xa0;; les colonnes d&apos;attributs deviennent les attributs de chaque réponse.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows; the first {shown}:</source>
        <translation>
            <numerusform>%Ln ligne&#xa0;; les {shown} premières :</numerusform>
            <numerusform>%Ln lignes&#xa0;; les {shown} premières :</numerusform>
        </translation>
    </message>
    <message>
        <source>{answers} from {texts}, with {attributes} each (the id included).</source>
        <translation>{answers} issues de {texts}, avec {attributes} chacune (identifiant compris).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln text columns</source>
        <translation>
            <numerusform>%Ln colonne de texte</numerusform>
            <numerusform>%Ln colonnes de texte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attributes</source>
        <translation>
            <numerusform>%Ln attribut</numerusform>
            <numerusform>%Ln attributs</numerusform>
        </translation>
    </message>
    <message>
        <source>First rows of the sheet</source>
        <translation>Premières lignes de la feuille</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Text to code</source>
        <translation>Texte à coder</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
</context>
<context>
    <name>SurveyMenus</name>
    <message>
        <source>S&amp;urvey answers…</source>
        <translation>Réponses à l&apos;&amp;enquête…</translation>
    </message>
    <message>
        <source>Show answers as a table…</source>
        <translation>Afficher les réponses sous forme de tableau…</translation>
    </message>
</context>
<context>
    <name>TextArea</name>
    <message>
        <source>Document text</source>
        <translation>Texte du document</translation>
    </message>
</context>
<context>
    <name>TopCodesChart</name>
    <message>
        <source>Chart: the {TOP_CODES} codes with the most coded segments</source>
        <translation>Graphique&#xa0;: les {TOP_CODES} codes ayant le plus de segments codés</translation>
    </message>
    <message>
        <source>Segments (with sub-codes)</source>
        <translation>Segments (avec les sous-codes)</translation>
    </message>
    <message>
        <source>Coded segments (with sub-codes)</source>
        <translation>Segments codés (avec les sous-codes)</translation>
    </message>
    <message>
        <source>Top {TOP_CODES} codes by coded segments (with sub-codes)</source>
        <translation>Les {TOP_CODES} premiers codes par segments codés (avec les sous-codes)</translation>
    </message>
    <message>
        <source>No coded segments in these filters</source>
        <translation>Aucun segment codé avec ces filtres</translation>
    </message>
    <message>
        <source>No coded segments</source>
        <translation>Aucun segment codé</translation>
    </message>
</context>
<context>
    <name>TranscriptionWindow</name>
    <message>
        <source>Transcribing {name}</source>
        <translation>Transcription de {name}</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>{play_keys}: play/pause (goes back {seconds:g} s on pause) · {time_keys}: insert the time · {speaker_keys}: insert a speaker label</source>
        <translation>{play_keys}&#xa0;: lecture/pause (recule de {seconds:g} s à la pause) · {time_keys}&#xa0;: insérer l&apos;horodatage · {speaker_keys}&#xa0;: insérer une étiquette de locuteur</translation>
    </message>
    <message>
        <source>{keys} or {key}</source>
        <translation>{keys} ou {key}</translation>
    </message>
    <message>
        <source>Speaker label:</source>
        <translation>Étiquette du locuteur&#xa0;:</translation>
    </message>
    <message>
        <source>the transcript is empty: type it first, then save</source>
        <translation>la transcription est vide&#xa0;: saisissez-la d&apos;abord, puis enregistrez</translation>
    </message>
</context>
<context>
    <name>UndoController</name>
    <message>
        <source>Undo {edit}</source>
        <translation>Annuler : {edit}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo {edit}</source>
        <translation>Rétablir : {edit}</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify sources</source>
        <translation>Vérifier les sources</translation>
    </message>
    <message>
        <source>Verification summary</source>
        <translation>Résumé de la vérification</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problèmes trouvés</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caractères</translation>
    </message>
</context>
<context>
    <name>WordsTab</name>
    <message>
        <source>Word frequencies</source>
        <translation>Fréquences des mots</translation>
    </message>
    <message>
        <source>Count the words of</source>
        <translation>Compter les mots de</translation>
    </message>
    <message>
        <source>Include &amp;sub-codes</source>
        <translation>Inclure les &amp;sous-codes</translation>
    </message>
    <message>
        <source>Include the text coded with the code&apos;s sub-codes</source>
        <translation>Inclure le texte codé avec les sous-codes du code</translation>
    </message>
    <message>
        <source>Count &amp;words</source>
        <translation>Compter les &amp;mots</translation>
    </message>
    <message>
        <source>Count words</source>
        <translation>Compter les mots</translation>
    </message>
    <message>
        <source>Words o&amp;f:</source>
        <translation>Mots &amp;de&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a code or a document and press Count words. Words are counted as lemmas (“blacklisted” and “blacklists” count as “blacklist”), without stop words.</source>
        <translation>Choisissez un code ou un document et cliquez sur Compter les mots. Les mots sont comptés par lemme («&#xa0;blacklisted&#xa0;» et «&#xa0;blacklists&#xa0;» comptent comme «&#xa0;blacklist&#xa0;»), sans les mots vides.</translation>
    </message>
    <message>
        <source>All text the filters allow</source>
        <translation>Tout le texte que les filtres permettent</translation>
    </message>
    <message>
        <source>Code: {indent}{name}</source>
        <translation>Code&#xa0;: {indent}{name}</translation>
    </message>
    <message>
        <source>Document: {name}</source>
        <translation>Document&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Mot</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln most frequent words of {strip}.</source>
        <translation>
            <numerusform>Le mot le plus fréquent de {strip} (%Ln).</numerusform>
            <numerusform>Les %Ln mots les plus fréquents de {strip}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No words: nothing is coded or written here in these filters.</source>
        <translation>Aucun mot&#xa0;: rien n&apos;est codé ou écrit ici avec ces filtres.</translation>
    </message>
</context>
<context>
    <name>about_dialog</name>
    <message>
        <source>not installed</source>
        <translation>non installé</translation>
    </message>
    <message>
        <source>not installed (encrypted projects cannot be opened)</source>
        <translation>non installé (les projets chiffrés ne peuvent pas être ouverts)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Project in use</source>
        <translation>Projet en cours d&apos;utilisation</translation>
    </message>
    <message>
        <source>{locked}

Open it read-only (you can read and export, not change it)?</source>
        <translation>{locked}

L&apos;ouvrir en lecture seule (vous pouvez le lire et l&apos;exporter, pas le modifier)&#xa0;?</translation>
    </message>
</context>
<context>
    <name>codebook</name>
    <message>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>Vous pouvez annuler avec Édition ▸ Annuler.</translation>
    </message>
</context>
<context>
    <name>codebook.code_dialogs</name>
    <message>
        <source>Merge Into</source>
        <translation>Fusionner dans</translation>
    </message>
    <message>
        <source>Merge &apos;{name}&apos; into:</source>
        <translation>Fusionner «&#xa0;{name}&#xa0;» dans&#xa0;:</translation>
    </message>
    <message>
        <source>Merge Codes</source>
        <translation>Fusionner des codes</translation>
    </message>
    <message>
        <source>Merge &apos;{name}&apos; into &apos;{target}&apos;? Its {codings} codings and its sub-codes move to &apos;{target}&apos;, and &apos;{name}&apos; is deleted.</source>
        <translation>Fusionner «&#xa0;{name}&#xa0;» dans «&#xa0;{target}&#xa0;»&#xa0;? Ses {codings} codages et ses sous-codes passent dans «&#xa0;{target}&#xa0;», et «&#xa0;{name}&#xa0;» est supprimé.</translation>
    </message>
</context>
<context>
    <name>coding.origins</name>
    <message>
        <source>By hand</source>
        <translation>À la main</translation>
    </message>
    <message>
        <source>Search results coded at once</source>
        <translation>Résultats de recherche codés d&apos;un coup</translation>
    </message>
    <message>
        <source>Query results coded at once</source>
        <translation>Résultats de requête codés d&apos;un coup</translation>
    </message>
    <message>
        <source>Accepted suggestion</source>
        <translation>Suggestion acceptée</translation>
    </message>
    <message>
        <source>A speaker&apos;s turns coded at once</source>
        <translation>Tours de parole d&apos;un locuteur codés d&apos;un coup</translation>
    </message>
    <message>
        <source>Merged in (made by hand there)</source>
        <translation>Fusionné (fait à la main là-bas)</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Unknown (made before qcode kept this)</source>
        <translation>Inconnu (fait avant que qcode ne l&apos;enregistre)</translation>
    </message>
    <message>
        <source>keywords</source>
        <translation>mots-clés</translation>
    </message>
    <message>
        <source>learned from your coding</source>
        <translation>appris de votre codage</translation>
    </message>
    <message>
        <source>similar passages</source>
        <translation>passages similaires</translation>
    </message>
    <message>
        <source>confidence {confidence:.2f}</source>
        <translation>confiance {confidence:.2f}</translation>
    </message>
    <message>
        <source>model {version}</source>
        <translation>modèle {version}</translation>
    </message>
    <message>
        <source>{origin} ({details})</source>
        <translation>{origin} ({details})</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>Pourquoi&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>coding.search_panel</name>
    <message>
        <source>{document}, characters {start}–{end}</source>
        <translation>{document}, caractères {start}–{end}</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
</context>
<context>
    <name>coding.segments_panel</name>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codeur</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Mémo</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
</context>
<context>
    <name>evidence</name>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>&amp;Provenance…</source>
        <translation>&amp;Provenance…</translation>
    </message>
    <message>
        <source>&amp;Verify sources…</source>
        <translation>&amp;Vérifier les sources…</translation>
    </message>
    <message>
        <source>C&amp;orrect text…</source>
        <translation>C&amp;orriger le texte…</translation>
    </message>
    <message>
        <source>C&amp;hanged codings…</source>
        <translation>Codages &amp;modifiés…</translation>
    </message>
    <message>
        <source>P&amp;articipants (consent)</source>
        <translation>P&amp;articipants (consentement)</translation>
    </message>
    <message>
        <source>{name} (since {retain_until})</source>
        <translation>{name} (depuis le {retain_until})</translation>
    </message>
    <message>
        <source>Keep-until date passed: {participants} — see Privacy ▸ Participants</source>
        <translation>Date de conservation dépassée&#xa0;: {participants} — voir Vie privée ▸ Participants</translation>
    </message>
    <message>
        <source>These participants&apos; data was to be kept only until the date shown. Withdraw them (Participants ▸ Withdraw participant…) or record a new date.</source>
        <translation>Les données de ces participants ne devaient être conservées que jusqu&apos;à la date indiquée. Retirez-les (Participants ▸ Retirer le participant…) ou enregistrez une nouvelle date.</translation>
    </message>
    <message>
        <source>Provenance…</source>
        <translation>Provenance…</translation>
    </message>
</context>
<context>
    <name>evidence.correct</name>
    <message>
        <source>No coding covers this place.</source>
        <translation>Aucun codage ne couvre cet endroit.</translation>
    </message>
    <message>
        <source>{codings} around this place will grow to take the insertion.</source>
        <translation>{codings} autour de cet endroit s&apos;agrandiront pour inclure l&apos;insertion.</translation>
    </message>
    <message>
        <source>{codings} cut through here will keep what remains of their text and be flagged “text changed” for review.</source>
        <translation>{codings} coupés ici conserveront ce qui reste de leur texte et seront signalés «&#xa0;texte modifié&#xa0;» pour relecture.</translation>
    </message>
    <message>
        <source>{codings} wholly inside will cover the new text (flagged for review), or be removed if you delete the text.</source>
        <translation>{codings} entièrement à l&apos;intérieur couvriront le nouveau texte (signalés pour relecture), ou seront supprimés si vous effacez le texte.</translation>
    </message>
    <message>
        <source>Codings around this text grow or shrink with it; none is cut.</source>
        <translation>Les codages autour de ce texte s&apos;agrandissent ou rétrécissent avec lui&#xa0;; aucun n&apos;est coupé.</translation>
    </message>
    <message>
        <source>Text corrected (version {version}).</source>
        <translation>Texte corrigé (version {version}).</translation>
    </message>
    <message>
        <source>{codings} moved with it.</source>
        <translation>{codings} déplacés avec lui.</translation>
    </message>
    <message>
        <source>{codings} flagged “text changed” (Edit ▸ Changed codings…).</source>
        <translation>{codings} signalés «&#xa0;texte modifié&#xa0;» (Édition ▸ Codages modifiés…).</translation>
    </message>
    <message>
        <source>{codings} removed: their whole text was deleted (Edit ▸ Undo brings them back).</source>
        <translation>{codings} supprimés&#xa0;: tout leur texte a été effacé (Édition ▸ Annuler les rétablit).</translation>
    </message>
    <message>
        <source>Open a document, then select the words to correct.</source>
        <translation>Ouvrez un document, puis sélectionnez les mots à corriger.</translation>
    </message>
</context>
<context>
    <name>evidence.provenance</name>
    <message>
        <source>KB</source>
        <translation>Ko</translation>
    </message>
    <message>
        <source>{value} {unit} ({bytes})</source>
        <translation>{value} {unit} ({bytes})</translation>
    </message>
    <message>
        <source> UTC</source>
        <translation> UTC</translation>
    </message>
    <message>
        <source>as imported</source>
        <translation>tel qu&apos;importé</translation>
    </message>
    <message>
        <source>{label} (the edit was erased by a redaction or withdrawal)</source>
        <translation>{label} (la modification a été effacée par un caviardage ou un retrait)</translation>
    </message>
    <message>
        <source>No difference: this version&apos;s text is the text now.</source>
        <translation>Aucune différence&#xa0;: le texte de cette version est le texte actuel.</translation>
    </message>
    <message>
        <source>Choose a document first (in the Documents list or by opening it).</source>
        <translation>Choisissez d&apos;abord un document (dans la liste Documents ou en l&apos;ouvrant).</translation>
    </message>
</context>
<context>
    <name>evidence.verify</name>
    <message>
        <source>{documents}, {originals} and {versions} of texts checked</source>
        <translation>{documents}, {originals} et {versions} de textes vérifiés</translation>
    </message>
    <message>
        <source>All match: {checked}. Nothing was changed since it was recorded.</source>
        <translation>Tout correspond&#xa0;: {checked}. Rien n&apos;a changé depuis l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>{problems} found ({checked}). These no longer match the hash recorded for them:</source>
        <translation>{problems} trouvé(s) ({checked}). Ces éléments ne correspondent plus à l&apos;empreinte enregistrée pour eux&#xa0;:</translation>
    </message>
    <message>
        <source>Verify sources: all match.</source>
        <translation>Vérifier les sources&#xa0;: tout correspond.</translation>
    </message>
    <message>
        <source>Verify sources: {problems}.</source>
        <translation>Vérifier les sources&#xa0;: {problems}.</translation>
    </message>
</context>
<context>
    <name>evidence.withdraw</name>
    <message>
        <source>This deletes their documents ({documents}) with every coding and memo on them; the text of every turn of speaker &apos;{speaker}&apos; in other documents (replaced by “[withdrawn]”), with the codings inside those turns; their original files, the earlier versions of those texts; and every copy of their text in the edit history.</source>
        <translation>Cela supprime ses documents ({documents}) avec tous les codages et mémos qui s&apos;y rapportent&#xa0;; le texte de chaque tour de parole du locuteur «&#xa0;{speaker}&#xa0;» dans d&apos;autres documents (remplacé par «&#xa0;[retiré]&#xa0;»), avec les codages contenus dans ces tours&#xa0;; ses fichiers d&apos;origine, les versions antérieures de ces textes&#xa0;; et chaque copie de son texte dans l&apos;historique des modifications.</translation>
    </message>
    <message>
        <source>This deletes their documents ({documents}) with every coding and memo on them; their original files, the earlier versions of those texts; and every copy of their text in the edit history.</source>
        <translation>Cela supprime ses documents ({documents}) avec tous les codages et mémos qui s&apos;y rapportent&#xa0;; ses fichiers d&apos;origine, les versions antérieures de ces textes&#xa0;; et chaque copie de son texte dans l&apos;historique des modifications.</translation>
    </message>
    <message>
        <source>This deletes the text of every turn of speaker &apos;{speaker}&apos; in other documents (replaced by “[withdrawn]”), with the codings inside those turns; their original files, the earlier versions of those texts; and every copy of their text in the edit history.</source>
        <translation>Cela supprime le texte de chaque tour de parole du locuteur «&#xa0;{speaker}&#xa0;» dans d&apos;autres documents (remplacé par «&#xa0;[retiré]&#xa0;»), avec les codages contenus dans ces tours&#xa0;; ses fichiers d&apos;origine, les versions antérieures de ces textes&#xa0;; et chaque copie de son texte dans l&apos;historique des modifications.</translation>
    </message>
    <message>
        <source>This deletes their original files, the earlier versions of those texts and every copy of their text in the edit history.</source>
        <translation>Cela supprime ses fichiers d&apos;origine, les versions antérieures de ces textes et chaque copie de son texte dans l&apos;historique des modifications.</translation>
    </message>
    <message>
        <source>Withdraw &apos;{name}&apos; and delete everything about them?</source>
        <translation>Retirer «&#xa0;{name}&#xa0;» et supprimer tout ce qui le concerne&#xa0;?</translation>
    </message>
    <message>
        <source>Their record in the register goes too; the log keeps only a deletion record (who withdrew them, when, and how much was removed).</source>
        <translation>Sa fiche dans le registre est aussi supprimée&#xa0;; le journal ne garde qu&apos;une trace de suppression (qui l&apos;a retiré, quand, et combien a été supprimé).</translation>
    </message>
    <message>
        <source>Recordings that hold their voice (qcode cannot cut a voice out of a recording; each is unlinked):
{recordings}</source>
        <translation>Enregistrements qui contiennent sa voix (qcode ne peut pas retirer une voix d&apos;un enregistrement ; le lien de chacun est supprimé) :
{recordings}</translation>
    </message>
    <message>
        <source>After the withdrawal you will be asked whether qcode should delete the recording files of their own interviews too.</source>
        <translation>Après le retrait, il vous sera demandé si qcode doit aussi supprimer les fichiers d&apos;enregistrement de ses propres entretiens.</translation>
    </message>
    <message>
        <source>This is permanent: Edit ▸ Undo cannot bring it back, and the edits made before it can no longer be undone.</source>
        <translation>C&apos;est définitif&#xa0;: Édition ▸ Annuler ne peut pas le rétablir, et les modifications faites avant ne peuvent plus être annulées.</translation>
    </message>
    <message>
        <source>Deleted: {counts}.</source>
        <translation>Supprimé&#xa0;: {counts}.</translation>
    </message>
    <message>
        <source>The project file was rebuilt so that none of their text is left in it.</source>
        <translation>Le fichier du projet a été reconstruit pour qu&apos;il n&apos;y reste rien de son texte.</translation>
    </message>
    <message>
        <source>The project file&apos;s write-ahead log still holds their text until the project is closed (another program has it open).</source>
        <translation>Le journal d&apos;écriture anticipée (WAL) du fichier du projet contient encore son texte jusqu&apos;à la fermeture du projet (un autre programme l&apos;a ouvert).</translation>
    </message>
    <message>
        <source>Recordings:
{recordings}</source>
        <translation>Enregistrements :
{recordings}</translation>
    </message>
    <message>
        <source>Coders&apos; copies of this project beside it may still hold their data; delete them or make them again:
{copies}</source>
        <translation>Des copies de ce projet pour les codeurs, à côté de lui, peuvent encore contenir ses données&#xa0;; supprimez-les ou refaites-les&#xa0;:
{copies}</translation>
    </message>
    <message>
        <source>Withdraw participant — permanent</source>
        <translation>Retirer le participant — définitif</translation>
    </message>
    <message>
        <source>Participant withdrawn</source>
        <translation>Participant retiré</translation>
    </message>
    <message>
        <source>Delete backups?</source>
        <translation>Supprimer les sauvegardes&#xa0;?</translation>
    </message>
    <message>
        <source>These backups beside the project still hold their data:
{listed}

Delete them now? (They hold everyone else&apos;s data too, as it was when each backup was made.)</source>
        <translation>Ces sauvegardes à côté du projet contiennent encore ses données&#xa0;:
{listed}

Les supprimer maintenant&#xa0;? (Elles contiennent aussi les données de tous les autres, telles qu&apos;elles étaient lors de chaque sauvegarde.)</translation>
    </message>
    <message>
        <source>Participant withdrawn: {counts}; {backups} deleted.</source>
        <translation>Participant retiré&#xa0;: {counts}&#xa0;; {backups} supprimée(s).</translation>
    </message>
    <message>
        <source>Participant withdrawn: {counts}.</source>
        <translation>Participant retiré&#xa0;: {counts}.</translation>
    </message>
    <message>
        <source>Delete their recordings?</source>
        <translation>Supprimer ses enregistrements ?</translation>
    </message>
    <message>
        <source>These recordings of their own interviews still hold their voice:
{listed}

Delete the files now? (Only a file that is still the recording linked is deleted; if you keep one, delete it yourself.)</source>
        <translation>Ces enregistrements de ses propres entretiens contiennent encore sa voix :
{listed}

Supprimer les fichiers maintenant ? (Seul un fichier qui est toujours l&apos;enregistrement lié est supprimé ; si vous en gardez un, supprimez-le vous-même.)</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>Pseudonymise (replace identifiers from the Pseudonyms table)</source>
        <translation>Pseudonymiser (remplacer les identifiants de la table des pseudonymes)</translation>
    </message>
    <message>
        <source> Pseudonymised, and checked: no identifier is left in it.</source>
        <translation> Pseudonymisé, et vérifié&#xa0;: il ne contient plus aucun identifiant.</translation>
    </message>
    <message>
        <source>Ignore consent (own backup)</source>
        <translation>Ignorer le consentement (sauvegarde propre)</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Écriture…</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export annulé&#xa0;: aucun fichier n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>exchange.export_flow</name>
    <message>
        <source>Could not write {name}: {problem}</source>
        <translation>Impossible d&apos;écrire {name}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Pseudonymise the export?</source>
        <translation>Pseudonymiser l&apos;export&#xa0;?</translation>
    </message>
    <message>
        <source>Ticked, the export shows each identifier&apos;s replacement instead, and is checked for identifiers before it is saved. The project itself does not change.</source>
        <translation>Si la case est cochée, l&apos;export affiche à la place le remplacement de chaque identifiant, et il est vérifié avant d&apos;être enregistré pour qu&apos;il ne reste aucun identifiant. Le projet lui-même ne change pas.</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Their passages are left out of the export, and the export says how many. Tick the box only for the project&apos;s own backup, which must never be shared.</source>
        <translation>Leurs passages sont omis de l&apos;export, et l&apos;export indique combien. Ne cochez la case que pour la sauvegarde propre au projet, qui ne doit jamais être partagée.</translation>
    </message>
    <message>
        <source> Consent register ignored: this is the project&apos;s own backup, never share it.</source>
        <translation> Registre des consentements ignoré&#xa0;: ceci est la sauvegarde propre au projet, ne la partagez jamais.</translation>
    </message>
    <message>
        <source> Consent: {line}.</source>
        <translation> Consentement&#xa0;: {line}.</translation>
    </message>
    <message>
        <source> (pseudonymised)</source>
        <translation> (pseudonymisé)</translation>
    </message>
</context>
<context>
    <name>exchange.exports</name>
    <message>
        <source>Export to Excel</source>
        <translation>Exporter vers Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Écriture du classeur…</translation>
    </message>
    <message>
        <source>Export cancelled: no workbook was written.</source>
        <translation>Export annulé&#xa0;: aucun classeur n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Export coded segments as CSV</source>
        <translation>Exporter les segments codés en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Wrote {target}: {documents}, {codes}, {codings}, {memos}.{note}</source>
        <translation>{target} écrit&#xa0;: {documents}, {codes}, {codings}, {memos}.{note}</translation>
    </message>
    <message>
        <source>Export agreement to Excel</source>
        <translation>Exporter l&apos;accord vers Excel</translation>
    </message>
    <message>
        <source>Wrote the agreement figures to {target}.</source>
        <translation>Chiffres d&apos;accord écrits dans {target}.</translation>
    </message>
    <message>
        <source> Not in the standard, so not exported: </source>
        <translation> Absent de la norme, donc non exporté&#xa0;: </translation>
    </message>
    <message>
        <source> Recordings: {where}.</source>
        <translation> Enregistrements&#xa0;: {where}.</translation>
    </message>
    <message>
        <source>Export REFI-QDA project</source>
        <translation>Exporter un projet REFI-QDA</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>Projets REFI-QDA (*.qdpx)</translation>
    </message>
    <message>
        <source>Writing the REFI-QDA project…</source>
        <translation>Écriture du projet REFI-QDA…</translation>
    </message>
    <message>
        <source>Export codebook</source>
        <translation>Exporter le livre de codes</translation>
    </message>
    <message>
        <source>REFI-QDA codebook (*.qdc)</source>
        <translation>Livre de codes REFI-QDA (*.qdc)</translation>
    </message>
    <message>
        <source>Wrote {count} codes to {target}.</source>
        <translation>{count} codes écrits dans {target}.</translation>
    </message>
</context>
<context>
    <name>exchange.imports</name>
    <message>
        <source>Import documents</source>
        <translation>Importer des documents</translation>
    </message>
    <message>
        <source>Documents ({patterns})</source>
        <translation>Documents ({patterns})</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Importing {name} ({number} of {count})…</source>
        <translation>Importation de {name} ({number} sur {count})…</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Rapport d&apos;importation</translation>
    </message>
    <message>
        <source>Import codebook</source>
        <translation>Importer un livre de codes</translation>
    </message>
    <message>
        <source>REFI-QDA codebooks (*.qdc *.qde)</source>
        <translation>Livres de codes REFI-QDA (*.qdc *.qde)</translation>
    </message>
    <message>
        <source>{where}{added} codes added, {matched} already there.</source>
        <translation>{where}{added} codes ajoutés, {matched} déjà présents.</translation>
    </message>
    <message>
        <source>Note: {notes}.</source>
        <translation>Remarque : {notes}.</translation>
    </message>
    <message>
        <source>Import REFI-QDA project</source>
        <translation>Importer un projet REFI-QDA</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx *.qde)</source>
        <translation>Projets REFI-QDA (*.qdpx *.qde)</translation>
    </message>
    <message>
        <source>This project already has documents: import into a new project</source>
        <translation>Ce projet a déjà des documents&#xa0;: importez dans un nouveau projet</translation>
    </message>
    <message>
        <source>qcode projects (*.qcode)</source>
        <translation>Projets qcode (*.qcode)</translation>
    </message>
    <message>
        <source>warning: {line}</source>
        <translation>avertissement : {line}</translation>
    </message>
    <message>
        <source>changed: {line}</source>
        <translation>modifié : {line}</translation>
    </message>
    <message>
        <source>skipped: {line}</source>
        <translation>ignoré : {line}</translation>
    </message>
    <message>
        <source>REFI-QDA import</source>
        <translation>Importation REFI-QDA</translation>
    </message>
    <message>
        <source>Imported {counts}.</source>
        <translation>Importé&#xa0;: {counts}.</translation>
    </message>
    <message>
        <source>{n_lines} things were skipped or changed: see the details below.</source>
        <translation>{n_lines} éléments ont été ignorés ou modifiés&#xa0;: voir les détails ci-dessous.</translation>
    </message>
    <message>
        <source>Nothing was skipped or changed.</source>
        <translation>Rien n&apos;a été ignoré ni modifié.</translation>
    </message>
    <message>
        <source>REFI-QDA import report</source>
        <translation>Rapport d&apos;importation REFI-QDA</translation>
    </message>
</context>
<context>
    <name>findings.case_dialogs</name>
    <message>
        <source>Assign to case</source>
        <translation>Affecter à un cas</translation>
    </message>
    <message>
        <source>Assign {what} to which case?
(type a new name to make a new case)</source>
        <translation>Affecter {what} à quel cas&#xa0;?
(tapez un nouveau nom pour créer un nouveau cas)</translation>
    </message>
    <message>
        <source> ({already} already in it)</source>
        <translation> ({already} déjà dedans)</translation>
    </message>
    <message>
        <source>Assigned {what} to the case &apos;{name}&apos;{note}.</source>
        <translation>{what} affecté(s) au cas «&#xa0;{name}&#xa0;»{note}.</translation>
    </message>
    <message>
        <source>Import case list</source>
        <translation>Importer une liste de cas</translation>
    </message>
    <message>
        <source>Case lists (*.csv *.xlsx);;All files (*)</source>
        <translation>Listes de cas (*.csv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Case list imported</source>
        <translation>Liste de cas importée</translation>
    </message>
</context>
<context>
    <name>findings.cases_panel</name>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Documents, speakers and codings assigned to the case</source>
        <translation>Documents, locuteurs et codages affectés au cas</translation>
    </message>
</context>
<context>
    <name>findings.corroboration_window</name>
    <message>
        <source>no source</source>
        <translation>aucune source</translation>
    </message>
</context>
<context>
    <name>findings.framework_model</name>
    <message>
        <source>{coded} coded</source>
        <translation>codés&#xa0;: {coded}</translation>
    </message>
    <message>
        <source>{quotes} quoted</source>
        <translation>cités&#xa0;: {quotes}</translation>
    </message>
    <message>
        <source>(no summary yet)</source>
        <translation>(pas encore de résumé)</translation>
    </message>
</context>
<context>
    <name>findings.undo_menu</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
</context>
<context>
    <name>headers</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codages</translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation>Allégation</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Distinct independent sources: cases, or the document for a coding in no case</source>
        <translation>Sources indépendantes distinctes&#xa0;: les cas, ou le document pour un codage hors de tout cas</translation>
    </message>
    <message>
        <source>First-hand</source>
        <translation>Première main</translation>
    </message>
    <message>
        <source>Sources with at least one coding graded first-hand</source>
        <translation>Sources ayant au moins un codage de niveau «&#xa0;première main&#xa0;»</translation>
    </message>
    <message>
        <source>Contradicted</source>
        <translation>Contredit</translation>
    </message>
    <message>
        <source>&apos;contradicts&apos; links to or from these codings</source>
        <translation>Liens «&#xa0;contredit&#xa0;» depuis ou vers ces codages</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Coded text</source>
        <translation>Texte codé</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codeur</translation>
    </message>
    <message>
        <source>Coded at (UTC)</source>
        <translation>Codé le (UTC)</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Mémo</translation>
    </message>
    <message>
        <source>Coding ID</source>
        <translation>ID du codage</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Rattaché à</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Créé (UTC)</translation>
    </message>
    <message>
        <source>Modified (UTC)</source>
        <translation>Modifié (UTC)</translation>
    </message>
    <message>
        <source>(overall)</source>
        <translation>(global)</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caractères</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Phrases</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>Paragraphes</translation>
    </message>
    <message>
        <source>Coded segments</source>
        <translation>Segments codés</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>% agreement</source>
        <translation>% d&apos;accord</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation>κ de Cohen</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>α de Krippendorff</translation>
    </message>
    <message>
        <source>Specific agreement</source>
        <translation>Accord spécifique</translation>
    </message>
    <message>
        <source>Share of units on which the coders agree: all coded them, or none did</source>
        <translation>Part des unités sur lesquelles les codeurs s&apos;accordent&#xa0;: tous les ont codées, ou aucun</translation>
    </message>
    <message>
        <source>Agreement beyond chance: 1 is perfect, 0 no better than chance</source>
        <translation>Accord au-delà du hasard&#xa0;: 1 est parfait, 0 pas mieux que le hasard</translation>
    </message>
    <message>
        <source>Agreement beyond chance (nominal): 0.8 is a common bar, 0.667 the lowest for tentative conclusions</source>
        <translation>Accord au-delà du hasard (nominal)&#xa0;: 0,8 est un seuil courant, 0,667 le minimum pour des conclusions provisoires</translation>
    </message>
    <message>
        <source>Positive agreement: of the units any coder coded, the share the coders agree on (text nobody coded does not count)</source>
        <translation>Accord positif&#xa0;: parmi les unités codées par au moins un codeur, la part sur laquelle les codeurs s&apos;accordent (le texte que personne n&apos;a codé ne compte pas)</translation>
    </message>
</context>
<context>
    <name>media</name>
    <message>
        <source>Link recording…</source>
        <translation>Lier un enregistrement…</translation>
    </message>
    <message>
        <source>Unlink recording</source>
        <translation>Délier l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Open a document first, then link its recording.</source>
        <translation>Ouvrez d&apos;abord un document, puis liez son enregistrement.</translation>
    </message>
    <message>
        <source>Link recording</source>
        <translation>Lier un enregistrement</translation>
    </message>
    <message>
        <source>Linked {file_name} to &apos;{name}&apos; (kept where it is, not copied). The project is encrypted but its recordings are not: qcode links them where they are; keep them on an encrypted disk.</source>
        <translation>{file_name} lié à «&#xa0;{name}&#xa0;» (laissé à son emplacement, non copié). Le projet est chiffré mais pas ses enregistrements&#xa0;: qcode les lie là où ils sont&#xa0;; gardez-les sur un disque chiffré.</translation>
    </message>
    <message>
        <source>Linked {file_name} to &apos;{name}&apos; (kept where it is, not copied).</source>
        <translation>{file_name} lié à «&#xa0;{name}&#xa0;» (laissé à son emplacement, non copié).</translation>
    </message>
    <message>
        <source>Recordings ({patterns})</source>
        <translation>Enregistrements ({patterns})</translation>
    </message>
</context>
<context>
    <name>media.transcribe</name>
    <message>
        <source>New transcript from a recording…</source>
        <translation>Nouvelle transcription à partir d&apos;un enregistrement…</translation>
    </message>
    <message>
        <source>Transcribe a recording</source>
        <translation>Transcrire un enregistrement</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>#{id} (deleted)</source>
        <translation>#{id} (supprimé)</translation>
    </message>
    <message>
        <source>% agreement</source>
        <translation>% d&apos;accord</translation>
    </message>
    <message>
        <source>&apos;)&apos; without a matching &apos;(&apos;</source>
        <translation>&apos;)&apos; sans &apos;(&apos; correspondante</translation>
    </message>
    <message>
        <source>&apos;**&apos; may only end a path, as in &quot;Harms/**&quot;</source>
        <translation>&apos;**&apos; ne peut que terminer un chemin, comme dans &quot;Harms/**&quot;</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is a grouping code; apply one of its sub-codes</source>
        <translation>« {code} » est un code de regroupement ; appliquez l&apos;un de ses sous-codes</translation>
    </message>
    <message>
        <source>&apos;{document}&apos; has no recording linked</source>
        <translation>« {document} » n&apos;a aucun enregistrement lié</translation>
    </message>
    <message>
        <source>&apos;{document}&apos; has no version {version} (its versions are 1 to {last})</source>
        <translation>« {document} » n&apos;a pas de version {version} (ses versions vont de 1 à {last})</translation>
    </message>
    <message>
        <source>&apos;{document}&apos; was not imported from a file: it has no original</source>
        <translation>« {document} » n&apos;a pas été importé d&apos;un fichier : il n&apos;a pas d&apos;original</translation>
    </message>
    <message>
        <source>&apos;{document}&apos; would have more than {limit:,} characters; nothing was changed</source>
        <translation>« {document} » dépasserait {limit:,} caractères ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>&apos;{document}&apos; would have no text left; nothing was changed</source>
        <translation>« {document} » n&apos;aurait plus de texte ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>&apos;{document}&apos;: a second recording for the same transcript was not linked</source>
        <translation>&apos;{document}&apos; : un second enregistrement pour la même transcription n&apos;a pas été lié</translation>
    </message>
    <message>
        <source>&apos;{document}&apos;: its recording ({path}) was not found on this computer; link it with: qcode media PROJECT DOCUMENT FILE</source>
        <translation>&apos;{document}&apos; : son enregistrement ({path}) est introuvable sur cet ordinateur ; liez-le avec : qcode media PROJECT DOCUMENT FILE</translation>
    </message>
    <message>
        <source>&apos;{document}&apos;: its recording linked at {path}</source>
        <translation>&apos;{document}&apos; : son enregistrement est lié à {path}</translation>
    </message>
    <message>
        <source>&apos;{document}&apos;: its recording was not linked ({problem})</source>
        <translation>&apos;{document}&apos; : son enregistrement n&apos;a pas été lié ({problem})</translation>
    </message>
    <message>
        <source>&apos;{document}&apos;: its recording written out of the file to {path}</source>
        <translation>&apos;{document}&apos; : son enregistrement a été extrait du fichier vers {path}</translation>
    </message>
    <message>
        <source>&apos;{document}&apos;: {problem}</source>
        <translation>«&#xa0;{document}&#xa0;»&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; was not done: it would break the project&apos;s consistency ({problem})</source>
        <translation>« {label} » n&apos;a pas été fait : cela romprait la cohérence du projet ({problem})</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; ({what}) was not imported: it has no text or transcript</source>
        <translation>&apos;{name}&apos; ({what}) n&apos;a pas été importé : il n&apos;a ni texte ni transcription</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has the same text as &apos;{earlier}&apos;; its codings and memos are on that document</source>
        <translation>&apos;{name}&apos; a le même texte que &apos;{earlier}&apos; ; ses codages et mémos sont sur ce document</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; was not imported: {problem}</source>
        <translation>&apos;{name}&apos; n&apos;a pas été importé : {problem}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; was not imported: {problem} ({codings} lost)</source>
        <translation>&apos;{name}&apos; n&apos;a pas été importé : {problem} ({codings} perdus)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;: {codings} of the whole {what} not imported</source>
        <translation>&apos;{name}&apos; : {codings} du {what} entier non importés</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;: {count:,} passage marked without a code is now memos on the document, quoting the passage</source>
        <translation>&apos;{name}&apos; : {count:,} passage marqué sans code est maintenant un mémo sur le document, qui le cite</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;: {count:,} passages marked without a code are now memos on the document, quoting the passage</source>
        <translation>&apos;{name}&apos; : {count:,} passages marqués sans code sont maintenant des mémos sur le document, qui les citent</translation>
    </message>
    <message numerus="yes">
        <source>&apos;{name}&apos;: {count:,} selection{s} outside its text ({length} {unit}) and were not imported: {spans}</source>
        <translation>
            <numerusform>&apos;{name}&apos; : {count:,} sélection hors de son texte ({length} {unit}) non importée : {spans}</numerusform>
            <numerusform>&apos;{name}&apos; : {count:,} sélections hors de son texte ({length} {unit}) non importées : {spans}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;{name}&apos;: {count:,} selection{s} without a valid start before the end were not imported: {spans}</source>
        <translation>
            <numerusform>&apos;{name}&apos; : {count:,} sélection sans début valide avant la fin non importée : {spans}</numerusform>
            <numerusform>&apos;{name}&apos; : {count:,} sélections sans début valide avant la fin non importées : {spans}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;{name}&apos;: {count:,} {what} region or time selection{s} with {codings} not imported (qcode codes text only)</source>
        <translation>
            <numerusform>&apos;{name}&apos; : {count:,} sélection de zone ou de temps ({what}) avec {codings} non importée (qcode ne code que du texte)</numerusform>
            <numerusform>&apos;{name}&apos; : {count:,} sélections de zone ou de temps ({what}) avec {codings} non importées (qcode ne code que du texte)</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is not a code path (empty part)</source>
        <translation>« {path} » n&apos;est pas un chemin de code (partie vide)</translation>
    </message>
    <message>
        <source>&apos;{document}&apos;: its recording {file} still holds what was replaced (qcode cannot redact audio): keep it apart from anything shared, or edit it</source>
        <translation>&apos;{document}&apos; : son enregistrement {file} contient encore ce qui a été remplacé (qcode ne peut pas caviarder l&apos;audio) : gardez-le à l&apos;écart de tout ce qui est partagé, ou modifiez-le</translation>
    </message>
    <message>
        <source>&apos;{document}&apos;: its recording {file} still holds what was replaced (qcode cannot redact audio): keep it apart from anything shared, or edit it (the replaced words are spoken at {times})</source>
        <translation>&apos;{document}&apos; : son enregistrement {file} contient encore ce qui a été remplacé (qcode ne peut pas caviarder l&apos;audio) : gardez-le à l&apos;écart de tout ce qui est partagé, ou modifiez-le (les mots remplacés sont prononcés à {times})</translation>
    </message>
    <message>
        <source>&apos;{document}&apos;: the recording it transcribes still holds what was replaced (qcode cannot redact audio): keep it apart from anything shared, or edit it</source>
        <translation>&apos;{document}&apos; : l&apos;enregistrement qu&apos;il transcrit contient encore ce qui a été remplacé (qcode ne peut pas caviarder l&apos;audio) : gardez-le à l&apos;écart de tout ce qui est partagé, ou modifiez-le</translation>
    </message>
    <message>
        <source>&apos;{document}&apos;: the recording it transcribes still holds what was replaced (qcode cannot redact audio): keep it apart from anything shared, or edit it (the replaced words are spoken at {times})</source>
        <translation>&apos;{document}&apos; : l&apos;enregistrement qu&apos;il transcrit contient encore ce qui a été remplacé (qcode ne peut pas caviarder l&apos;audio) : gardez-le à l&apos;écart de tout ce qui est partagé, ou modifiez-le (les mots remplacés sont prononcés à {times})</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; was not done: a text in it holds an invalid character (a lone surrogate)</source>
        <translation>« {label} » n&apos;a pas été fait : un de ses textes contient un caractère non valide (un demi-caractère de substitution isolé)</translation>
    </message>
    <message>
        <source>&apos;{source}&apos;: a project in memory cannot keep a recording</source>
        <translation>&apos;{source}&apos; : un projet en mémoire ne peut pas garder d&apos;enregistrement</translation>
    </message>
    <message>
        <source>&apos;{source}&apos;: its recording sources/{entry} is missing from the file</source>
        <translation>&apos;{source}&apos; : son enregistrement sources/{entry} manque dans le fichier</translation>
    </message>
    <message>
        <source>&apos;{source}&apos;: its recording sources/{entry} is not a kind qcode links</source>
        <translation>&apos;{source}&apos; : son enregistrement sources/{entry} n&apos;est pas d&apos;un type que qcode lie</translation>
    </message>
    <message>
        <source>&apos;{suffix}&apos; is not a recording qcode links (it links {known})</source>
        <translation>&apos;{suffix}&apos; n&apos;est pas un enregistrement que qcode lie (il lie {known})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date like 2031-12-31</source>
        <translation>« {value} » n&apos;est pas une date comme 2031-12-31</translation>
    </message>
    <message>
        <source>&apos;{variable}&apos; is {ours} here but {theirs} in {other}; kept {ours}</source>
        <translation>&apos;{variable}&apos; vaut {ours} ici mais {theirs} dans {other} ; {ours} est gardé</translation>
    </message>
    <message>
        <source>&apos;{what}&apos; is {ours} here but {theirs} in {other}; kept {chosen}</source>
        <translation>&apos;{what}&apos; vaut {ours} ici mais {theirs} dans {other} ; {chosen} est gardé</translation>
    </message>
    <message>
        <source>(a replacement holding an identifier; not shown)</source>
        <translation>(un remplacement contenant un identifiant ; non affiché)</translation>
    </message>
    <message>
        <source>(no extension) is not a recording qcode links (it links {known})</source>
        <translation>(sans extension) n&apos;est pas un enregistrement que qcode lie (il lie {known})</translation>
    </message>
    <message>
        <source>--sections: name at least one of {sections}</source>
        <translation>--sections&#xa0;: nommez au moins l&apos;une de {sections}</translation>
    </message>
    <message>
        <source>--split must be between 0.05 and 0.95</source>
        <translation>--split doit être compris entre 0.05 et 0.95</translation>
    </message>
    <message>
        <source>1 byte that is not valid UTF-8 replaced by � on line {lines}</source>
        <translation>1 octet non valide en UTF-8 remplacé par � à la ligne {lines}</translation>
    </message>
    <message>
        <source>&lt;{tag}&gt; is still open</source>
        <translation>&lt;{tag}&gt; est encore ouvert</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>À propos de ce rapport</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Tous les codes</translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation>Allégation</translation>
    </message>
    <message>
        <source>Asks</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Bar chart of the {count} codes with the most coded passages.</source>
        <translation>Diagramme en barres des {count} codes ayant le plus de passages codés.</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caractères</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Co-occurrence</source>
        <translation>Cooccurrence</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Code frequencies</source>
        <translation>Fréquences des codes</translation>
    </message>
    <message>
        <source>Code memos</source>
        <translation>Mémos des codes</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Livre de codes</translation>
    </message>
    <message>
        <source>Coded passages</source>
        <translation>Passages codés</translation>
    </message>
    <message>
        <source>Coded passages (own)</source>
        <translation>Passages codés (propres)</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Codeurs</translation>
    </message>
    <message>
        <source>Coders {coders}; documents: {documents}.</source>
        <translation>Codeurs {coders}&#xa0;; documents&#xa0;: {documents}.</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa</source>
        <translation>Kappa de Cohen</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Contradicting links</source>
        <translation>Liens contradictoires</translation>
    </message>
    <message>
        <source>Corroboration</source>
        <translation>Corroboration</translation>
    </message>
    <message>
        <source>Document memos</source>
        <translation>Mémos des documents</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>END ({end:,}) is past the end of &apos;{document}&apos; ({count:,} characters); nothing was changed</source>
        <translation>END ({end:,}) dépasse la fin de « {document} » ({count:,} caractères) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>Each case&apos;s summary on each code, as the team wrote it (&apos;qcode framework&apos;), then the coded passages each summary rests on.</source>
        <translation>Le résumé de chaque cas pour chaque code, tel que l&apos;équipe l&apos;a écrit (&apos;qcode framework&apos;), puis les passages codés sur lesquels repose chaque résumé.</translation>
    </message>
    <message>
        <source>Each saved query, the passages it finds now in this report&apos;s documents (&apos;qcode query --run NAME&apos; lists them).</source>
        <translation>Chaque requête enregistrée, et les passages qu&apos;elle trouve maintenant dans les documents de ce rapport (&apos;qcode query --run NAME&apos; les liste).</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>First-hand</source>
        <translation>Première main</translation>
    </message>
    <message>
        <source>Framework matrix</source>
        <translation>Matrice de cadre</translation>
    </message>
    <message>
        <source>Heat map of how often the {count} most applied codes overlap.</source>
        <translation>Carte de chaleur du chevauchement des {count} codes les plus appliqués.</translation>
    </message>
    <message>
        <source>How often passages of two codes overlap, for the {count} codes applied most often (the figures of &apos;qcode cooccurrence&apos;).</source>
        <translation>Combien de fois les passages de deux codes se chevauchent, pour les {count} codes les plus appliqués (les chiffres de &apos;qcode cooccurrence&apos;).</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>Importé depuis</translation>
    </message>
    <message>
        <source>Inter-coder agreement</source>
        <translation>Accord inter-codeurs</translation>
    </message>
    <message>
        <source>Keywords: {keywords}</source>
        <translation>Mots-clés&#xa0;: {keywords}</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha</source>
        <translation>Alpha de Krippendorff</translation>
    </message>
    <message>
        <source>Memo: {memo}</source>
        <translation>Mémo&#xa0;: {memo}</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>Mémos</translation>
    </message>
    <message>
        <source>NEAR/{unit} is not a distance: use NEAR/N (N characters, 0 to {most:,}), NEAR/sentence, NEAR/paragraph or NEAR/turn</source>
        <translation>NEAR/{unit} n&apos;est pas une distance&#xa0;: utilisez NEAR/N (N caractères, de 0 à {most:,}), NEAR/sentence, NEAR/paragraph ou NEAR/turn</translation>
    </message>
    <message>
        <source>NOT must follow AND (write &apos;AND NOT&apos;)</source>
        <translation>NOT doit suivre AND (écrivez &apos;AND NOT&apos;)</translation>
    </message>
    <message>
        <source>No case has a summary on the codes in this report.</source>
        <translation>Aucun cas n&apos;a de résumé sur les codes de ce rapport.</translation>
    </message>
    <message>
        <source>No coded passages in this report.</source>
        <translation>Aucun passage codé dans ce rapport.</translation>
    </message>
    <message>
        <source>No coded passages in this report: nothing to chart.</source>
        <translation>Aucun passage codé dans ce rapport&#xa0;: rien à représenter.</translation>
    </message>
    <message>
        <source>No coded passages in this report: nothing to corroborate.</source>
        <translation>Aucun passage codé dans ce rapport&#xa0;: rien à corroborer.</translation>
    </message>
    <message>
        <source>No codes in this report.</source>
        <translation>Aucun code dans ce rapport.</translation>
    </message>
    <message>
        <source>No documents in this report.</source>
        <translation>Aucun document dans ce rapport.</translation>
    </message>
    <message>
        <source>No project, document or code memos in this report.</source>
        <translation>Aucun mémo de projet, de document ou de code dans ce rapport.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Passages found</source>
        <translation>Passages trouvés</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Project memos</source>
        <translation>Mémos du projet</translation>
    </message>
    <message>
        <source>Pseudonymised</source>
        <translation>Pseudonymisé</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>Quotes are the coded text exactly as stored in the project. ¶ is the paragraph of the document the passage starts in, counted from 1; a time is the position in the recording, where the document is a subtitle file.</source>
        <translation>Les citations sont le texte codé exactement tel qu&apos;il est enregistré dans le projet. ¶ est le paragraphe du document où commence le passage, compté à partir de 1&#xa0;; un temps est la position dans l&apos;enregistrement, quand le document est un fichier de sous-titres.</translation>
    </message>
    <message>
        <source>Quotes by code</source>
        <translation>Citations par code</translation>
    </message>
    <message>
        <source>Report written {time}</source>
        <translation>Rapport écrit le {time}</translation>
    </message>
    <message>
        <source>SHA-256 is the fingerprint of the document&apos;s text as qcode stores it (UTF-8): the same text always gives the same fingerprint.</source>
        <translation>SHA-256 est l&apos;empreinte du texte du document tel que qcode l&apos;enregistre (UTF-8)&#xa0;: le même texte donne toujours la même empreinte.</translation>
    </message>
    <message>
        <source>SHA-256 is the fingerprint of the document&apos;s text as qcode stores it (UTF-8): the same text always gives the same fingerprint. The names of the files the documents were imported from are left out of a pseudonymised report: they often hold names.</source>
        <translation>SHA-256 est l&apos;empreinte du texte du document tel que qcode l&apos;enregistre (UTF-8)&#xa0;: le même texte donne toujours la même empreinte. Les noms des fichiers d&apos;où les documents ont été importés sont omis d&apos;un rapport pseudonymisé&#xa0;: ils contiennent souvent des noms.</translation>
    </message>
    <message>
        <source>START ({start:,}) is after END ({end:,}); nothing was changed</source>
        <translation>START ({start:,}) est après END ({end:,}) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>Saved queries</source>
        <translation>Requêtes enregistrées</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>Sources&#xa0;: {sources}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>The figures of &apos;qcode agreement&apos; (character unit): every character of a document counts as coded or not coded with each code by each coder.</source>
        <translation>Les chiffres de &apos;qcode agreement&apos; (unité caractère)&#xa0;: chaque caractère d&apos;un document compte comme codé ou non codé avec chaque code par chaque codeur.</translation>
    </message>
    <message>
        <source>The figures of &apos;qcode corroboration&apos;: a source is a case a coded passage belongs to (a passage of no case: its document); first-hand sources have a passage graded first-hand; contradicting links are links of the type &apos;contradicts&apos;. An allegation counts the passages of its sub-codes.</source>
        <translation>Les chiffres de &apos;qcode corroboration&apos;&#xa0;: une source est le cas auquel appartient un passage codé (un passage sans cas&#xa0;: son document)&#xa0;; les sources de première main ont un passage de niveau «&#xa0;première main&#xa0;»&#xa0;; les liens contradictoires sont les liens de type &apos;contradicts&apos;. Une allégation compte les passages de ses sous-codes.</translation>
    </message>
    <message>
        <source>The quotes of this report are limited to {query}.</source>
        <translation>Les citations de ce rapport sont limitées à {query}.</translation>
    </message>
    <message>
        <source>UTF-16 units</source>
        <translation>unités UTF-16</translation>
    </message>
    <message>
        <source>Update this field to list the headings.</source>
        <translation>Mettez ce champ à jour pour lister les titres.</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Écrit</translation>
    </message>
    <message>
        <source>a breakdown by attribute needs the attribute&apos;s name</source>
        <translation>une ventilation par attribut demande le nom de l&apos;attribut</translation>
    </message>
    <message>
        <source>a breakdown by case attribute needs the attribute&apos;s name</source>
        <translation>une ventilation par attribut de cas demande le nom de l&apos;attribut</translation>
    </message>
    <message>
        <source>a case</source>
        <translation>un cas</translation>
    </message>
    <message>
        <source>a case member is a document, a speaker or a coding</source>
        <translation>un membre d&apos;un cas est un document, un locuteur ou un codage</translation>
    </message>
    <message>
        <source>a case member is a document, a speaker or a coding, not several</source>
        <translation>un membre d&apos;un cas est un document, un locuteur ou un codage, pas plusieurs</translation>
    </message>
    <message>
        <source>a code</source>
        <translation>un code</translation>
    </message>
    <message>
        <source>a code without a name is now named &apos;{name}&apos;</source>
        <translation>un code sans nom s&apos;appelle maintenant &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>a code without a name under &apos;{parent}&apos; is now named &apos;{name}&apos;</source>
        <translation>un code sans nom sous &apos;{parent}&apos; s&apos;appelle maintenant &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>a code&apos;s path is missing its closing double quote</source>
        <translation>il manque le guillemet droit fermant au chemin d&apos;un code</translation>
    </message>
    <message>
        <source>a coder</source>
        <translation>un codeur</translation>
    </message>
    <message>
        <source>a coding</source>
        <translation>un codage</translation>
    </message>
    <message>
        <source>a coding cannot be linked to itself</source>
        <translation>un codage ne peut pas être lié à lui-même</translation>
    </message>
    <message>
        <source>a coding to link no longer exists</source>
        <translation>un codage à lier n&apos;existe plus</translation>
    </message>
    <message>
        <source>a document</source>
        <translation>un document</translation>
    </message>
    <message>
        <source>a document to auto-code no longer exists</source>
        <translation>un document à coder automatiquement n&apos;existe plus</translation>
    </message>
    <message>
        <source>a document to link no longer exists; nothing was changed</source>
        <translation>un document à lier n&apos;existe plus ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>a document to redact no longer exists; nothing was redacted</source>
        <translation>un document à caviarder n&apos;existe plus ; rien n&apos;a été caviardé</translation>
    </message>
    <message>
        <source>a font that covers it</source>
        <translation>une police qui le couvre</translation>
    </message>
    <message>
        <source>a grade</source>
        <translation>un niveau</translation>
    </message>
    <message>
        <source>a link from coding {uuid}</source>
        <translation>un lien depuis le codage {uuid}</translation>
    </message>
    <message>
        <source>a link type</source>
        <translation>un type de lien</translation>
    </message>
    <message>
        <source>a participant</source>
        <translation>un participant</translation>
    </message>
    <message>
        <source>a participant withdrew: their turns were removed</source>
        <translation>un participant s&apos;est retiré&#xa0;: ses tours de parole ont été supprimés</translation>
    </message>
    <message>
        <source>a passage without a code</source>
        <translation>un passage sans code</translation>
    </message>
    <message>
        <source>a passphrase cannot contain a NUL character</source>
        <translation>une phrase secrète ne peut pas contenir de caractère NUL</translation>
    </message>
    <message>
        <source>a passphrase needs at least {count} characters (a few unrelated words are both strong and easy to remember)</source>
        <translation>une phrase secrète doit compter au moins {count} caractères (quelques mots sans rapport entre eux sont à la fois solides et faciles à retenir)</translation>
    </message>
    <message>
        <source>a project needs a name</source>
        <translation>un projet doit avoir un nom</translation>
    </message>
    <message>
        <source>a pseudonym needs {what}</source>
        <translation>un pseudonyme doit avoir {what}</translation>
    </message>
    <message>
        <source>a pseudonym&apos;s {what} must be one line</source>
        <translation>{what} d&apos;un pseudonyme doit tenir sur une ligne</translation>
    </message>
    <message>
        <source>a pseudonymised agreement workbook needs the project</source>
        <translation>un classeur d&apos;accord pseudonymisé demande le projet</translation>
    </message>
    <message>
        <source>a query</source>
        <translation>une requête</translation>
    </message>
    <message>
        <source>a recording refers to &apos;{entry}&apos;, outside the archive</source>
        <translation>un enregistrement renvoie à &apos;{entry}&apos;, hors de l&apos;archive</translation>
    </message>
    <message>
        <source>a replacement</source>
        <translation>un remplacement</translation>
    </message>
    <message>
        <source>a second case named &apos;{old}&apos; is now &apos;{new}&apos;</source>
        <translation>un second cas nommé &apos;{old}&apos; est maintenant &apos;{new}&apos;</translation>
    </message>
    <message>
        <source>a second document named &apos;{old}&apos; is now &apos;{new}&apos;</source>
        <translation>un second document nommé &apos;{old}&apos; est maintenant &apos;{new}&apos;</translation>
    </message>
    <message>
        <source>a second user named &apos;{old}&apos; is now &apos;{new}&apos;</source>
        <translation>un second utilisateur nommé &apos;{old}&apos; est maintenant &apos;{new}&apos;</translation>
    </message>
    <message>
        <source>a speaker</source>
        <translation>un locuteur</translation>
    </message>
    <message>
        <source>a text to code</source>
        <translation>un texte à coder</translation>
    </message>
    <message>
        <source>add grade &apos;{grade}&apos;</source>
        <translation>ajouter le niveau « {grade} »</translation>
    </message>
    <message>
        <source>add link type &apos;{name}&apos;</source>
        <translation>ajouter le type de lien « {name} »</translation>
    </message>
    <message>
        <source>add memo on {target}</source>
        <translation>ajouter un mémo sur {target}</translation>
    </message>
    <message>
        <source>add memo on {target} &apos;{name}&apos;</source>
        <translation>ajouter un mémo sur {target} « {name} »</translation>
    </message>
    <message>
        <source>add project memo</source>
        <translation>ajouter un mémo de projet</translation>
    </message>
    <message>
        <source>add {count} codings</source>
        <translation>ajouter {count} codages</translation>
    </message>
    <message>
        <source>agreement compares at most {most} coders (got {count})</source>
        <translation>l&apos;accord compare au plus {most} codeurs (reçu&#xa0;: {count})</translation>
    </message>
    <message>
        <source>agreement needs at least {minimum} different coders (got {given})</source>
        <translation>l&apos;accord demande au moins {minimum} codeurs différents (reçu&#xa0;: {given})</translation>
    </message>
    <message>
        <source>all match</source>
        <translation>tout correspond</translation>
    </message>
    <message>
        <source>already only the hashes of imported files are kept</source>
        <translation>seules les empreintes des fichiers importés sont déjà conservées</translation>
    </message>
    <message>
        <source>an attribute</source>
        <translation>un attribut</translation>
    </message>
    <message>
        <source>an empty code path</source>
        <translation>un chemin de code vide</translation>
    </message>
    <message>
        <source>an identifier</source>
        <translation>un identifiant</translation>
    </message>
    <message>
        <source>an identifier and its replacement must each be one line of text</source>
        <translation>un identifiant et son remplacement doivent tenir chacun sur une ligne</translation>
    </message>
    <message>
        <source>an identifier in the pseudonym table of {other}</source>
        <translation>un identifiant de la table des pseudonymes de {other}</translation>
    </message>
    <message>
        <source>an identifier replaced by &apos;{replacement}&apos; in {other}</source>
        <translation>un identifiant remplacé par &apos;{replacement}&apos; dans {other}</translation>
    </message>
    <message>
        <source>an identifier replaced by {kept} here is replaced by {theirs} in {other}; kept {kept}</source>
        <translation>un identifiant remplacé ici par {kept} est remplacé par {theirs} dans {other} ; {kept} est gardé</translation>
    </message>
    <message>
        <source>an identifier would be left in the text (a replacement next to other text forms an identifier again); change that replacement; nothing was redacted</source>
        <translation>un identifiant resterait dans le texte (un remplacement accolé à un autre texte reforme un identifiant) ; changez ce remplacement ; rien n&apos;a été caviardé</translation>
    </message>
    <message>
        <source>an origin cannot be on both sides: {origins}</source>
        <translation>une origine ne peut pas être des deux côtés&#xa0;: {origins}</translation>
    </message>
    <message>
        <source>apply &apos;{code}&apos;</source>
        <translation>appliquer « {code} »</translation>
    </message>
    <message>
        <source>as imported</source>
        <translation>tel qu&apos;importé</translation>
    </message>
    <message>
        <source>assign {members} to case &apos;{case}&apos;</source>
        <translation>affecter {members} au cas « {case} »</translation>
    </message>
    <message>
        <source>at the top level</source>
        <translation>au premier niveau</translation>
    </message>
    <message>
        <source>attribute &apos;{name}&apos;</source>
        <translation>l&apos;attribut « {name} »</translation>
    </message>
    <message>
        <source>attribute &apos;{name}&apos; holds {kind} values; &apos;{value}&apos; is not one</source>
        <translation>l&apos;attribut « {name} » contient des valeurs de type {kind} ; « {value} » n&apos;en est pas une</translation>
    </message>
    <message>
        <source>attribute &apos;{text}&apos; is not KEY=VALUE</source>
        <translation>l&apos;attribut « {text} » n&apos;est pas de la forme KEY=VALUE</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>audio</translation>
    </message>
    <message>
        <source>auto-code speaker &apos;{speaker}&apos; as &apos;{code}&apos;</source>
        <translation>coder automatiquement le locuteur « {speaker} » comme « {code} »</translation>
    </message>
    <message>
        <source>best {count} codes of each passage</source>
        <translation>les {count} meilleurs codes de chaque passage</translation>
    </message>
    <message>
        <source>called &apos;{theirs}&apos; in {other}; kept &apos;{ours}&apos;</source>
        <translation>nommé &apos;{theirs}&apos; dans {other} ; &apos;{ours}&apos; est gardé</translation>
    </message>
    <message>
        <source>called &apos;{theirs}&apos; in {other}; kept the name &apos;{ours}&apos;</source>
        <translation>nommé &apos;{theirs}&apos; dans {other} ; le nom &apos;{ours}&apos; est gardé</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <source>cannot create {path}: {reason}</source>
        <translation>impossible de créer {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>cannot merge &apos;{source}&apos; into its own sub-code</source>
        <translation>impossible de fusionner « {source} » dans l&apos;un de ses propres sous-codes</translation>
    </message>
    <message>
        <source>cannot merge a code into itself</source>
        <translation>impossible de fusionner un code avec lui-même</translation>
    </message>
    <message>
        <source>cannot move &apos;{code}&apos; into itself</source>
        <translation>impossible de déplacer « {code} » dans lui-même</translation>
    </message>
    <message>
        <source>cannot redo &apos;{label}&apos;: {problem}</source>
        <translation>impossible de rétablir « {label} » : {problem}</translation>
    </message>
    <message>
        <source>cannot run now: {problem}</source>
        <translation>impossible à exécuter maintenant&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>cannot splice {column} of {table}</source>
        <translation>impossible de modifier une partie de {column} de {table}</translation>
    </message>
    <message>
        <source>cannot undo &apos;{label}&apos;: {problem}</source>
        <translation>impossible d&apos;annuler « {label} » : {problem}</translation>
    </message>
    <message>
        <source>cannot update {columns} of {table}</source>
        <translation>impossible de mettre à jour {columns} de {table}</translation>
    </message>
    <message>
        <source>cannot write {file}: {problem}</source>
        <translation>impossible d&apos;écrire {file} : {problem}</translation>
    </message>
    <message>
        <source>case</source>
        <translation>le cas</translation>
    </message>
    <message>
        <source>case &apos;{case}&apos; is already on row {row}</source>
        <translation>le cas « {case} » est déjà à la ligne {row}</translation>
    </message>
    <message>
        <source>case &apos;{case}&apos; refers to a code that is not in the codebook; ignored</source>
        <translation>le cas &apos;{case}&apos; renvoie à un code absent du livre de codes ; ignoré</translation>
    </message>
    <message>
        <source>close to its description</source>
        <translation>proche de sa description</translation>
    </message>
    <message>
        <source>close to its description in this project&apos;s words</source>
        <translation>proche de sa description dans les mots de ce projet</translation>
    </message>
    <message>
        <source>confidence ≥ {cut:g}</source>
        <translation>confiance ≥ {cut:g}</translation>
    </message>
    <message>
        <source>could not write {path} ({problem})</source>
        <translation>impossible d&apos;écrire {path} ({problem})</translation>
    </message>
    <message>
        <source>cut their turns out of it or delete it yourself (others speak in it too)</source>
        <translation>coupez-en ses tours de parole ou supprimez-le vous-même (d&apos;autres y parlent aussi)</translation>
    </message>
    <message>
        <source>delete it yourself</source>
        <translation>supprimez-le vous-même</translation>
    </message>
    <message>
        <source>delete it yourself (qcode never deletes it unasked)</source>
        <translation>supprimez-le vous-même (qcode ne le supprime jamais sans qu&apos;on le lui demande)</translation>
    </message>
    <message>
        <source>deleted qcode&apos;s own copy of the recording {path} (the .qdpx it came from still holds it)</source>
        <translation>copie propre à qcode de l&apos;enregistrement {path} supprimée (le .qdpx dont elle vient le contient encore)</translation>
    </message>
    <message>
        <source>deleted the recording {path}</source>
        <translation>enregistrement {path} supprimé</translation>
    </message>
    <message>
        <source>its description: {words}</source>
        <translation>sa description : {words}</translation>
    </message>
    <message>
        <source>learned from your coding of &apos;{code}&apos;</source>
        <translation>appris de votre codage de &apos;{code}&apos;</translation>
    </message>
    <message>
        <source>like passages coded under &apos;{code}&apos;</source>
        <translation>comme des passages codés sous &apos;{code}&apos;</translation>
    </message>
    <message>
        <source>next to a passage {what}</source>
        <translation>à côté d&apos;un passage {what}</translation>
    </message>
    <message>
        <source>not deleted: {reason}</source>
        <translation>non supprimé : {reason}</translation>
    </message>
    <message>
        <source>not found, so only referenced by path: {files}</source>
        <translation>introuvables, donc seulement référencés par leur chemin : {files}</translation>
    </message>
    <message>
        <source>not put inside, only referenced: the recordings of {documents} (their text was redacted, and they still say what was replaced)</source>
        <translation>non incluses, seulement référencées : les enregistrements de {documents} (leur texte a été caviardé, et ils disent encore ce qui a été remplacé)</translation>
    </message>
    <message>
        <source>not put inside, only referenced: the recordings of {documents} (they hold passages left out for consent)</source>
        <translation>non incluses, seulement référencées : les enregistrements de {documents} (ils contiennent des passages écartés faute de consentement)</translation>
    </message>
    <message numerus="yes">
        <source>case &apos;{case}&apos; refers to code &apos;{code}&apos;: its {count:,} coding{s} are members of the case (the code stays)</source>
        <translation>
            <numerusform>le cas &apos;{case}&apos; renvoie au code &apos;{code}&apos; : son {count:,} codage est membre du cas (le code reste)</numerusform>
            <numerusform>le cas &apos;{case}&apos; renvoie au code &apos;{code}&apos; : ses {count:,} codages sont membres du cas (le code reste)</numerusform>
        </translation>
    </message>
    <message>
        <source>case &apos;{case}&apos;: a second value &apos;{value}&apos; of &apos;{variable}&apos; was not imported (it keeps &apos;{kept}&apos;)</source>
        <translation>cas &apos;{case}&apos; : une seconde valeur &apos;{value}&apos; de &apos;{variable}&apos; n&apos;a pas été importée (il garde &apos;{kept}&apos;)</translation>
    </message>
    <message>
        <source>case &apos;{case}&apos;: value &apos;{value}&apos; of &apos;{variable}&apos; is not {type}; not imported</source>
        <translation>cas &apos;{case}&apos; : la valeur &apos;{value}&apos; de &apos;{variable}&apos; n&apos;est pas {type} ; non importée</translation>
    </message>
    <message numerus="yes">
        <source>case &apos;{case}&apos;: {count:,} passage{s} of it without a code are not its members (qcode&apos;s case members are documents, speakers and codings)</source>
        <translation>
            <numerusform>cas &apos;{case}&apos; : {count:,} passage sans code n&apos;en est pas membre (les membres d&apos;un cas dans qcode sont des documents, des locuteurs et des codages)</numerusform>
            <numerusform>cas &apos;{case}&apos; : {count:,} passages sans code n&apos;en sont pas membres (les membres d&apos;un cas dans qcode sont des documents, des locuteurs et des codages)</numerusform>
        </translation>
    </message>
    <message>
        <source>case &apos;{case}&apos;: {what} of it were not imported, so they are not its members</source>
        <translation>cas &apos;{case}&apos; : {what} n&apos;ont pas été importés, ils n&apos;en sont donc pas membres</translation>
    </message>
    <message>
        <source>case {name}</source>
        <translation>cas {name}</translation>
    </message>
    <message>
        <source>change &apos;{code}&apos;</source>
        <translation>modifier « {code} »</translation>
    </message>
    <message>
        <source>changed while it was being read; try again</source>
        <translation>a changé pendant sa lecture&#xa0;; réessayez</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>caractères</translation>
    </message>
    <message>
        <source>checked the hashes of {count} documents: {outcome}</source>
        <translation>vérification des empreintes de {count} documents : {outcome}</translation>
    </message>
    <message>
        <source>clear the grade of coding</source>
        <translation>effacer le niveau du codage</translation>
    </message>
    <message>
        <source>clear the grade of {count} codings</source>
        <translation>effacer le niveau de {count} codages</translation>
    </message>
    <message>
        <source>closing &lt;{tag}&gt; while &lt;{opened}&gt; is open</source>
        <translation>fermeture de &lt;{tag}&gt; alors que &lt;{opened}&gt; est ouvert</translation>
    </message>
    <message>
        <source>code</source>
        <translation>le code</translation>
    </message>
    <message>
        <source>code &apos;{code}&apos;</source>
        <translation>le code « {code} »</translation>
    </message>
    <message>
        <source>code &apos;{code}&apos; no longer exists</source>
        <translation>le code « {code} » n&apos;existe plus</translation>
    </message>
    <message>
        <source>code &apos;{name}&apos; {where} is now named &apos;{unique}&apos;</source>
        <translation>le code &apos;{name}&apos; {where} s&apos;appelle maintenant &apos;{unique}&apos;</translation>
    </message>
    <message>
        <source>code &apos;{name}&apos; {where} is now named &apos;{unique}&apos; (two codes had that name)</source>
        <translation>le code &apos;{name}&apos; {where} s&apos;appelle maintenant &apos;{unique}&apos; (deux codes avaient ce nom)</translation>
    </message>
    <message>
        <source>code &apos;{path}&apos; is marked not codable in the file but has codings; it is codable now</source>
        <translation>le code &apos;{path}&apos; est marqué non applicable dans le fichier mais a des codages ; il est applicable maintenant</translation>
    </message>
    <message>
        <source>code name &apos;{raw}&apos; cleaned to &apos;{name}&apos;</source>
        <translation>le nom de code &apos;{raw}&apos; a été nettoyé en &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>code path &apos;{path}&apos; has {count:,} levels; {rule}</source>
        <translation>le chemin de code « {path} » a {count:,} niveaux ; {rule}</translation>
    </message>
    <message numerus="yes">
        <source>code set &apos;{set}&apos; is now a project memo listing its {count:,} code{s}</source>
        <translation>
            <numerusform>l&apos;ensemble de codes &apos;{set}&apos; est maintenant un mémo du projet listant son {count:,} code</numerusform>
            <numerusform>l&apos;ensemble de codes &apos;{set}&apos; est maintenant un mémo du projet listant ses {count:,} codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>code {count:,} answer{s} &apos;{code}&apos;</source>
        <translation>
            <numerusform>coder {count:,} réponse comme « {code} »</numerusform>
            <numerusform>coder {count:,} réponses comme « {code} »</numerusform>
        </translation>
    </message>
    <message>
        <source>code {count} {what} as &apos;{code}&apos;</source>
        <translation>coder {count} {what} comme « {code} »</translation>
    </message>
    <message>
        <source>code {guid} has no name</source>
        <translation>le code {guid} n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>code {name!r} has an invalid GUID {guid!r}</source>
        <translation>le code {name!r} a un GUID non valide {guid!r}</translation>
    </message>
    <message>
        <source>code {name!r} has an invalid colour {color!r}</source>
        <translation>le code {name!r} a une couleur non valide {color!r}</translation>
    </message>
    <message>
        <source>codebook not found: {codebook} (shipped with qcode: {shipped})</source>
        <translation>livre de codes introuvable&#xa0;: {codebook} (fournis avec qcode&#xa0;: {shipped})</translation>
    </message>
    <message>
        <source>coded by {coder}</source>
        <translation>codé par {coder}</translation>
    </message>
    <message>
        <source>coded passages (own)</source>
        <translation>passages codés (propres)</translation>
    </message>
    <message>
        <source>coder &apos;{name}&apos; and &apos;{other}&apos; share a file name; nothing was written</source>
        <translation>les codeurs « {name} » et « {other} » ont le même nom de fichier ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>coder &apos;{name}&apos; is named twice; nothing was written</source>
        <translation>le codeur « {name} » est nommé deux fois ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>coders: {names}</source>
        <translation>codeurs&#xa0;: {names}</translation>
    </message>
    <message>
        <source>codes (with their sub-codes): {names}</source>
        <translation>codes (avec leurs sous-codes)&#xa0;: {names}</translation>
    </message>
    <message>
        <source>coding</source>
        <translation>le codage</translation>
    </message>
    <message>
        <source>coding {uuid}</source>
        <translation>codage {uuid}</translation>
    </message>
    <message>
        <source>codings made: {origins}</source>
        <translation>codages faits&#xa0;: {origins}</translation>
    </message>
    <message>
        <source>colour &apos;{color}&apos; is not of the form #RRGGBB</source>
        <translation>la couleur « {color} » n&apos;est pas de la forme #RRGGBB</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos; cannot be both {role} and {other_role}</source>
        <translation>la colonne « {column} » ne peut pas être à la fois {role} et {other_role}</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>colonne {column}</translation>
    </message>
    <message>
        <source>contains XML entities, which qcode refuses for safety</source>
        <translation>contient des entités XML, que qcode refuse par sécurité</translation>
    </message>
    <message>
        <source>contains no text (only whitespace)</source>
        <translation>ne contient pas de texte (seulement des espaces)</translation>
    </message>
    <message>
        <source>contradicted ({count} link(s))</source>
        <translation>contredit ({count} lien(s))</translation>
    </message>
    <message>
        <source>correct the text of &apos;{document}&apos;</source>
        <translation>corriger le texte de « {document} »</translation>
    </message>
    <message>
        <source>could not delete {file}: {problem}</source>
        <translation>impossible de supprimer {file} : {problem}</translation>
    </message>
    <message>
        <source>could not write the backup {file} ({error}); nothing was merged</source>
        <translation>impossible d&apos;écrire la sauvegarde {file} ({error}) ; rien n&apos;a été fusionné</translation>
    </message>
    <message>
        <source>could not write the coders&apos; copies ({error}); nothing was written</source>
        <translation>impossible d&apos;écrire les copies des codeurs ({error}) ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>could not write to {file} ({problem}); &apos;{label}&apos; was not done and the project is as it was</source>
        <translation>impossible d&apos;écrire dans {file} ({problem}) ; « {label} » n&apos;a pas été fait et le projet est resté tel quel</translation>
    </message>
    <message>
        <source>create case &apos;{case}&apos;</source>
        <translation>créer le cas « {case} »</translation>
    </message>
    <message>
        <source>create code &apos;{code}&apos;</source>
        <translation>créer le code « {code} »</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>declares an unknown text encoding</source>
        <translation>déclare un encodage de texte inconnu</translation>
    </message>
    <message>
        <source>decoded as {encoding}, not UTF-8</source>
        <translation>décodé en {encoding}, pas en UTF-8</translation>
    </message>
    <message numerus="yes">
        <source>decoded as {encoding}, not UTF-8; {count:,} character{s} in it that looked like UTF-8 may show garbled</source>
        <translation>
            <numerusform>décodé en {encoding}, pas en UTF-8 ; {count:,} caractère qui semblait en UTF-8 peut s&apos;afficher mal</numerusform>
            <numerusform>décodé en {encoding}, pas en UTF-8 ; {count:,} caractères qui semblaient en UTF-8 peuvent s&apos;afficher mal</numerusform>
        </translation>
    </message>
    <message>
        <source>delete &apos;{document}&apos;</source>
        <translation>supprimer « {document} »</translation>
    </message>
    <message>
        <source>delete a pseudonym ({replacement})</source>
        <translation>supprimer un pseudonyme ({replacement})</translation>
    </message>
    <message>
        <source>delete case &apos;{case}&apos;</source>
        <translation>supprimer le cas « {case} »</translation>
    </message>
    <message>
        <source>delete code &apos;{code}&apos;</source>
        <translation>supprimer le code « {code} »</translation>
    </message>
    <message>
        <source>delete from the text of &apos;{document}&apos;</source>
        <translation>supprimer dans le texte de « {document} »</translation>
    </message>
    <message>
        <source>delete grade &apos;{grade}&apos;</source>
        <translation>supprimer le niveau « {grade} »</translation>
    </message>
    <message>
        <source>delete memo</source>
        <translation>supprimer le mémo</translation>
    </message>
    <message>
        <source>delete query &apos;{query}&apos;</source>
        <translation>supprimer la requête « {query} »</translation>
    </message>
    <message>
        <source>delete {count} cases</source>
        <translation>supprimer {count} cas</translation>
    </message>
    <message>
        <source>delete {count} documents ({names})</source>
        <translation>supprimer {count} documents ({names})</translation>
    </message>
    <message>
        <source>delete {count} pseudonyms</source>
        <translation>supprimer {count} pseudonymes</translation>
    </message>
    <message numerus="yes">
        <source>deleted {count} backup{s} that held a withdrawn participant&apos;s data</source>
        <translation>
            <numerusform>{count} sauvegarde contenant les données d&apos;un participant retiré supprimée</numerusform>
            <numerusform>{count} sauvegardes contenant les données d&apos;un participant retiré supprimées</numerusform>
        </translation>
    </message>
    <message>
        <source>demo coding {number}: quote not found in {document}</source>
        <translation>codage de démonstration {number}&#xa0;: citation introuvable dans {document}</translation>
    </message>
    <message>
        <source>demo: {count} codings match {reference}, not one</source>
        <translation>démonstration&#xa0;: {count} codages correspondent à {reference}, pas un seul</translation>
    </message>
    <message>
        <source>describe speaker &apos;{speaker}&apos;</source>
        <translation>décrire le locuteur « {speaker} »</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>document</source>
        <translation>le document</translation>
    </message>
    <message>
        <source>document &apos;{document}&apos; no longer exists</source>
        <translation>le document « {document} » n&apos;existe plus</translation>
    </message>
    <message>
        <source>document attributes: {pairs}</source>
        <translation>attributs de document&#xa0;: {pairs}</translation>
    </message>
    <message>
        <source>documents: {names}</source>
        <translation>documents&#xa0;: {names}</translation>
    </message>
    <message>
        <source>does not look like text (binary data)</source>
        <translation>ne ressemble pas à du texte (données binaires)</translation>
    </message>
    <message>
        <source>draws more than {allowed:,} instructions for {characters:,} characters of text (the limit for a PDF&apos;s drawing; set {variable} to allow more)</source>
        <translation>dessine plus de {allowed:,} instructions pour {characters:,} caractères de texte (la limite de dessin d&apos;un PDF&#xa0;; définissez {variable} pour en permettre plus)</translation>
    </message>
    <message>
        <source>each respondent is a case of type &apos;{type}&apos; holding their attributes ({new:,} new)</source>
        <translation>chaque répondant est un cas de type &apos;{type}&apos; portant ses attributs ({new:,} nouveaux)</translation>
    </message>
    <message>
        <source>each respondent is a case of type &apos;{type}&apos; holding their attributes ({new:,} new, {old:,} already in the project)</source>
        <translation>chaque répondant est un cas de type &apos;{type}&apos; portant ses attributs ({new:,} nouveaux, {old:,} déjà dans le projet)</translation>
    </message>
    <message>
        <source>edit case &apos;{case}&apos;</source>
        <translation>modifier le cas « {case} »</translation>
    </message>
    <message>
        <source>edit description of &apos;{code}&apos;</source>
        <translation>modifier la description de « {code} »</translation>
    </message>
    <message>
        <source>edit grade &apos;{grade}&apos;</source>
        <translation>modifier le niveau « {grade} »</translation>
    </message>
    <message>
        <source>edit keywords of &apos;{code}&apos;</source>
        <translation>modifier les mots-clés de « {code} »</translation>
    </message>
    <message>
        <source>edit link memo</source>
        <translation>modifier le mémo du lien</translation>
    </message>
    <message>
        <source>edit link type &apos;{name}&apos;</source>
        <translation>modifier le type de lien « {name} »</translation>
    </message>
    <message>
        <source>edit memo</source>
        <translation>modifier le mémo</translation>
    </message>
    <message>
        <source>edit project description</source>
        <translation>modifier la description du projet</translation>
    </message>
    <message>
        <source>encrypted projects need the sqlcipher3 package, which is not installed ({error})</source>
        <translation>les projets chiffrés nécessitent le paquet sqlcipher3, qui n&apos;est pas installé ({error})</translation>
    </message>
    <message>
        <source>entry &apos;{entry}&apos; points outside the archive; refused</source>
        <translation>l&apos;entrée &apos;{entry}&apos; pointe hors de l&apos;archive&#xa0;; refusé</translation>
    </message>
    <message>
        <source>every cell of {columns} is empty</source>
        <translation>toutes les cellules de {columns} sont vides</translation>
    </message>
    <message>
        <source>expands to more than {limit:,} characters (the limit for one document; set {variable} to allow more)</source>
        <translation>se développe en plus de {limit:,} caractères (la limite d&apos;un document&#xa0;; définissez {variable} pour en permettre plus)</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close the &apos;(&apos; at column {column}, found {found}</source>
        <translation>&apos;)&apos; était attendu pour fermer la &apos;(&apos; de la colonne {column}, trouvé&#xa0;: {found}</translation>
    </message>
    <message>
        <source>expected a code in double quotes or &apos;(&apos;, found {found}</source>
        <translation>un code entre guillemets droits ou &apos;(&apos; était attendu, trouvé&#xa0;: {found}</translation>
    </message>
    <message>
        <source>expected an operator (AND, OR, AND NOT, NEAR/…), found {found}</source>
        <translation>un opérateur (AND, OR, AND NOT, NEAR/…) était attendu, trouvé&#xa0;: {found}</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>export annulé</translation>
    </message>
    <message>
        <source>export it as .docx first</source>
        <translation>exportez-le d&apos;abord en .docx</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>first-hand</source>
        <translation>de première main</translation>
    </message>
    <message>
        <source>folder not found: {folder}</source>
        <translation>dossier introuvable : {folder}</translation>
    </message>
    <message>
        <source>for the respondents&apos; ids</source>
        <translation>pour les identifiants des répondants</translation>
    </message>
    <message numerus="yes">
        <source>grade &apos;{name}&apos; is given to {count} coding{s}; clear or change their grade first</source>
        <translation>
            <numerusform>le niveau « {name} » est attribué à {count} codage ; effacez ou changez d&apos;abord son niveau</numerusform>
            <numerusform>le niveau « {name} » est attribué à {count} codages ; effacez ou changez d&apos;abord leur niveau</numerusform>
        </translation>
    </message>
    <message>
        <source>grade coding</source>
        <translation>attribuer un niveau au codage</translation>
    </message>
    <message>
        <source>grade coding as &apos;{grade}&apos;</source>
        <translation>attribuer le niveau « {grade} » au codage</translation>
    </message>
    <message>
        <source>grade {count} codings</source>
        <translation>attribuer un niveau à {count} codages</translation>
    </message>
    <message>
        <source>grade {count} codings as &apos;{grade}&apos;</source>
        <translation>attribuer le niveau « {grade} » à {count} codages</translation>
    </message>
    <message>
        <source>grade: {grade}</source>
        <translation>niveau&#xa0;: {grade}</translation>
    </message>
    <message>
        <source>graph &apos;{name}&apos; ({nodes}, {links}) was not imported: qcode has no network views</source>
        <translation>le graphe &apos;{name}&apos; ({nodes}, {links}) n&apos;a pas été importé : qcode n&apos;a pas de vue en réseau</translation>
    </message>
    <message>
        <source>has a header row but no rows of answers</source>
        <translation>a une ligne d&apos;en-tête mais aucune ligne de réponses</translation>
    </message>
    <message>
        <source>has compressed parts that unpack to more than</source>
        <translation>a des parties compressées qui se décompressent en plus de</translation>
    </message>
    <message>
        <source>has more than {cells:,} cells (the most a sheet may have; set {variable} to allow more)</source>
        <translation>a plus de {cells:,} cellules (le maximum pour une feuille&#xa0;; définissez {variable} pour en permettre plus)</translation>
    </message>
    <message>
        <source>has more than {limit:,} characters (the limit for one document; set {variable} to allow more)</source>
        <translation>a plus de {limit:,} caractères (la limite d&apos;un document&#xa0;; définissez {variable} pour en permettre plus)</translation>
    </message>
    <message>
        <source>has more than {rows:,} rows (the most a sheet may have; set {variable} to allow more)</source>
        <translation>a plus de {rows:,} lignes (le maximum pour une feuille&#xa0;; définissez {variable} pour en permettre plus)</translation>
    </message>
    <message>
        <source>has more than {rows:,} rows or {cells:,} cells (the most a sheet may have; set {rows_variable} or {cells_variable} to allow more)</source>
        <translation>a plus de {rows:,} lignes ou {cells:,} cellules (le maximum pour une feuille&#xa0;; définissez {rows_variable} ou {cells_variable} pour en permettre plus)</translation>
    </message>
    <message>
        <source>has no cases (only a header row)</source>
        <translation>ne contient aucun cas (seulement une ligne d&apos;en-tête)</translation>
    </message>
    <message>
        <source>has no column &apos;{column}&apos; for the case name</source>
        <translation>n&apos;a pas de colonne « {column} » pour le nom du cas</translation>
    </message>
    <message>
        <source>has no column &apos;{column}&apos; for the case type</source>
        <translation>n&apos;a pas de colonne « {column} » pour le type du cas</translation>
    </message>
    <message>
        <source>has no column &apos;{column}&apos; {purpose} (its columns: {columns})</source>
        <translation>n&apos;a pas de colonne « {column} » {purpose} (ses colonnes : {columns})</translation>
    </message>
    <message>
        <source>has no sheet named &apos;{sheet}&apos; (its sheets: {sheets} and {more} more)</source>
        <translation>n&apos;a pas de feuille nommée &apos;{sheet}&apos; (ses feuilles&#xa0;: {sheets} et {more} autres)</translation>
    </message>
    <message>
        <source>has no sheet named &apos;{sheet}&apos; (its sheets: {sheets})</source>
        <translation>n&apos;a pas de feuille nommée &apos;{sheet}&apos; (ses feuilles&#xa0;: {sheets})</translation>
    </message>
    <message>
        <source>has no text layer (a scanned image?) — run OCR first</source>
        <translation>n&apos;a pas de couche de texte (une image numérisée&#xa0;?) — passez-le d&apos;abord à l&apos;OCR</translation>
    </message>
    <message>
        <source>has no worksheet</source>
        <translation>n&apos;a aucune feuille</translation>
    </message>
    <message>
        <source>holds more text than a sheet may</source>
        <translation>contient plus de texte qu&apos;une feuille n&apos;en permet</translation>
    </message>
    <message>
        <source>holds no project.qde, so it is not a REFI-QDA project file</source>
        <translation>ne contient pas de project.qde, ce n&apos;est donc pas un fichier de projet REFI-QDA</translation>
    </message>
    <message>
        <source>holds {count:,} entries, more than the {most:,} allowed; refused</source>
        <translation>contient {count:,} entrées, plus que les {most:,} autorisées&#xa0;; refusé</translation>
    </message>
    <message>
        <source>holds {count} entries named &apos;{entry}&apos;; refused</source>
        <translation>contient {count} entrées nommées &apos;{entry}&apos;&#xa0;; refusé</translation>
    </message>
    <message>
        <source>holds {count} project files ({files}); which one to import is unclear</source>
        <translation>contient {count} fichiers de projet ({files})&#xa0;; on ne sait pas lequel importer</translation>
    </message>
    <message>
        <source>honoured: nothing had to be left out</source>
        <translation>respecté&#xa0;: rien n&apos;a dû être omis</translation>
    </message>
    <message>
        <source>honoured: {passages} left out, spoken by {who} who did not consent to being quoted</source>
        <translation>respecté&#xa0;: {passages} omis, prononcés par {who} qui n&apos;ont pas consenti à être cités</translation>
    </message>
    <message>
        <source>ignored (own backup): may quote participants who did not consent</source>
        <translation>ignoré (sauvegarde propre)&#xa0;: peut citer des participants qui n&apos;ont pas consenti</translation>
    </message>
    <message>
        <source>ignored: this is the project&apos;s own backup, and it may quote participants who did not consent to being quoted; do not share it</source>
        <translation>ignoré&#xa0;: c&apos;est la sauvegarde propre du projet, qui peut citer des participants n&apos;ayant pas consenti à être cités&#xa0;; ne la partagez pas</translation>
    </message>
    <message>
        <source>import &apos;{document}&apos;</source>
        <translation>importer « {document} »</translation>
    </message>
    <message>
        <source>import cancelled; nothing was imported</source>
        <translation>importation annulée ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>import codebook &apos;{source}&apos;</source>
        <translation>importer le livre de codes « {source} »</translation>
    </message>
    <message numerus="yes">
        <source>import {count:,} answer{s} from &apos;{source}&apos;</source>
        <translation>
            <numerusform>importer {count:,} réponse depuis « {source} »</numerusform>
            <numerusform>importer {count:,} réponses depuis « {source} »</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>import {count} case{s}</source>
        <translation>
            <numerusform>importer {count} cas</numerusform>
            <numerusform>importer {count} cas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>import {count} case{s} from &apos;{source}&apos;</source>
        <translation>
            <numerusform>importer {count} cas depuis « {source} »</numerusform>
            <numerusform>importer {count} cas depuis « {source} »</numerusform>
        </translation>
    </message>
    <message>
        <source>import {count} documents</source>
        <translation>importer {count} documents</translation>
    </message>
    <message>
        <source>import {file}</source>
        <translation>importer {file}</translation>
    </message>
    <message>
        <source>imported files are already kept</source>
        <translation>les fichiers importés sont déjà conservés</translation>
    </message>
    <message>
        <source>insert into the text of &apos;{document}&apos;</source>
        <translation>insérer dans le texte de « {document} »</translation>
    </message>
    <message>
        <source>is a device, not a regular file</source>
        <translation>est un périphérique, pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>is a named pipe (FIFO), not a regular file</source>
        <translation>est un tube nommé (FIFO), pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>is a single table with no named sheets (a sheet is chosen in .xlsx or .ods)</source>
        <translation>est une seule table sans feuilles nommées (on choisit une feuille dans un .xlsx ou un .ods)</translation>
    </message>
    <message>
        <source>is a socket, not a regular file</source>
        <translation>est un socket, pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>is a special file, not a regular file</source>
        <translation>est un fichier spécial, pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>is a zip archive (a .qdpx project?), not XML</source>
        <translation>est une archive zip (un projet .qdpx&#xa0;?), pas du XML</translation>
    </message>
    <message>
        <source>is damaged (a compressed part of it is broken beyond quick repair)</source>
        <translation>est endommagé (une partie compressée est cassée au-delà d&apos;une réparation rapide)</translation>
    </message>
    <message>
        <source>is damaged (its RTF could not be read)</source>
        <translation>est endommagé (son RTF est illisible)</translation>
    </message>
    <message>
        <source>is damaged or not a real .docx file</source>
        <translation>est endommagé ou n&apos;est pas un vrai fichier .docx</translation>
    </message>
    <message>
        <source>is damaged or not a real .odt file</source>
        <translation>est endommagé ou n&apos;est pas un vrai fichier .odt</translation>
    </message>
    <message>
        <source>is damaged or not a valid PDF</source>
        <translation>est endommagé ou n&apos;est pas un PDF valide</translation>
    </message>
    <message>
        <source>is empty (no header row)</source>
        <translation>est vide (pas de ligne d&apos;en-tête)</translation>
    </message>
    <message>
        <source>is encrypted in a way qcode cannot read</source>
        <translation>est chiffré d&apos;une manière que qcode ne sait pas lire</translation>
    </message>
    <message>
        <source>is first-hand in {other}; kept this project&apos;s</source>
        <translation>est de première main dans {other} ; celui de ce projet est gardé</translation>
    </message>
    <message>
        <source>is graded &apos;{theirs}&apos; in {other}; kept &apos;{ours}&apos;</source>
        <translation>est évalué &apos;{theirs}&apos; dans {other} ; &apos;{ours}&apos; est gardé</translation>
    </message>
    <message>
        <source>is larger than</source>
        <translation>dépasse</translation>
    </message>
    <message>
        <source>is not a REFI-QDA codebook (root element is &lt;{element}&gt; in namespace {namespace})</source>
        <translation>n&apos;est pas un livre de codes REFI-QDA (l&apos;élément racine est &lt;{element}&gt; dans l&apos;espace de noms {namespace})</translation>
    </message>
    <message>
        <source>is not a REFI-QDA codebook (root element is &lt;{element}&gt;)</source>
        <translation>n&apos;est pas un livre de codes REFI-QDA (l&apos;élément racine est &lt;{element}&gt;)</translation>
    </message>
    <message>
        <source>is not a REFI-QDA project (root element is &lt;{element}&gt; in namespace {namespace})</source>
        <translation>n&apos;est pas un projet REFI-QDA (l&apos;élément racine est &lt;{element}&gt; dans l&apos;espace de noms {namespace})</translation>
    </message>
    <message>
        <source>is not a REFI-QDA project (root element is &lt;{element}&gt;)</source>
        <translation>n&apos;est pas un projet REFI-QDA (l&apos;élément racine est &lt;{element}&gt;)</translation>
    </message>
    <message>
        <source>is not a readable .ods spreadsheet (damaged, or another format)</source>
        <translation>n&apos;est pas un tableur .ods lisible (endommagé, ou d&apos;un autre format)</translation>
    </message>
    <message>
        <source>is not a readable .xlsx workbook (damaged, or another format)</source>
        <translation>n&apos;est pas un classeur .xlsx lisible (endommagé, ou d&apos;un autre format)</translation>
    </message>
    <message>
        <source>is not a readable CSV file (line {line}: {error})</source>
        <translation>n&apos;est pas un fichier CSV lisible (ligne {line}&#xa0;: {error})</translation>
    </message>
    <message>
        <source>is not a readable zip archive (damaged or truncated)</source>
        <translation>n&apos;est pas une archive zip lisible (endommagée ou tronquée)</translation>
    </message>
    <message>
        <source>is not a sheet qcode reads (.csv, .tsv, .txt, .xlsx or .ods; save an .xls as .xlsx)</source>
        <translation>n&apos;est pas une feuille que qcode lit (.csv, .tsv, .txt, .xlsx ou .ods&#xa0;; enregistrez un .xls en .xlsx)</translation>
    </message>
    <message>
        <source>is not a spreadsheet (.ods)</source>
        <translation>n&apos;est pas un tableur (.ods)</translation>
    </message>
    <message>
        <source>is not a text document (.odt)</source>
        <translation>n&apos;est pas un document texte (.odt)</translation>
    </message>
    <message>
        <source>is not a valid PDF (it has no PDF header)</source>
        <translation>n&apos;est pas un PDF valide (il n&apos;a pas d&apos;en-tête PDF)</translation>
    </message>
    <message>
        <source>is not a zip archive (a .qdpx file is one)</source>
        <translation>n&apos;est pas une archive zip (un fichier .qdpx en est une)</translation>
    </message>
    <message>
        <source>is not an RTF file (it does not start with {start})</source>
        <translation>n&apos;est pas un fichier RTF (il ne commence pas par {start})</translation>
    </message>
    <message>
        <source>is not first-hand in {other}; kept this project&apos;s</source>
        <translation>n&apos;est pas de première main dans {other} ; celui de ce projet est gardé</translation>
    </message>
    <message>
        <source>is not valid {encoding} text, although it starts with a {encoding} marker</source>
        <translation>n&apos;est pas un texte {encoding} valide, bien qu&apos;il commence par une marque {encoding}</translation>
    </message>
    <message>
        <source>is not well-formed XML (line {line})</source>
        <translation>n&apos;est pas du XML bien formé (ligne {line})</translation>
    </message>
    <message>
        <source>is of type &apos;{theirs}&apos; in {other}; kept &apos;{ours}&apos;</source>
        <translation>est de type &apos;{theirs}&apos; dans {other} ; &apos;{ours}&apos; est gardé</translation>
    </message>
    <message>
        <source>is of type {ours} here but {theirs} in {other}; its values there were not merged</source>
        <translation>est de type {ours} ici mais {theirs} dans {other} ; ses valeurs de là-bas n&apos;ont pas été fusionnées</translation>
    </message>
    <message>
        <source>is of type {ours} here but {theirs} in {other}; its values there were not merged ({values})</source>
        <translation>est de type {ours} ici mais {theirs} dans {other} ; ses valeurs de là-bas n&apos;ont pas été fusionnées ({values})</translation>
    </message>
    <message>
        <source>is password-protected — save an unprotected copy and import that</source>
        <translation>est protégé par mot de passe — enregistrez une copie non protégée et importez-la</translation>
    </message>
    <message>
        <source>it has neither a text file nor text</source>
        <translation>il n&apos;a ni fichier texte ni texte</translation>
    </message>
    <message>
        <source>it has no text</source>
        <translation>il n&apos;a pas de texte</translation>
    </message>
    <message>
        <source>its colour ({colour})</source>
        <translation>sa couleur ({colour})</translation>
    </message>
    <message>
        <source>its description</source>
        <translation>sa description</translation>
    </message>
    <message>
        <source>its keywords ({keywords})</source>
        <translation>ses mots-clés ({keywords})</translation>
    </message>
    <message>
        <source>its name (&apos;{name}&apos;)</source>
        <translation>son nom (&apos;{name}&apos;)</translation>
    </message>
    <message>
        <source>its place (&apos;{path}&apos;)</source>
        <translation>sa place (&apos;{path}&apos;)</translation>
    </message>
    <message>
        <source>its recording {file_name} is missing (looked for {path})</source>
        <translation>son enregistrement {file_name} est introuvable (cherché à {path})</translation>
    </message>
    <message>
        <source>its recording {file_name} is not the file that was linked (bytes changed)</source>
        <translation>son enregistrement {file_name} n&apos;est pas le fichier lié (ses octets ont changé)</translation>
    </message>
    <message>
        <source>its replacement contains an identifier in this project&apos;s pseudonym table</source>
        <translation>son remplacement contient un identifiant de la table des pseudonymes de ce projet</translation>
    </message>
    <message>
        <source>its replacement contains the identifier it replaces</source>
        <translation>son remplacement contient l&apos;identifiant qu&apos;il remplace</translation>
    </message>
    <message>
        <source>its text file ({path}) is not in a bare .qde file</source>
        <translation>son fichier texte ({path}) n&apos;est pas dans un fichier .qde seul</translation>
    </message>
    <message>
        <source>its text file cannot be read ({problem})</source>
        <translation>son fichier texte est illisible ({problem})</translation>
    </message>
    <message>
        <source>its text file sources/{path} is missing from the archive</source>
        <translation>son fichier texte sources/{path} manque dans l&apos;archive</translation>
    </message>
    <message>
        <source>its text is kept outside the project file ({reference})</source>
        <translation>son texte est gardé hors du fichier projet ({reference})</translation>
    </message>
    <message>
        <source>keep imported files</source>
        <translation>conserver les fichiers importés</translation>
    </message>
    <message>
        <source>keep only the hashes of imported files</source>
        <translation>ne conserver que les empreintes des fichiers importés</translation>
    </message>
    <message>
        <source>kept until {ours} here but {theirs} in {other}; kept {earlier}</source>
        <translation>conservé jusqu&apos;au {ours} ici mais jusqu&apos;au {theirs} dans {other} ; {earlier} est gardé</translation>
    </message>
    <message>
        <source>leaving out speakers: {names}</source>
        <translation>sans les locuteurs&#xa0;: {names}</translation>
    </message>
    <message>
        <source>left out the running headers, footers and page numbers repeated on most of its {pages} pages: {examples}</source>
        <translation>en-têtes, pieds de page et numéros de page répétés sur la plupart de ses {pages} pages laissés de côté&#xa0;: {examples}</translation>
    </message>
    <message>
        <source>line {number}: the time &apos;{time}&apos; is not a valid timestamp</source>
        <translation>ligne {number}&#xa0;: l&apos;heure &apos;{time}&apos; n&apos;est pas un horodatage valide</translation>
    </message>
    <message>
        <source>link &apos;{link}&apos; from a coding to itself was not imported</source>
        <translation>le lien &apos;{link}&apos; d&apos;un codage vers lui-même n&apos;a pas été importé</translation>
    </message>
    <message>
        <source>link &apos;{link}&apos; from a memo to something not imported was dropped; the memo is kept</source>
        <translation>le lien &apos;{link}&apos; d&apos;un mémo vers un élément non importé a été abandonné ; le mémo est gardé</translation>
    </message>
    <message>
        <source>link &apos;{link}&apos; was not imported: qcode links codings, and its origin is {what}</source>
        <translation>le lien &apos;{link}&apos; n&apos;a pas été importé : qcode relie des codages, et son origine est {what}</translation>
    </message>
    <message>
        <source>link &apos;{link}&apos; was not imported: qcode links codings, and its target is {what}</source>
        <translation>le lien &apos;{link}&apos; n&apos;a pas été importé : qcode relie des codages, et sa cible est {what}</translation>
    </message>
    <message>
        <source>link a quote to case &apos;{case}&apos; on &apos;{code}&apos;</source>
        <translation>lier une citation au cas « {case} » pour « {code} »</translation>
    </message>
    <message>
        <source>link codings</source>
        <translation>lier des codages</translation>
    </message>
    <message>
        <source>link codings ({link_type})</source>
        <translation>lier des codages ({link_type})</translation>
    </message>
    <message>
        <source>link the recording {file} to &apos;{document}&apos;</source>
        <translation>lier l&apos;enregistrement {file} à « {document} »</translation>
    </message>
    <message>
        <source>link type</source>
        <translation>type de lien</translation>
    </message>
    <message>
        <source>link type &apos;{current}&apos; is built in; it cannot be removed</source>
        <translation>le type de lien « {current} » est intégré ; il ne peut pas être supprimé</translation>
    </message>
    <message>
        <source>link type &apos;{current}&apos; is built in; it keeps its name</source>
        <translation>le type de lien « {current} » est intégré ; il garde son nom</translation>
    </message>
    <message numerus="yes">
        <source>Learned {count:,} codes from {passages}</source>
        <translation>
            <numerusform>{count:,} code appris de {passages}</numerusform>
            <numerusform>{count:,} codes appris de {passages}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Learning: {codes:,} of {count:,} codes ({passages})</source>
        <translation>
            <numerusform>Apprentissage : code {codes:,} sur {count:,} ({passages})</numerusform>
            <numerusform>Apprentissage : code {codes:,} sur {count:,} ({passages})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading {documents:,} of {count:,} documents ({passages})</source>
        <translation>
            <numerusform>Lecture du document {documents:,} sur {count:,} ({passages})</numerusform>
            <numerusform>Lecture du document {documents:,} sur {count:,} ({passages})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deleted {count} recording file{s} that held a withdrawn participant&apos;s voice</source>
        <translation>
            <numerusform>{count} fichier d&apos;enregistrement contenant la voix d&apos;un participant retiré supprimé</numerusform>
            <numerusform>{count} fichiers d&apos;enregistrement contenant la voix d&apos;un participant retiré supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>keyword{s} {keywords}</source>
        <translation>
            <numerusform>mot-clé {keywords}</numerusform>
            <numerusform>mots-clés {keywords}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>like {count} passage{s} coded &apos;{code}&apos;</source>
        <translation>
            <numerusform>comme {count} passage codé &apos;{code}&apos;</numerusform>
            <numerusform>comme {count} passages codés &apos;{code}&apos;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>link type &apos;{name}&apos; is used by {count} link{s}; unlink them first</source>
        <translation>
            <numerusform>le type de lien « {name} » est utilisé par {count} lien ; supprimez-le d&apos;abord</numerusform>
            <numerusform>le type de lien « {name} » est utilisé par {count} liens ; supprimez-les d&apos;abord</numerusform>
        </translation>
    </message>
    <message>
        <source>link {count} quotes to case &apos;{case}&apos; on &apos;{code}&apos;</source>
        <translation>lier {count} citations au cas « {case} » pour « {code} »</translation>
    </message>
    <message numerus="yes">
        <source>mark {count} changed coding{s} reviewed</source>
        <translation>
            <numerusform>marquer {count} codage modifié comme relu</numerusform>
            <numerusform>marquer {count} codages modifiés comme relus</numerusform>
        </translation>
    </message>
    <message>
        <source>may be named</source>
        <translation>peut être nommé</translation>
    </message>
    <message>
        <source>may be quoted</source>
        <translation>peut être cité</translation>
    </message>
    <message>
        <source>memo &apos;{memo}&apos; is empty; not imported</source>
        <translation>le mémo &apos;{memo}&apos; est vide ; non importé</translation>
    </message>
    <message>
        <source>memo &apos;{memo}&apos; is on {count} things; it is now {count} memos, one on each</source>
        <translation>le mémo &apos;{memo}&apos; porte sur {count} éléments ; il devient {count} mémos, un sur chacun</translation>
    </message>
    <message>
        <source>memo &apos;{name}&apos;: {codings} inside it not imported</source>
        <translation>mémo &apos;{name}&apos; : {codings} à l&apos;intérieur non importés</translation>
    </message>
    <message>
        <source>memo &apos;{name}&apos;: {problem}</source>
        <translation>mémo &apos;{name}&apos; : {problem}</translation>
    </message>
    <message>
        <source>merge &apos;{source}&apos; into &apos;{target}&apos;</source>
        <translation>fusionner « {source} » dans « {target} »</translation>
    </message>
    <message>
        <source>merge {project}</source>
        <translation>fusionner {project}</translation>
    </message>
    <message>
        <source>merged from {project}</source>
        <translation>fusionné depuis {project}</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absente</translation>
    </message>
    <message>
        <source>more than {most} nested parentheses</source>
        <translation>plus de {most} parenthèses imbriquées</translation>
    </message>
    <message>
        <source>move &apos;{code}&apos;</source>
        <translation>déplacer « {code} »</translation>
    </message>
    <message>
        <source>move grade &apos;{grade}&apos;</source>
        <translation>déplacer le niveau « {grade} »</translation>
    </message>
    <message>
        <source>moving &apos;{code}&apos;</source>
        <translation>déplacer « {code} »</translation>
    </message>
    <message>
        <source>moving &apos;{code}&apos; with its sub-codes</source>
        <translation>déplacer « {code} » avec ses sous-codes</translation>
    </message>
    <message>
        <source>name at least one coder to prepare a copy for</source>
        <translation>nommez au moins un codeur pour qui préparer une copie</translation>
    </message>
    <message>
        <source>named &apos;{raw}&apos; in {other}; cleaned to &apos;{name}&apos;</source>
        <translation>nommé &apos;{raw}&apos; dans {other} ; nettoyé en &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>no attribute &apos;{name}&apos;</source>
        <translation>aucun attribut «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>no case &apos;{name}&apos;</source>
        <translation>aucun cas « {name} »</translation>
    </message>
    <message>
        <source>no case name ({column} is empty)</source>
        <translation>pas de nom de cas ({column} est vide)</translation>
    </message>
    <message>
        <source>no cases to delete</source>
        <translation>aucun cas à supprimer</translation>
    </message>
    <message>
        <source>no cases to import</source>
        <translation>aucun cas à importer</translation>
    </message>
    <message>
        <source>no code &apos;{code}&apos; (add --create to make it)</source>
        <translation>aucun code « {code} » (ajoutez --create pour le créer)</translation>
    </message>
    <message>
        <source>no code &apos;{path}&apos;</source>
        <translation>aucun code «&#xa0;{path}&#xa0;»</translation>
    </message>
    <message>
        <source>no code &apos;{ref}&apos; in {file}</source>
        <translation>aucun code « {ref} » dans {file}</translation>
    </message>
    <message>
        <source>no coder named &apos;{name}&apos;</source>
        <translation>aucun codeur nommé « {name} »</translation>
    </message>
    <message>
        <source>no coder named &apos;{name}&apos; in {project}</source>
        <translation>aucun codeur nommé «&#xa0;{name}&#xa0;» dans {project}</translation>
    </message>
    <message>
        <source>no coders</source>
        <translation>aucun codeur</translation>
    </message>
    <message>
        <source>no codes</source>
        <translation>aucun code</translation>
    </message>
    <message>
        <source>no coding &apos;{ref}&apos; in {file}</source>
        <translation>aucun codage « {ref} » dans {file}</translation>
    </message>
    <message>
        <source>no codings to grade</source>
        <translation>aucun codage à noter</translation>
    </message>
    <message>
        <source>no codings to link as quotes</source>
        <translation>aucun codage à lier comme citation</translation>
    </message>
    <message>
        <source>no document &apos;{ref}&apos; in {file}</source>
        <translation>aucun document « {ref} » dans {file}</translation>
    </message>
    <message>
        <source>no document has codings made both ways ({first}; {second}); name documents with --documents</source>
        <translation>aucun document n&apos;a de codages faits des deux façons ({first}&#xa0;; {second})&#xa0;; nommez des documents avec --documents</translation>
    </message>
    <message>
        <source>no documents</source>
        <translation>aucun document</translation>
    </message>
    <message>
        <source>no documents to compare</source>
        <translation>aucun document à comparer</translation>
    </message>
    <message>
        <source>no documents to import</source>
        <translation>aucun document à importer</translation>
    </message>
    <message>
        <source>no documents to redact</source>
        <translation>aucun document à caviarder</translation>
    </message>
    <message>
        <source>no grade &apos;{name}&apos; (the project has no grades yet)</source>
        <translation>aucun niveau « {name} » (le projet n&apos;a pas encore de niveaux)</translation>
    </message>
    <message>
        <source>no grade &apos;{name}&apos; (the project has {known})</source>
        <translation>aucun niveau « {name} » (le projet a {known})</translation>
    </message>
    <message>
        <source>no link type &apos;{name}&apos;</source>
        <translation>aucun type de lien « {name} »</translation>
    </message>
    <message>
        <source>no link type &apos;{name}&apos; (the project has {known})</source>
        <translation>aucun type de lien « {name} » (le projet a {known})</translation>
    </message>
    <message>
        <source>no links to remove</source>
        <translation>aucun lien à supprimer</translation>
    </message>
    <message>
        <source>no participant &apos;{name}&apos; in the consent register</source>
        <translation>aucun participant « {name} » dans le registre des consentements</translation>
    </message>
    <message>
        <source>no pseudonyms to add</source>
        <translation>aucun pseudonyme à ajouter</translation>
    </message>
    <message>
        <source>no pseudonyms to delete</source>
        <translation>aucun pseudonyme à supprimer</translation>
    </message>
    <message>
        <source>no respondent id ({column} is empty)</source>
        <translation>pas d&apos;identifiant de répondant ({column} est vide)</translation>
    </message>
    <message>
        <source>no saved query &apos;{name}&apos;</source>
        <translation>aucune requête enregistrée « {name} »</translation>
    </message>
    <message>
        <source>no speaker &apos;{speaker}&apos; in &apos;{document}&apos;</source>
        <translation>aucun locuteur « {speaker} » dans « {document} »</translation>
    </message>
    <message>
        <source>no speaker &apos;{speaker}&apos; in any document</source>
        <translation>aucun locuteur « {speaker} » dans aucun document</translation>
    </message>
    <message>
        <source>no speaker has the role &apos;{role}&apos; (roles: {roles})</source>
        <translation>aucun locuteur n&apos;a le rôle «&#xa0;{role}&#xa0;» (rôles&#xa0;: {roles})</translation>
    </message>
    <message>
        <source>no subtitle cues found (no &apos;start --&gt; end&apos; timings)</source>
        <translation>aucun sous-titre trouvé (aucun minutage &apos;start --&gt; end&apos;)</translation>
    </message>
    <message>
        <source>no suffix</source>
        <translation>aucune extension</translation>
    </message>
    <message>
        <source>no text column given (name the columns of answers to code)</source>
        <translation>aucune colonne de texte indiquée (nommez les colonnes de réponses à coder)</translation>
    </message>
    <message>
        <source>no trained spaCy pipeline is installed: names, places and organisations were only looked for after titles (Dr, Mr, 律师...) and in the pseudonym table (install one with pip, e.g. en_core_web_sm or zh_core_web_sm)</source>
        <translation>aucun pipeline spaCy entraîné n&apos;est installé&#xa0;: les noms, lieux et organisations n&apos;ont été cherchés qu&apos;après les titres (Dr, M., 律师...) et dans la table des pseudonymes (installez-en un avec pip, par ex. en_core_web_sm ou zh_core_web_sm)</translation>
    </message>
    <message>
        <source>no trained spaCy pipeline recognises names in {languages} (set the documents&apos; language attribute, or install a pipeline with pip): names there were only looked for after titles and in the pseudonym table</source>
        <translation>aucun pipeline spaCy entraîné ne reconnaît les noms en {languages} (renseignez l&apos;attribut de langue des documents, ou installez un pipeline avec pip)&#xa0;: les noms n&apos;y ont été cherchés qu&apos;après les titres et dans la table des pseudonymes</translation>
    </message>
    <message>
        <source>no version of its text is recorded</source>
        <translation>aucune version de son texte n&apos;est enregistrée</translation>
    </message>
    <message>
        <source>no {what} to code</source>
        <translation>pas de {what} à coder</translation>
    </message>
    <message>
        <source>no: this report shows names and places as the transcripts hold them</source>
        <translation>non&#xa0;: ce rapport montre les noms et les lieux tels que les transcriptions les contiennent</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>none (the whole project)</source>
        <translation>aucun (tout le projet)</translation>
    </message>
    <message>
        <source>none of those codings is flagged &apos;text changed&apos;</source>
        <translation>aucun de ces codages n&apos;est marqué « texte modifié »</translation>
    </message>
    <message>
        <source>none yet: set one with &apos;qcode speaker&apos;</source>
        <translation>aucun pour l&apos;instant&#xa0;: définissez-en un avec &apos;qcode speaker&apos;</translation>
    </message>
    <message>
        <source>not a PDF that can be read back: {problem}</source>
        <translation>pas un PDF qui puisse être relu&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>not a valid regular expression: {problem}</source>
        <translation>expression régulière non valide&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>not a valid regular expression: {problem} at position {position}</source>
        <translation>expression régulière non valide&#xa0;: {problem} à la position {position}</translation>
    </message>
    <message>
        <source>not in the file or not imported</source>
        <translation>absente du fichier ou non importée</translation>
    </message>
    <message>
        <source>note &apos;{name}&apos;</source>
        <translation>le mémo &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>nothing to assign</source>
        <translation>rien à attribuer</translation>
    </message>
    <message>
        <source>nothing to change: give a span (START &lt; END) or text to insert</source>
        <translation>rien à changer : donnez un intervalle (START &lt; END) ou un texte à insérer</translation>
    </message>
    <message>
        <source>nothing to change: that is what is recorded for &apos;{name}&apos;</source>
        <translation>rien à changer : c&apos;est déjà ce qui est enregistré pour « {name} »</translation>
    </message>
    <message>
        <source>nothing to change: the text there is already that</source>
        <translation>rien à changer : le texte y est déjà celui-là</translation>
    </message>
    <message>
        <source>nothing to evaluate: no code has {count} or more coded passages yet</source>
        <translation>rien à évaluer : aucun code n’a encore {count} passages codés ou plus</translation>
    </message>
    <message>
        <source>nothing to evaluate: no document has been coded yet</source>
        <translation>rien à évaluer : aucun document n’a encore été codé</translation>
    </message>
    <message>
        <source>nothing to rank with: the project has no codable code</source>
        <translation>rien pour classer : le projet n’a aucun code applicable</translation>
    </message>
    <message>
        <source>nothing to redact: no identifier of the pseudonym table occurs in that document</source>
        <translation>rien à caviarder : aucun identifiant de la table des pseudonymes n&apos;apparaît dans ce document</translation>
    </message>
    <message>
        <source>nothing to redact: no identifier of the pseudonym table occurs in those documents</source>
        <translation>rien à caviarder : aucun identifiant de la table des pseudonymes n&apos;apparaît dans ces documents</translation>
    </message>
    <message>
        <source>nothing to redo</source>
        <translation>rien à rétablir</translation>
    </message>
    <message>
        <source>nothing to unassign: not members of case &apos;{case}&apos;</source>
        <translation>rien à retirer : ce ne sont pas des membres du cas « {case} »</translation>
    </message>
    <message>
        <source>nothing to undo</source>
        <translation>rien à annuler</translation>
    </message>
    <message>
        <source>nothing to unlink: these codings are not quotes of that cell</source>
        <translation>rien à délier : ces codages ne sont pas des citations de cette cellule</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>page {page} places more than {most:,} characters, more than a page can hold (a damaged or hostile PDF?)</source>
        <translation>la page {page} place plus de {most:,} caractères, plus qu&apos;une page ne peut en contenir (un PDF endommagé ou malveillant&#xa0;?)</translation>
    </message>
    <message numerus="yes">
        <source>page{s} {pages}: more than {most:,} separate lines of text on a page (or {total:,} in all), read line by line from top to bottom</source>
        <translation>
            <numerusform>page {pages} : plus de {most:,} lignes de texte séparées sur une page (ou {total:,} au total), lue ligne par ligne de haut en bas</numerusform>
            <numerusform>pages {pages} : plus de {most:,} lignes de texte séparées sur une page (ou {total:,} au total), lues ligne par ligne de haut en bas</numerusform>
        </translation>
    </message>
    <message>
        <source>passages</source>
        <translation>passages</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>image</translation>
    </message>
    <message>
        <source>positions start at 0</source>
        <translation>les positions commencent à 0</translation>
    </message>
    <message>
        <source>project not found: {path}</source>
        <translation>projet introuvable&#xa0;: {path}</translation>
    </message>
    <message>
        <source>qcode allows at most {levels} levels of codes</source>
        <translation>qcode admet au plus {levels} niveaux de codes</translation>
    </message>
    <message>
        <source>qcode&apos;s &apos;{folder}&apos; folder is missing from this installation</source>
        <translation>le dossier &apos;{folder}&apos; de qcode manque dans cette installation</translation>
    </message>
    <message>
        <source>query results</source>
        <translation>résultats de la requête</translation>
    </message>
    <message>
        <source>query: column {column}: {problem}</source>
        <translation>requête&#xa0;: colonne {column}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>recolour &apos;{code}&apos;</source>
        <translation>changer la couleur de « {code} »</translation>
    </message>
    <message>
        <source>record the consent of &apos;{participant}&apos;</source>
        <translation>enregistrer le consentement de « {participant} »</translation>
    </message>
    <message>
        <source>recording may be kept</source>
        <translation>l&apos;enregistrement peut être gardé</translation>
    </message>
    <message numerus="yes">
        <source>redact {count} document{s}</source>
        <translation>
            <numerusform>caviarder {count} document</numerusform>
            <numerusform>caviarder {count} documents</numerusform>
        </translation>
    </message>
    <message>
        <source>redaction: the pseudonym table&apos;s identifiers replaced</source>
        <translation>caviardage&#xa0;: identifiants de la table des pseudonymes remplacés</translation>
    </message>
    <message>
        <source>reject suggestion</source>
        <translation>refuser la suggestion</translation>
    </message>
    <message>
        <source>reject suggestion &apos;{code}&apos;</source>
        <translation>refuser la suggestion « {code} »</translation>
    </message>
    <message>
        <source>remove &apos;{code}&apos;</source>
        <translation>retirer « {code} »</translation>
    </message>
    <message>
        <source>remove coding</source>
        <translation>retirer le codage</translation>
    </message>
    <message>
        <source>remove link type &apos;{name}&apos;</source>
        <translation>retirer le type de lien « {name} »</translation>
    </message>
    <message>
        <source>remove {count} codings</source>
        <translation>retirer {count} codages</translation>
    </message>
    <message>
        <source>remove {count} links</source>
        <translation>retirer {count} liens</translation>
    </message>
    <message>
        <source>rename &apos;{old}&apos; to &apos;{new}&apos;</source>
        <translation>renommer « {old} » en « {new} »</translation>
    </message>
    <message>
        <source>rename case &apos;{old}&apos; to &apos;{new}&apos;</source>
        <translation>renommer le cas « {old} » en « {new} »</translation>
    </message>
    <message>
        <source>rename code &apos;{old}&apos; to &apos;{new}&apos;</source>
        <translation>renommer le code « {old} » en « {new} »</translation>
    </message>
    <message>
        <source>rename grade &apos;{old}&apos; to &apos;{new}&apos;</source>
        <translation>renommer le niveau « {old} » en « {new} »</translation>
    </message>
    <message>
        <source>rename project</source>
        <translation>renommer le projet</translation>
    </message>
    <message>
        <source>rename query &apos;{old}&apos; to &apos;{new}&apos;</source>
        <translation>renommer la requête « {old} » en « {new} »</translation>
    </message>
    <message>
        <source>respondent &apos;{respondent}&apos; is already on row {row}</source>
        <translation>le répondant « {respondent} » est déjà à la ligne {row}</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>row {row:,} is past the last row a sheet can have</source>
        <translation>la ligne {row:,} est au-delà de la dernière ligne possible d&apos;une feuille</translation>
    </message>
    <message>
        <source>row {row} has a value in {column}, which has no name in the header row (row {header_row})</source>
        <translation>la ligne {row} a une valeur dans {column}, qui n&apos;a pas de nom dans la ligne d&apos;en-tête (ligne {header_row})</translation>
    </message>
    <message>
        <source>row {row} has more than {columns:,} columns (the most a sheet may have)</source>
        <translation>la ligne {row} a plus de {columns:,} colonnes (le maximum pour une feuille)</translation>
    </message>
    <message numerus="yes">
        <source>row {row} has {count:,} field{s} but the header row (row {header_row}) has {header_count:,}: a value or a delimiter is missing or extra</source>
        <translation>
            <numerusform>la ligne {row} a {count:,} champ mais la ligne d&apos;en-tête (ligne {header_row}) en a {header_count:,} : il manque une valeur ou un séparateur, ou il y en a un de trop</numerusform>
            <numerusform>la ligne {row} a {count:,} champs mais la ligne d&apos;en-tête (ligne {header_row}) en a {header_count:,} : il manque une valeur ou un séparateur, ou il y en a un de trop</numerusform>
        </translation>
    </message>
    <message>
        <source>row {row}: {problem}</source>
        <translation>ligne {row}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>rows for {table} need {count} values</source>
        <translation>les lignes de {table} demandent {count} valeurs</translation>
    </message>
    <message>
        <source>save it as .docx first</source>
        <translation>enregistrez-le d&apos;abord en .docx</translation>
    </message>
    <message>
        <source>save it as .txt first</source>
        <translation>enregistrez-le d&apos;abord en .txt</translation>
    </message>
    <message>
        <source>save query &apos;{query}&apos;</source>
        <translation>enregistrer la requête « {query} »</translation>
    </message>
    <message>
        <source>saved query &apos;{name}&apos; ({expression}): codings inside its results</source>
        <translation>requête enregistrée «&#xa0;{name}&#xa0;» ({expression})&#xa0;: codages à l&apos;intérieur de ses résultats</translation>
    </message>
    <message>
        <source>saved query &apos;{name}&apos;: {problem}</source>
        <translation>requête enregistrée «&#xa0;{name}&#xa0;»&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>section &apos;{name}&apos;: {reason}</source>
        <translation>section «&#xa0;{name}&#xa0;»&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>set</source>
        <translation>ensemble</translation>
    </message>
    <message>
        <source>set &apos;{attribute}&apos; of &apos;{document}&apos;</source>
        <translation>définir « {attribute} » de « {document} »</translation>
    </message>
    <message>
        <source>set &apos;{attribute}&apos; of case &apos;{case}&apos;</source>
        <translation>définir « {attribute} » du cas « {case} »</translation>
    </message>
    <message numerus="yes">
        <source>set &apos;{set}&apos; is now the yes/no attribute &apos;set: {set}&apos; of {count:,} document{s}</source>
        <translation>
            <numerusform>l&apos;ensemble &apos;{set}&apos; est maintenant l&apos;attribut oui/non &apos;set: {set}&apos; de {count:,} document</numerusform>
            <numerusform>l&apos;ensemble &apos;{set}&apos; est maintenant l&apos;attribut oui/non &apos;set: {set}&apos; de {count:,} documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>set &apos;{set}&apos; is now the yes/no attribute &apos;set: {set}&apos; of {count:,} document{s} ({lost} of its members were not imported)</source>
        <translation>
            <numerusform>l&apos;ensemble &apos;{set}&apos; est maintenant l&apos;attribut oui/non &apos;set: {set}&apos; de {count:,} document ({lost} de ses membres n&apos;ont pas été importés)</numerusform>
            <numerusform>l&apos;ensemble &apos;{set}&apos; est maintenant l&apos;attribut oui/non &apos;set: {set}&apos; de {count:,} documents ({lost} de ses membres n&apos;ont pas été importés)</numerusform>
        </translation>
    </message>
    <message>
        <source>set &apos;{set}&apos;: its memos are not grouped</source>
        <translation>ensemble &apos;{set}&apos; : ses mémos ne sont pas regroupés</translation>
    </message>
    <message>
        <source>set a pseudonym (→ {replacement})</source>
        <translation>définir un pseudonyme (→ {replacement})</translation>
    </message>
    <message>
        <source>set role of speaker &apos;{speaker}&apos;</source>
        <translation>définir le rôle du locuteur « {speaker} »</translation>
    </message>
    <message>
        <source>set {count} attributes of &apos;{document}&apos;</source>
        <translation>définir {count} attributs de « {document} »</translation>
    </message>
    <message>
        <source>set {count} attributes of case &apos;{case}&apos;</source>
        <translation>définir {count} attributs du cas « {case} »</translation>
    </message>
    <message>
        <source>set {count} pseudonyms</source>
        <translation>définir {count} pseudonymes</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; is a chart, not a table</source>
        <translation>la feuille &apos;{sheet}&apos; est un graphique, pas une table</translation>
    </message>
    <message>
        <source>some of these codings no longer exist</source>
        <translation>certains de ces codages n&apos;existent plus</translation>
    </message>
    <message>
        <source>some of these links no longer exist</source>
        <translation>certains de ces liens n&apos;existent plus</translation>
    </message>
    <message>
        <source>some {table} rows to change no longer exist</source>
        <translation>certaines lignes de {table} à modifier n&apos;existent plus</translation>
    </message>
    <message>
        <source>some {table} to delete no longer exist</source>
        <translation>certains {table} à supprimer n&apos;existent plus</translation>
    </message>
    <message>
        <source>source &apos;{name}&apos;</source>
        <translation>la source &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>source: {sources}</source>
        <translation>source&#xa0;: {sources}</translation>
    </message>
    <message>
        <source>spaCy is not installed: names, places and organisations were only looked for after titles (Dr, Mr, 律师...) and in the pseudonym table</source>
        <translation>spaCy n&apos;est pas installé&#xa0;: les noms, lieux et organisations n&apos;ont été cherchés qu&apos;après les titres (Dr, M., 律师...) et dans la table des pseudonymes</translation>
    </message>
    <message>
        <source>spaCy pipeline &apos;{model}&apos; is not installed (qcode never downloads one; install it with pip, or use &apos;{blank}&apos;)</source>
        <translation>le pipeline spaCy «&#xa0;{model}&#xa0;» n&apos;est pas installé (qcode n&apos;en télécharge jamais&#xa0;; installez-le avec pip, ou utilisez «&#xa0;{blank}&#xa0;»)</translation>
    </message>
    <message>
        <source>span {start}–{end} is not inside the document</source>
        <translation>l&apos;intervalle {start}–{end} n&apos;est pas dans le document</translation>
    </message>
    <message>
        <source>speaker &apos;{speaker}&apos; has no turns in any document</source>
        <translation>le locuteur « {speaker} » n&apos;a aucun tour de parole dans aucun document</translation>
    </message>
    <message>
        <source>speaker &apos;{speaker}&apos; has no turns in these documents</source>
        <translation>le locuteur « {speaker} » n&apos;a aucun tour de parole dans ces documents</translation>
    </message>
    <message>
        <source>speakers with the role: {roles}</source>
        <translation>locuteurs ayant le rôle&#xa0;: {roles}</translation>
    </message>
    <message>
        <source>speakers: {names}</source>
        <translation>locuteurs&#xa0;: {names}</translation>
    </message>
    <message>
        <source>splice {start}:{end} outside a value of {length}</source>
        <translation>modification {start}:{end} hors d&apos;une valeur de longueur {length}</translation>
    </message>
    <message>
        <source>suggestions have not learned &apos;{code}&apos; yet: let them learn again</source>
        <translation>les suggestions n’ont pas encore appris « {code} » : relancez leur apprentissage</translation>
    </message>
    <message>
        <source>summarise case &apos;{case}&apos; on &apos;{code}&apos;</source>
        <translation>résumer le cas « {case} » pour « {code} »</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>that participant is no longer in the register; nothing was changed</source>
        <translation>ce participant n&apos;est plus dans le registre ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>the Python package {package} (it comes with qcode)</source>
        <translation>le paquet Python {package} (fourni avec qcode)</translation>
    </message>
    <message>
        <source>the archive is damaged ({entry}: {error})</source>
        <translation>l&apos;archive est endommagée ({entry}&#xa0;: {error})</translation>
    </message>
    <message>
        <source>the case &apos;{case}&apos; no longer exists</source>
        <translation>le cas « {case} » n&apos;existe plus</translation>
    </message>
    <message>
        <source>the case no longer exists</source>
        <translation>le cas n&apos;existe plus</translation>
    </message>
    <message>
        <source>the case&apos;s description</source>
        <translation>la description du cas</translation>
    </message>
    <message>
        <source>the case&apos;s type</source>
        <translation>le type du cas</translation>
    </message>
    <message>
        <source>the charts</source>
        <translation>les graphiques</translation>
    </message>
    <message>
        <source>the code no longer exists</source>
        <translation>le code n&apos;existe plus</translation>
    </message>
    <message>
        <source>the codebook has no codes, and a REFI-QDA codebook needs at least one</source>
        <translation>le livre de codes n&apos;a aucun code, et un livre de codes REFI-QDA en demande au moins un</translation>
    </message>
    <message>
        <source>the coders {coders} have not coded any document in common; name documents with --documents</source>
        <translation>les codeurs {coders} n&apos;ont codé aucun document en commun&#xa0;; nommez des documents avec --documents</translation>
    </message>
    <message>
        <source>the coding no longer exists</source>
        <translation>le codage n&apos;existe plus</translation>
    </message>
    <message numerus="yes">
        <source>the comments of coded passages are now memos on {count:,} coding{s}</source>
        <translation>
            <numerusform>les commentaires des passages codés sont maintenant des mémos sur {count:,} codage</numerusform>
            <numerusform>les commentaires des passages codés sont maintenant des mémos sur {count:,} codages</numerusform>
        </translation>
    </message>
    <message>
        <source>the document no longer exists</source>
        <translation>le document n&apos;existe plus</translation>
    </message>
    <message>
        <source>the code&apos;s description</source>
        <translation>la description du code</translation>
    </message>
    <message>
        <source>the code&apos;s keyword &apos;{keyword}&apos;</source>
        <translation>le mot-clé « {keyword} » du code</translation>
    </message>
    <message>
        <source>the consent reference</source>
        <translation>la référence du consentement</translation>
    </message>
    <message>
        <source>the descriptions of {types}</source>
        <translation>les descriptions de {types}</translation>
    </message>
    <message>
        <source>the document no longer exists; nothing was changed</source>
        <translation>le document n&apos;existe plus ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>the end of the query</source>
        <translation>la fin de la requête</translation>
    </message>
    <message>
        <source>the expected text</source>
        <translation>le texte attendu</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the grade no longer exists</source>
        <translation>le niveau n&apos;existe plus</translation>
    </message>
    <message>
        <source>the grade&apos;s description</source>
        <translation>la description du niveau</translation>
    </message>
    <message>
        <source>the identifier</source>
        <translation>l&apos;identifiant</translation>
    </message>
    <message>
        <source>the identifier is part of a replacement in this project&apos;s pseudonym table; change that replacement, then add the identifier</source>
        <translation>l&apos;identifiant fait partie d&apos;un remplacement de la table des pseudonymes de ce projet ; changez ce remplacement, puis ajoutez l&apos;identifiant</translation>
    </message>
    <message>
        <source>the identifier is part of the replacement &apos;{other_replacement}&apos; already in the pseudonym table; change that replacement first</source>
        <translation>l&apos;identifiant fait partie du remplacement « {other_replacement} » déjà dans la table des pseudonymes ; changez d&apos;abord ce remplacement</translation>
    </message>
    <message>
        <source>the identifier&apos;s kind</source>
        <translation>le type de l&apos;identifiant</translation>
    </message>
    <message>
        <source>the last {percent}% of the coded text (trained on the rest)</source>
        <translation>les derniers {percent} % du texte codé (appris sur le reste)</translation>
    </message>
    <message>
        <source>the link no longer exists</source>
        <translation>le lien n&apos;existe plus</translation>
    </message>
    <message>
        <source>the link type is called &apos;{theirs}&apos; in {other}; kept &apos;{ours}&apos;</source>
        <translation>le type de lien s&apos;appelle &apos;{theirs}&apos; dans {other} ; &apos;{ours}&apos; est gardé</translation>
    </message>
    <message>
        <source>the link type no longer exists</source>
        <translation>le type de lien n&apos;existe plus</translation>
    </message>
    <message>
        <source>the link type&apos;s description</source>
        <translation>la description du type de lien</translation>
    </message>
    <message>
        <source>the link&apos;s memo</source>
        <translation>le mémo du lien</translation>
    </message>
    <message>
        <source>the memo</source>
        <translation>le mémo</translation>
    </message>
    <message>
        <source>the memo is empty</source>
        <translation>le mémo est vide</translation>
    </message>
    <message>
        <source>the memo is empty (delete it instead)</source>
        <translation>le mémo est vide (supprimez-le plutôt)</translation>
    </message>
    <message>
        <source>the memo&apos;s title</source>
        <translation>le titre du mémo</translation>
    </message>
    <message>
        <source>the name and the type cannot come from the same column</source>
        <translation>le nom et le type ne peuvent pas venir de la même colonne</translation>
    </message>
    <message>
        <source>the name is taken by another document here; added as &apos;{name}&apos;</source>
        <translation>le nom est pris par un autre document ici ; ajouté sous le nom &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>the new parent code no longer exists</source>
        <translation>le nouveau code parent n&apos;existe plus</translation>
    </message>
    <message>
        <source>the new passphrase is the same as the old one; nothing was changed</source>
        <translation>la nouvelle phrase secrète est identique à l&apos;ancienne ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>the new text holds a control character (U+{codepoint:04X})</source>
        <translation>le nouveau texte contient un caractère de contrôle (U+{codepoint:04X})</translation>
    </message>
    <message>
        <source>the new text is not valid Unicode (it holds a lone surrogate)</source>
        <translation>le nouveau texte n&apos;est pas de l&apos;Unicode valide (il contient un demi-caractère de substitution isolé)</translation>
    </message>
    <message>
        <source>the original of &apos;{document}&apos; ({file_name}) was not kept in the project, only its size and SHA-256</source>
        <translation>l&apos;original de « {document} » ({file_name}) n&apos;a pas été conservé dans le projet, seulement sa taille et son SHA-256</translation>
    </message>
    <message>
        <source>the parent code no longer exists</source>
        <translation>le code parent n&apos;existe plus</translation>
    </message>
    <message>
        <source>the project XML declares a DTD or entities, which qcode refuses for safety</source>
        <translation>le XML du projet déclare une DTD ou des entités, que qcode refuse par sécurité</translation>
    </message>
    <message>
        <source>the project XML declares an unknown encoding</source>
        <translation>le XML du projet déclare un encodage inconnu</translation>
    </message>
    <message>
        <source>the project XML is empty</source>
        <translation>le XML du projet est vide</translation>
    </message>
    <message>
        <source>the project XML is not well formed (line {line})</source>
        <translation>le XML du projet n&apos;est pas bien formé (ligne {line})</translation>
    </message>
    <message>
        <source>the project file inside is named &apos;{name}&apos;, not &apos;project.qde&apos; as the standard says; read it anyway</source>
        <translation>le fichier projet à l&apos;intérieur s&apos;appelle &apos;{name}&apos;, et non &apos;project.qde&apos; comme le veut la norme ; lu quand même</translation>
    </message>
    <message>
        <source>the project has changed since ({table} already exist)</source>
        <translation>le projet a changé depuis ({table} existent déjà)</translation>
    </message>
    <message>
        <source>the project has changed since ({table} are missing)</source>
        <translation>le projet a changé depuis ({table} manquent)</translation>
    </message>
    <message>
        <source>the project has changed since ({table} differ)</source>
        <translation>le projet a changé depuis ({table} diffèrent)</translation>
    </message>
    <message>
        <source>the project has no cases, links between codings or source grades to corroborate with</source>
        <translation>le projet n&apos;a ni cas, ni liens entre codages, ni niveaux de source avec lesquels corroborer</translation>
    </message>
    <message>
        <source>the project has no framework summaries yet (write one with &apos;qcode summary&apos;)</source>
        <translation>le projet n&apos;a pas encore de résumés de cadre (écrivez-en un avec &apos;qcode summary&apos;)</translation>
    </message>
    <message>
        <source>the project has no saved queries (save one with &apos;qcode query … --save NAME&apos;)</source>
        <translation>le projet n&apos;a aucune requête enregistrée (enregistrez-en une avec &apos;qcode query … --save NAME&apos;)</translation>
    </message>
    <message>
        <source>the project is encrypted but its recordings are not: qcode links them where they are; keep them on an encrypted disk</source>
        <translation>le projet est chiffré mais pas ses enregistrements&#xa0;: qcode les lie là où ils sont&#xa0;; gardez-les sur un disque chiffré</translation>
    </message>
    <message>
        <source>the project&apos;s description</source>
        <translation>la description du projet</translation>
    </message>
    <message>
        <source>the project&apos;s name</source>
        <translation>le nom du projet</translation>
    </message>
    <message>
        <source>the pseudonym table is empty: add the identifiers to replace with &apos;qcode pseudonym&apos; or Privacy ▸ Pseudonyms… first</source>
        <translation>la table des pseudonymes est vide : ajoutez d&apos;abord les identifiants à remplacer avec &apos;qcode pseudonym&apos; ou Confidentialité ▸ Pseudonymes…</translation>
    </message>
    <message>
        <source>the query</source>
        <translation>la requête</translation>
    </message>
    <message>
        <source>the query is empty</source>
        <translation>la requête est vide</translation>
    </message>
    <message>
        <source>the query is longer than {most:,} characters</source>
        <translation>la requête dépasse {most:,} caractères</translation>
    </message>
    <message>
        <source>the query&apos;s {field}</source>
        <translation>{field} de la requête</translation>
    </message>
    <message>
        <source>the query&apos;s {field} must be a list of names</source>
        <translation>{field} de la requête doit être une liste de noms</translation>
    </message>
    <message>
        <source>the recording beside it was not linked: {problem}</source>
        <translation>l&apos;enregistrement à côté n&apos;a pas été lié&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>the recording {file} was written out of {archive}, which is no longer there</source>
        <translation>l&apos;enregistrement {file} a été extrait de {archive}, qui n&apos;est plus là</translation>
    </message>
    <message>
        <source>the replacement</source>
        <translation>le remplacement</translation>
    </message>
    <message>
        <source>the replacement &apos;{other_replacement}&apos; contains another identifier in the pseudonym table; choose one that names nobody</source>
        <translation>le remplacement « {other_replacement} » contient un autre identifiant de la table des pseudonymes ; choisissez-en un qui ne nomme personne</translation>
    </message>
    <message>
        <source>the replacement &apos;{replacement}&apos; contains another identifier in the pseudonym table; choose one that names nobody</source>
        <translation>le remplacement « {replacement} » contient un autre identifiant de la table des pseudonymes ; choisissez-en un qui ne nomme personne</translation>
    </message>
    <message>
        <source>the replacement &apos;{replacement}&apos; contains the identifier it replaces</source>
        <translation>le remplacement « {replacement} » contient l&apos;identifiant qu&apos;il remplace</translation>
    </message>
    <message>
        <source>the respondent&apos;s id</source>
        <translation>l&apos;identifiant du répondant</translation>
    </message>
    <message>
        <source>the roles and descriptions of {speakers}</source>
        <translation>les rôles et descriptions de {speakers}</translation>
    </message>
    <message>
        <source>the same coding ({uuid}) is {code} at {start}–{end} by {coder} in {other}; kept this project&apos;s</source>
        <translation>le même codage ({uuid}) est {code} en {start}–{end} par {coder} dans {other} ; celui de ce projet est gardé</translation>
    </message>
    <message>
        <source>the same identifier is listed twice; give each one replacement</source>
        <translation>le même identifiant figure deux fois ; donnez à chacun un seul remplacement</translation>
    </message>
    <message>
        <source>the saved query &apos;{query}&apos; no longer exists</source>
        <translation>la requête enregistrée « {query} » n&apos;existe plus</translation>
    </message>
    <message>
        <source>the scale of {grades}</source>
        <translation>l&apos;échelle de {grades}</translation>
    </message>
    <message>
        <source>the source grades of {codings}</source>
        <translation>les notes de source de {codings}</translation>
    </message>
    <message>
        <source>the speaker&apos;s description</source>
        <translation>la description du locuteur</translation>
    </message>
    <message>
        <source>the speaker&apos;s role</source>
        <translation>le rôle du locuteur</translation>
    </message>
    <message>
        <source>the speakers assigned to {cases} ({assignments}; REFI-QDA has no speakers, so the {codings} in their turns are written as those cases&apos; selections)</source>
        <translation>les locuteurs attribués à {cases} ({assignments} ; REFI-QDA n&apos;a pas de locuteurs, donc les {codings} de leurs tours de parole sont écrits comme sélections de ces cas)</translation>
    </message>
    <message>
        <source>the stored bytes end early</source>
        <translation>les octets enregistrés s&apos;arrêtent trop tôt</translation>
    </message>
    <message>
        <source>the stored bytes of its original file are damaged</source>
        <translation>les octets enregistrés de son fichier d&apos;origine sont endommagés</translation>
    </message>
    <message>
        <source>the stored bytes of its original file no longer match their hash</source>
        <translation>les octets enregistrés de son fichier d&apos;origine ne correspondent plus à leur empreinte</translation>
    </message>
    <message>
        <source>the stored original of &apos;{document}&apos; does not match its hash; nothing was written (run &apos;qcode verify&apos;)</source>
        <translation>l&apos;original conservé de « {document} » ne correspond pas à son empreinte ; rien n&apos;a été écrit (lancez &apos;qcode verify&apos;)</translation>
    </message>
    <message>
        <source>the stored suggestion model cannot be read ({problem})</source>
        <translation>le modèle de suggestions enregistré est illisible ({problem})</translation>
    </message>
    <message>
        <source>the stored suggestion model is from another version of qcode</source>
        <translation>le modèle de suggestions enregistré vient d’une autre version de qcode</translation>
    </message>
    <message>
        <source>the stored text does not match its hash</source>
        <translation>le texte enregistré ne correspond pas à son empreinte</translation>
    </message>
    <message>
        <source>the stored text is not version {version} as recorded</source>
        <translation>le texte enregistré n&apos;est pas la version {version} enregistrée</translation>
    </message>
    <message>
        <source>the sub-codes of &apos;{code}&apos;</source>
        <translation>les sous-codes de « {code} »</translation>
    </message>
    <message>
        <source>the summary</source>
        <translation>le résumé</translation>
    </message>
    <message>
        <source>the summary is empty</source>
        <translation>le résumé est vide</translation>
    </message>
    <message>
        <source>the text differs from the one in {other}; its codings were re-anchored onto this project&apos;s text ({changed} now cover changed text)</source>
        <translation>le texte diffère de celui de {other} ; ses codages ont été réancrés sur le texte de ce projet ({changed} couvrent maintenant du texte modifié)</translation>
    </message>
    <message>
        <source>the threshold must be above 0 and at most 1 (got {threshold:g})</source>
        <translation>le seuil doit être supérieur à 0 et au plus 1 (reçu&#xa0;: {threshold:g})</translation>
    </message>
    <message>
        <source>the turns of speaker &apos;{speaker}&apos; hold no words to code</source>
        <translation>les tours de parole du locuteur « {speaker} » ne contiennent aucun mot à coder</translation>
    </message>
    <message>
        <source>the versions of &apos;{document}&apos; do not add up; run &apos;qcode verify&apos;</source>
        <translation>les versions de « {document} » ne concordent pas ; lancez &apos;qcode verify&apos;</translation>
    </message>
    <message>
        <source>the {table} row to change no longer exists</source>
        <translation>la ligne de {table} à modifier n&apos;existe plus</translation>
    </message>
    <message>
        <source>the {target} no longer exists</source>
        <translation>{target} : n&apos;existe plus</translation>
    </message>
    <message>
        <source>their {what} is &apos;{theirs}&apos; in {other}; kept &apos;{ours}&apos;</source>
        <translation>leur {what} est &apos;{theirs}&apos; dans {other} ; &apos;{ours}&apos; est gardé</translation>
    </message>
    <message>
        <source>there are no pseudonyms in {file}: add some with &apos;qcode pseudonym&apos; or Privacy ▸ Pseudonyms…</source>
        <translation>il n&apos;y a aucun pseudonyme dans {file} : ajoutez-en avec &apos;qcode pseudonym&apos; ou Confidentialité ▸ Pseudonymes…</translation>
    </message>
    <message>
        <source>there are no search results to code</source>
        <translation>il n&apos;y a aucun résultat de recherche à coder</translation>
    </message>
    <message>
        <source>there is already a case named &apos;{name}&apos;</source>
        <translation>il existe déjà un cas nommé « {name} »</translation>
    </message>
    <message>
        <source>there is already a code &apos;{name}&apos; at the top level</source>
        <translation>il existe déjà un code « {name} » au premier niveau</translation>
    </message>
    <message>
        <source>there is already a code &apos;{name}&apos; under &apos;{parent}&apos;</source>
        <translation>il existe déjà un code « {name} » sous « {parent} »</translation>
    </message>
    <message>
        <source>there is already a document named &apos;{name}&apos;</source>
        <translation>il existe déjà un document nommé « {name} »</translation>
    </message>
    <message>
        <source>there is already a grade &apos;{name}&apos;</source>
        <translation>il existe déjà un niveau « {name} »</translation>
    </message>
    <message>
        <source>there is already a link type &apos;{name}&apos;</source>
        <translation>il existe déjà un type de lien « {name} »</translation>
    </message>
    <message>
        <source>there is already a saved query named &apos;{name}&apos;</source>
        <translation>il existe déjà une requête enregistrée nommée « {name} »</translation>
    </message>
    <message>
        <source>these codings are already linked as &apos;{link_type}&apos;</source>
        <translation>ces codages sont déjà liés comme « {link_type} »</translation>
    </message>
    <message>
        <source>to import as an attribute</source>
        <translation>à importer comme attribut</translation>
    </message>
    <message>
        <source>to import as text</source>
        <translation>à importer comme texte</translation>
    </message>
    <message>
        <source>too little coded text to hold part of it out</source>
        <translation>trop peu de texte codé pour en mettre une partie de côté</translation>
    </message>
    <message>
        <source>type something to search for</source>
        <translation>tapez quelque chose à rechercher</translation>
    </message>
    <message>
        <source>unassign {members} from case &apos;{case}&apos;</source>
        <translation>retirer {members} du cas « {case} »</translation>
    </message>
    <message>
        <source>under &apos;{path}&apos;</source>
        <translation>sous &apos;{path}&apos;</translation>
    </message>
    <message>
        <source>unexpected &apos;{text}&apos;</source>
        <translation>«&#xa0;{text}&#xa0;» inattendu</translation>
    </message>
    <message>
        <source>unexpected &apos;{text}&apos; (put code paths in double quotes)</source>
        <translation>«&#xa0;{text}&#xa0;» inattendu (mettez les chemins de code entre guillemets droits)</translation>
    </message>
    <message>
        <source>unexpected &apos;{text}&apos;: expected AND, OR, AND NOT or NEAR/… (put code paths in double quotes)</source>
        <translation>«&#xa0;{text}&#xa0;» inattendu&#xa0;: AND, OR, AND NOT ou NEAR/… était attendu (mettez les chemins de code entre guillemets droits)</translation>
    </message>
    <message>
        <source>unit must be one of {units}</source>
        <translation>l’unité doit être l’une de : {units}</translation>
    </message>
    <message>
        <source>unknown author</source>
        <translation>auteur inconnu</translation>
    </message>
    <message>
        <source>unknown breakdown &apos;{by}&apos; (one of {breakdowns})</source>
        <translation>ventilation inconnue «&#xa0;{by}&#xa0;» (l&apos;une de {breakdowns})</translation>
    </message>
    <message>
        <source>unknown column {column} of {table}</source>
        <translation>colonne inconnue {column} de {table}</translation>
    </message>
    <message>
        <source>unknown columns for {table}: {columns}</source>
        <translation>colonnes inconnues pour {table}&#xa0;: {columns}</translation>
    </message>
    <message>
        <source>unknown origin &apos;{origin}&apos; (origins: {origins})</source>
        <translation>origine inconnue «&#xa0;{origin}&#xa0;» (origines&#xa0;: {origins})</translation>
    </message>
    <message>
        <source>unknown origin: {unknown} (origins: {origins})</source>
        <translation>origine inconnue&#xa0;: {unknown} (origines&#xa0;: {origins})</translation>
    </message>
    <message>
        <source>unknown section(s) {unknown}: use {sections} (comma-separated)</source>
        <translation>section(s) inconnue(s) {unknown}&#xa0;: utilisez {sections} (séparées par des virgules)</translation>
    </message>
    <message>
        <source>unknown sheet(s) {unknown}: use {sheets}</source>
        <translation>feuille(s) inconnue(s) {unknown}&#xa0;: utilisez {sheets}</translation>
    </message>
    <message>
        <source>unknown source {source} (use {sources})</source>
        <translation>source inconnue {source} (utilisez {sources})</translation>
    </message>
    <message>
        <source>unknown table {table}</source>
        <translation>table inconnue {table}</translation>
    </message>
    <message>
        <source>unknown unit &apos;{unit}&apos;: use {units}</source>
        <translation>unité inconnue «&#xa0;{unit}&#xa0;»&#xa0;: utilisez {units}</translation>
    </message>
    <message>
        <source>unlink a quote from case &apos;{case}&apos; on &apos;{code}&apos;</source>
        <translation>délier une citation du cas « {case} » pour « {code} »</translation>
    </message>
    <message>
        <source>unlink codings</source>
        <translation>délier des codages</translation>
    </message>
    <message>
        <source>unlink the recording of &apos;{document}&apos;</source>
        <translation>délier l&apos;enregistrement de « {document} »</translation>
    </message>
    <message>
        <source>unlink {count} quotes from case &apos;{case}&apos; on &apos;{code}&apos;</source>
        <translation>délier {count} citations du cas « {case} » pour « {code} »</translation>
    </message>
    <message>
        <source>unlinked and deleted the recording {path}</source>
        <translation>lien supprimé et enregistrement {path} supprimé</translation>
    </message>
    <message>
        <source>unpacks to more than</source>
        <translation>se décompresse en plus de</translation>
    </message>
    <message>
        <source>unpacks to more than the {most} allowed (a zip bomb?); refused</source>
        <translation>se décompresse en plus que les {most} autorisés (une bombe zip&#xa0;?)&#xa0;; refusé</translation>
    </message>
    <message>
        <source>unpacks to more than {limit:,} bytes</source>
        <translation>se décompresse en plus de {limit:,} octets</translation>
    </message>
    <message>
        <source>unsupported file type &apos;{suffix}&apos; (qcode reads {known})</source>
        <translation>type de fichier non pris en charge &apos;{suffix}&apos; (qcode lit {known})</translation>
    </message>
    <message>
        <source>unsupported file type (no extension) (qcode reads {known})</source>
        <translation>type de fichier non pris en charge (sans extension) (qcode lit {known})</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>variable</translation>
    </message>
    <message>
        <source>variable &apos;{name}&apos; ({type}) is kept as text</source>
        <translation>la variable &apos;{name}&apos; ({type}) est gardée en texte</translation>
    </message>
    <message>
        <source>variable &apos;{name}&apos; has no name or GUID</source>
        <translation>la variable &apos;{name}&apos; n&apos;a pas de nom ou de GUID</translation>
    </message>
    <message>
        <source>variable &apos;{old}&apos; is now named &apos;{new}&apos;</source>
        <translation>la variable &apos;{old}&apos; s&apos;appelle maintenant &apos;{new}&apos;</translation>
    </message>
    <message>
        <source>version {version} cannot be rebuilt as recorded</source>
        <translation>la version {version} ne peut pas être reconstruite telle qu&apos;enregistrée</translation>
    </message>
    <message>
        <source>version {version} of &apos;{document}&apos; can no longer be shown: version {version2} (a redaction or withdrawal) erased the versions before it</source>
        <translation>la version {version} de « {document} » ne peut plus être affichée : la version {version2} (un caviardage ou un retrait) a effacé les versions précédentes</translation>
    </message>
    <message>
        <source>version {version} of &apos;{document}&apos; does not match its recorded hash; run &apos;qcode verify&apos;</source>
        <translation>la version {version} de « {document} » ne correspond pas à son empreinte enregistrée ; lancez &apos;qcode verify&apos;</translation>
    </message>
    <message>
        <source>video</source>
        <translation>vidéo</translation>
    </message>
    <message>
        <source>warning: the recording {path} still holds their voice; qcode unlinked it and never deletes it unasked: {what}</source>
        <translation>avertissement : l&apos;enregistrement {path} contient encore sa voix ; qcode en a supprimé le lien et ne le supprime jamais sans qu&apos;on le lui demande : {what}</translation>
    </message>
    <message>
        <source>warning: unlinked the recording {path}: their consent does not allow keeping it; the file is still on disk: {what}</source>
        <translation>avertissement : lien de l&apos;enregistrement {path} supprimé : son consentement ne permet pas de le conserver ; le fichier est toujours sur le disque : {what}</translation>
    </message>
    <message>
        <source>warning: {problem}</source>
        <translation>avertissement&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>what the codebook says of &apos;{code}&apos;</source>
        <translation>ce que le livre de codes dit de &apos;{code}&apos;</translation>
    </message>
    <message>
        <source>whether it can be applied</source>
        <translation>s&apos;il peut être appliqué</translation>
    </message>
    <message>
        <source>which {target} is the memo on?</source>
        <translation>sur quel élément ({target}) porte le mémo ?</translation>
    </message>
    <message>
        <source>who made {links} without a memo, and when (a link&apos;s memo carries them)</source>
        <translation>qui a créé {links} sans mémo, et quand (le mémo d&apos;un lien les porte)</translation>
    </message>
    <message>
        <source>whole-number</source>
        <translation>nombre entier</translation>
    </message>
    <message>
        <source>with its keywords</source>
        <translation>avec ses mots-clés</translation>
    </message>
    <message>
        <source>withdraw a participant</source>
        <translation>retirer un participant</translation>
    </message>
    <message>
        <source>withdrew participant {participant} and deleted their data: {counts}</source>
        <translation>retrait du participant {participant} et suppression de ses données : {counts}</translation>
    </message>
    <message>
        <source>work by user {guid}, who is not among the file&apos;s users, is attributed to a new coder &apos;user {short}&apos;</source>
        <translation>le travail de l&apos;utilisateur {guid}, absent des utilisateurs du fichier, est attribué à un nouveau codeur &apos;user {short}&apos;</translation>
    </message>
    <message>
        <source>would unpack to {size}, more than the {most} allowed; refused</source>
        <translation>se décompresserait en {size}, plus que les {most} autorisés&#xa0;; refusé</translation>
    </message>
    <message>
        <source>wrote out the original of &apos;{document}&apos; (sha256 {digest}…)</source>
        <translation>fichier d&apos;origine de « {document} » écrit (sha256 {digest}…)</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>oui/non</translation>
    </message>
    <message>
        <source>yes: every identifier in the project&apos;s pseudonym table is replaced by its pseudonym, and the written file was checked for identifiers</source>
        <translation>oui&#xa0;: chaque identifiant de la table des pseudonymes du projet est remplacé par son pseudonyme, et le fichier écrit a été vérifié</translation>
    </message>
    <message>
        <source>{archive} no longer holds the recording {file} that the import wrote out</source>
        <translation>{archive} ne contient plus l&apos;enregistrement {file} que l&apos;importation a extrait</translation>
    </message>
    <message>
        <source>{article} {what}</source>
        <translation>{article} {what}</translation>
    </message>
    <message>
        <source>{cells} (summaries and their quotes)</source>
        <translation>{cells} (résumés et leurs citations)</translation>
    </message>
    <message>
        <source>{code}: the quotes</source>
        <translation>{code}&#xa0;: les citations</translation>
    </message>
    <message>
        <source>{column} has no name in the header row (row {row})</source>
        <translation>{column} n&apos;a pas de nom dans la ligne d&apos;en-tête (ligne {row})</translation>
    </message>
    <message>
        <source>{column}&apos;s name holds an invalid character</source>
        <translation>le nom de {column} contient un caractère non valide</translation>
    </message>
    <message>
        <source>{count:,} answer repeats a text already in the project or the sheet (imported all the same)</source>
        <translation>{count:,} réponse répète un texte déjà dans le projet ou la feuille (importée quand même)</translation>
    </message>
    <message>
        <source>{count:,} answers repeat a text already in the project or the sheet (imported all the same)</source>
        <translation>{count:,} réponses répètent un texte déjà dans le projet ou la feuille (importées quand même)</translation>
    </message>
    <message>
        <source>{count} folds of whole documents</source>
        <translation>{count} parts de documents entiers</translation>
    </message>
    <message>
        <source>{count} runs of passages in reading order</source>
        <translation>{count} séries de passages dans l&apos;ordre de lecture</translation>
    </message>
    <message>
        <source>{file}: the file&apos;s path is not valid UTF-8 text, so it cannot be linked; rename it (or its folder) and link it again</source>
        <translation>{file} : le chemin du fichier n&apos;est pas du texte UTF-8 valide, il ne peut donc pas être lié ; renommez-le (ou son dossier) et liez-le à nouveau</translation>
    </message>
    <message>
        <source>{file}: the project file is damaged: a text stored in it is not valid UTF-8 (another program wrote it, or the disk failed)</source>
        <translation>{file} : le fichier du projet est endommagé : un texte qui y est enregistré n&apos;est pas de l&apos;UTF-8 valide (un autre programme l&apos;a écrit, ou le disque a failli)</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation>{first} ; {second}</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{passages} · {documents} · {coders}</source>
        <translation>{passages} · {documents} · {coders}</translation>
    </message>
    <message>
        <source>{path} is now another file; move it away to write the recording there again</source>
        <translation>{path} est maintenant un autre fichier ; déplacez-le pour y écrire à nouveau l&apos;enregistrement</translation>
    </message>
    <message>
        <source>{path}: qcode&apos;s own copy (written out of a .qdpx); qcode deletes it</source>
        <translation>{path} : copie propre à qcode (extraite d&apos;un .qdpx) ; qcode la supprime</translation>
    </message>
    <message>
        <source>{path}: their own file, not a copy qcode wrote (or changed since); unlinked; qcode does not delete it unasked: delete it yourself</source>
        <translation>{path} : son propre fichier, pas une copie écrite par qcode (ou modifié depuis) ; lien supprimé ; qcode ne le supprime pas sans qu&apos;on le lui demande : supprimez-le vous-même</translation>
    </message>
    <message>
        <source>{path}: their own interview; qcode deletes it</source>
        <translation>{path} : son propre entretien ; qcode le supprime</translation>
    </message>
    <message>
        <source>{path}: unlinked; others speak in it too: cut their turns out of it or delete it yourself</source>
        <translation>{path} : lien supprimé ; d&apos;autres y parlent aussi : coupez-en ses tours de parole ou supprimez-le vous-même</translation>
    </message>
    <message>
        <source>{path}: unlinked; qcode does not delete it unasked: delete it yourself</source>
        <translation>{path} : lien supprimé ; qcode ne le supprime pas sans qu&apos;on le lui demande : supprimez-le vous-même</translation>
    </message>
    <message>
        <source>{path}: unlinked; their consent record says the recording may be kept (keep recording: yes): delete it yourself if their withdrawal covers it</source>
        <translation>{path} : lien supprimé ; son consentement enregistré dit que l&apos;enregistrement peut être conservé (conserver l&apos;enregistrement : oui) : supprimez-le vous-même si son retrait le couvre</translation>
    </message>
    <message>
        <source>{progress}, about {duration} left</source>
        <translation>{progress}, encore {duration} environ</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{types} no link uses</source>
        <translation>{types} qu&apos;aucun lien n&apos;utilise</translation>
    </message>
    <message numerus="yes">
        <source>similar to {count} segment{s} coded &apos;{code}&apos;</source>
        <translation>
            <numerusform>similaire à {count} segment codé &apos;{code}&apos;</numerusform>
            <numerusform>similaire à {count} segments codés &apos;{code}&apos;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the keywords of {count:,} codes</source>
        <translation>
            <numerusform>les mots-clés de {count:,} code</numerusform>
            <numerusform>les mots-clés de {count:,} codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the speaker turns of {count:,} documents (their labels stay in the text)</source>
        <translation>
            <numerusform>les tours de parole de {count:,} document (leurs étiquettes restent dans le texte)</numerusform>
            <numerusform>les tours de parole de {count:,} documents (leurs étiquettes restent dans le texte)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} assignment{s}</source>
        <translation>
            <numerusform>{count:,} attribution</numerusform>
            <numerusform>{count:,} attributions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} associative or two-way link{s} now go from their origin to their target</source>
        <translation>
            <numerusform>{count:,} lien associatif ou bidirectionnel va maintenant de son origine à sa cible</numerusform>
            <numerusform>{count:,} liens associatifs ou bidirectionnels vont maintenant de leur origine à leur cible</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} attribute values REFI-QDA cannot hold</source>
        <translation>
            <numerusform>{count:,} valeur d&apos;attribut que REFI-QDA ne peut contenir</numerusform>
            <numerusform>{count:,} valeurs d&apos;attribut que REFI-QDA ne peut contenir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} attribute value{s} of variables the file does not define not imported</source>
        <translation>
            <numerusform>{count:,} valeur d&apos;attribut de variables que le fichier ne définit pas non importée</numerusform>
            <numerusform>{count:,} valeurs d&apos;attribut de variables que le fichier ne définit pas non importées</numerusform>
        </translation>
    </message>
    <message>
        <source>{count:,} bytes</source>
        <translation>{count:,} octets</translation>
    </message>
    <message numerus="yes">
        <source>{count:,} bytes that are not valid UTF-8 replaced by � on line{s} {lines}</source>
        <translation>
            <numerusform>{count:,} octets non valides en UTF-8 remplacés par � à la ligne {lines}</numerusform>
            <numerusform>{count:,} octets non valides en UTF-8 remplacés par � aux lignes {lines}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} byte{s} not valid in its code page ({encoding}) replaced by �</source>
        <translation>
            <numerusform>{count:,} octet non valide dans sa page de code ({encoding}) remplacé par �</numerusform>
            <numerusform>{count:,} octets non valides dans sa page de code ({encoding}) remplacés par �</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} case{s}</source>
        <translation>
            <numerusform>{count:,} cas</numerusform>
            <numerusform>{count:,} cas</numerusform>
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
            <numerusform>{count:,} code déjà dans le projet (même GUID ou chemin) gardé tel quel ; les codages du fichier avec ce code y sont</numerusform>
            <numerusform>{count:,} codes déjà dans le projet (même GUID ou chemin) gardés tels quels ; les codages du fichier avec ces codes y sont</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} coding{s}</source>
        <translation>
            <numerusform>{count:,} codage</numerusform>
            <numerusform>{count:,} codages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} coding{s} of codes missing from the codebook not imported</source>
        <translation>
            <numerusform>{count:,} codage de codes absents du livre de codes non importé</numerusform>
            <numerusform>{count:,} codages de codes absents du livre de codes non importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} coding{s} repeating another (same code, passage and coder) not imported again</source>
        <translation>
            <numerusform>{count:,} codage répétant un autre (même code, passage et codeur) non réimporté</numerusform>
            <numerusform>{count:,} codages répétant un autre (même code, passage et codeur) non réimportés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} coding{s} without an author: attributed to a coder &apos;{tool} user&apos;</source>
        <translation>
            <numerusform>{count:,} codage sans auteur : attribué à un codeur &apos;{tool} user&apos;</numerusform>
            <numerusform>{count:,} codages sans auteur : attribués à un codeur &apos;{tool} user&apos;</numerusform>
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
            <numerusform>{count:,} réponse vide ignorée</numerusform>
            <numerusform>{count:,} réponses vides ignorées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} framework matrix cell{s}</source>
        <translation>
            <numerusform>{count:,} cellule de matrice</numerusform>
            <numerusform>{count:,} cellules de matrice</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} link type{s}</source>
        <translation>
            <numerusform>{count:,} type de lien</numerusform>
            <numerusform>{count:,} types de lien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} link{s}</source>
        <translation>
            <numerusform>{count:,} lien</numerusform>
            <numerusform>{count:,} liens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} link{s} repeating another (same type, origin and target) not imported again</source>
        <translation>
            <numerusform>{count:,} lien répétant un autre (même type, origine et cible) non réimporté</numerusform>
            <numerusform>{count:,} liens répétant un autre (même type, origine et cible) non réimportés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} link{s} to passages with several codings link their first codings</source>
        <translation>
            <numerusform>{count:,} lien vers des passages à plusieurs codages relie leurs premiers codages</numerusform>
            <numerusform>{count:,} liens vers des passages à plusieurs codages relient leurs premiers codages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} link{s} without a name are of type &apos;{type}&apos;</source>
        <translation>
            <numerusform>{count:,} lien sans nom est du type &apos;{type}&apos;</numerusform>
            <numerusform>{count:,} liens sans nom sont du type &apos;{type}&apos;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} memo{s}</source>
        <translation>
            <numerusform>{count:,} mémo</numerusform>
            <numerusform>{count:,} mémos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} node{s}</source>
        <translation>
            <numerusform>{count:,} nœud</numerusform>
            <numerusform>{count:,} nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>{count:,} of the chosen answers no longer exist; nothing coded</source>
        <translation>{count:,} des réponses choisies n&apos;existent plus ; rien n&apos;a été codé</translation>
    </message>
    <message numerus="yes">
        <source>{count:,} original file{s}</source>
        <translation>
            <numerusform>{count:,} fichier d&apos;origine</numerusform>
            <numerusform>{count:,} fichiers d&apos;origine</numerusform>
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
            <numerusform>{count:,} lien d&apos;enregistrement</numerusform>
            <numerusform>{count:,} liens d&apos;enregistrement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} recordings (a voice identifies: a pseudonymised copy leaves them out)</source>
        <translation>
            <numerusform>{count:,} enregistrement (une voix identifie : une copie pseudonymisée l&apos;écarte)</numerusform>
            <numerusform>{count:,} enregistrements (une voix identifie : une copie pseudonymisée les écarte)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} recording{s} inside the file</source>
        <translation>
            <numerusform>{count:,} enregistrement dans le fichier</numerusform>
            <numerusform>{count:,} enregistrements dans le fichier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} recording{s} referenced by their path, not inside the file</source>
        <translation>
            <numerusform>{count:,} enregistrement référencé par son chemin, pas dans le fichier</numerusform>
            <numerusform>{count:,} enregistrements référencés par leur chemin, pas dans le fichier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} rejected suggestions</source>
        <translation>
            <numerusform>{count:,} suggestion rejetée</numerusform>
            <numerusform>{count:,} suggestions rejetées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} saved queries</source>
        <translation>
            <numerusform>{count:,} requête enregistrée</numerusform>
            <numerusform>{count:,} requêtes enregistrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} saved query</source>
        <translation>
            <numerusform>{count:,} requête enregistrée</numerusform>
            <numerusform>{count:,} requêtes enregistrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} selection{s}</source>
        <translation>
            <numerusform>{count:,} sélection</numerusform>
            <numerusform>{count:,} sélections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} set{s} without imported members: {sets}</source>
        <translation>
            <numerusform>{count:,} ensemble sans membres importés : {sets}</numerusform>
            <numerusform>{count:,} ensembles sans membres importés : {sets}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} shared document{s}</source>
        <translation>
            <numerusform>{count:,} document partagé</numerusform>
            <numerusform>{count:,} documents partagés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} source grade{s}</source>
        <translation>
            <numerusform>{count:,} note de source</numerusform>
            <numerusform>{count:,} notes de source</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} source{s}</source>
        <translation>
            <numerusform>{count:,} source</numerusform>
            <numerusform>{count:,} sources</numerusform>
        </translation>
    </message>
    <message>
        <source>{count:,} text file the project refers to is missing from the archive</source>
        <translation>{count:,} fichier texte cité par le projet manque dans l&apos;archive</translation>
    </message>
    <message>
        <source>{count:,} text files the project refers to are missing from the archive</source>
        <translation>{count:,} fichiers texte cités par le projet manquent dans l&apos;archive</translation>
    </message>
    <message numerus="yes">
        <source>{count:,} text version{s}</source>
        <translation>
            <numerusform>{count:,} version du texte</numerusform>
            <numerusform>{count:,} versions du texte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} turn{s}</source>
        <translation>
            <numerusform>{count:,} tour</numerusform>
            <numerusform>{count:,} tours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} {thing}{s}</source>
        <translation>
            <numerusform>{count:,} {thing}</numerusform>
            <numerusform>{count:,} {thing}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} coder{s}</source>
        <translation>
            <numerusform>{count} codeur</numerusform>
            <numerusform>{count} codeurs</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} codes in this report, of {total}</source>
        <translation>{count} codes dans ce rapport, sur {total}</translation>
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
    <message>
        <source>{count} members</source>
        <translation>{count} membres</translation>
    </message>
    <message>
        <source>{count} of its {total} passages are not quoted: their speakers did not consent to being quoted (they are counted above).</source>
        <translation>{count} de ses {total} passages ne sont pas cités&#xa0;: leurs locuteurs n&apos;ont pas consenti à être cités (ils sont comptés ci-dessus).</translation>
    </message>
    <message>
        <source>{count} of the project&apos;s {total}</source>
        <translation>{count} sur les {total} du projet</translation>
    </message>
    <message numerus="yes">
        <source>{count:,} speaker{s}</source>
        <translation>
            <numerusform>{count:,} locuteur</numerusform>
            <numerusform>{count:,} locuteurs</numerusform>
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
            <numerusform>{count} passage omis : {reason}</numerusform>
            <numerusform>{count} passages omis : {reason}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} problem{s}</source>
        <translation>
            <numerusform>{count} problème</numerusform>
            <numerusform>{count} problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>{detail}; {count} coding(s) on text that is not here ({spans} in {other}) were kept on &apos;{copy}&apos;</source>
        <translation>{detail} ; {count} codage(s) sur du texte absent d&apos;ici ({spans} dans {other}) ont été gardés sur &apos;{copy}&apos;</translation>
    </message>
    <message>
        <source>{documents}, {turns} in {shared}, {codings}, {memos}, {originals}, {versions}, {cases}, {recordings}</source>
        <translation>{documents}, {turns} dans {shared}, {codings}, {memos}, {originals}, {versions}, {cases}, {recordings}</translation>
    </message>
    <message>
        <source>{entry} was not added: {problem}</source>
        <translation>{entry} n&apos;a pas été ajouté : {problem}</translation>
    </message>
    <message>
        <source>{examples}, and {more} more</source>
        <translation>{examples} et {more} autres</translation>
    </message>
    <message>
        <source>{file} already exists in {folder}; nothing was written</source>
        <translation>{file} existe déjà dans {folder} ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>{file} already exists; choose another name</source>
        <translation>{file} existe déjà&#xa0;; choisissez un autre nom</translation>
    </message>
    <message>
        <source>{file} already exists; nothing was written</source>
        <translation>{file} existe déjà ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>{file} and {other_file} hold the same text; nothing was imported</source>
        <translation>{file} et {other_file} contiennent le même texte ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>{file} is a bare project file without its source files: texts it keeps in separate files cannot be imported</source>
        <translation>{file} est un fichier projet seul, sans ses fichiers sources : les textes qu&apos;il garde dans des fichiers à part ne peuvent pas être importés</translation>
    </message>
    <message>
        <source>{file} is already encrypted; nothing was changed</source>
        <translation>{file} est déjà chiffré ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>{file} is already the recording of &apos;{document}&apos;</source>
        <translation>{file} est déjà l&apos;enregistrement de « {document} »</translation>
    </message>
    <message>
        <source>{file} is encrypted: a passphrase is needed</source>
        <translation>{file} est chiffré&#xa0;: une phrase secrète est nécessaire</translation>
    </message>
    <message>
        <source>{file} is not a qcode project</source>
        <translation>{file} n&apos;est pas un projet qcode</translation>
    </message>
    <message>
        <source>{file} is not encrypted; nothing was changed</source>
        <translation>{file} n&apos;est pas chiffré ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>{file} is open for editing in another qcode window or command (waited {seconds:g} s); close it there first (it can still be read meanwhile)</source>
        <translation>{file} est ouvert en modification dans une autre fenêtre ou commande qcode (après {seconds:g} s d&apos;attente)&#xa0;; fermez-le d&apos;abord là-bas (il reste lisible en attendant)</translation>
    </message>
    <message>
        <source>{file} is open for editing in another qcode window or command; close it there first (it can still be read meanwhile)</source>
        <translation>{file} est ouvert en modification dans une autre fenêtre ou commande qcode&#xa0;; fermez-le d&apos;abord là-bas (il reste lisible en attendant)</translation>
    </message>
    <message>
        <source>{file} is open read-only; nothing was changed</source>
        <translation>{file} est ouvert en lecture seule&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>{file} is open read-only; nothing was merged</source>
        <translation>{file} est ouvert en lecture seule ; rien n&apos;a été fusionné</translation>
    </message>
    <message>
        <source>{file} is the project itself; choose another file</source>
        <translation>{file} est le projet lui-même ; choisissez un autre fichier</translation>
    </message>
    <message>
        <source>{file} needs upgrading to the current project format; open it once for editing</source>
        <translation>{file} doit être mis à niveau vers le format de projet actuel&#xa0;; ouvrez-le une fois en modification</translation>
    </message>
    <message>
        <source>{file} was made by a newer qcode (project format {version}); please upgrade qcode</source>
        <translation>{file} a été créé par un qcode plus récent (format de projet {version})&#xa0;; mettez qcode à jour</translation>
    </message>
    <message>
        <source>{file} was made by a newer qcode (project format {version}, this qcode reads up to {supported}); please upgrade qcode</source>
        <translation>{file} a été créé par un qcode plus récent (format de projet {version}, ce qcode lit jusqu&apos;au {supported})&#xa0;; mettez qcode à jour</translation>
    </message>
    <message>
        <source>{file} was moved, replaced or deleted while open; nothing was changed (save a copy of the project to keep working)</source>
        <translation>{file} a été déplacé, remplacé ou supprimé pendant qu&apos;il était ouvert&#xa0;; rien n&apos;a été modifié (enregistrez une copie du projet pour continuer à travailler)</translation>
    </message>
    <message>
        <source>{file}: a REFI-QDA project file&apos;s name must end in .qdpx</source>
        <translation>{file}&#xa0;: le nom d&apos;un fichier de projet REFI-QDA doit se terminer par .qdpx</translation>
    </message>
    <message>
        <source>{file}: a document changed since the agreement was computed; compute it again, then export</source>
        <translation>{file}&#xa0;: un document a changé depuis le calcul de l&apos;accord&#xa0;; recalculez-le, puis exportez</translation>
    </message>
    <message>
        <source>{file}: a document&apos;s text is written to NAME.txt or a folder</source>
        <translation>{file}&#xa0;: le texte d&apos;un document s&apos;écrit dans NOM.txt ou dans un dossier</translation>
    </message>
    <message>
        <source>{file}: a project file name must end in .qcode</source>
        <translation>{file} : le nom d&apos;un fichier de projet doit se terminer par .qcode</translation>
    </message>
    <message>
        <source>{file}: a report is written as .docx (Word) or .pdf (got &apos;{suffix}&apos;)</source>
        <translation>{file}&#xa0;: un rapport s&apos;écrit en .docx (Word) ou .pdf (reçu&#xa0;: «&#xa0;{suffix}&#xa0;»)</translation>
    </message>
    <message>
        <source>{file}: an Excel workbook&apos;s name must end in .xlsx</source>
        <translation>{file}&#xa0;: le nom d&apos;un classeur Excel doit se terminer par .xlsx</translation>
    </message>
    <message>
        <source>{file}: cannot be checked for identifiers ({problem})</source>
        <translation>{file}&#xa0;: impossible d&apos;y rechercher les identifiants ({problem})</translation>
    </message>
    <message>
        <source>{file}: cannot be written ({problem})</source>
        <translation>{file}&#xa0;: impossible d&apos;écrire ({problem})</translation>
    </message>
    <message>
        <source>{file}: cannot open the project ({error})</source>
        <translation>{file}&#xa0;: impossible d&apos;ouvrir le projet ({error})</translation>
    </message>
    <message>
        <source>{file}: could not make the redaction permanent ({error}); it can still be undone, and will be made permanent when the project is next opened or closed</source>
        <translation>{file} : impossible de rendre le caviardage définitif ({error}) ; il peut encore être annulé, et sera rendu définitif à la prochaine ouverture ou fermeture du projet</translation>
    </message>
    <message>
        <source>{file}: could not rebuild the file after a withdrawal ({error}); it will be tried again when the project is next opened or closed</source>
        <translation>{file} : impossible de reconstruire le fichier après un retrait ({error}) ; ce sera retenté à la prochaine ouverture ou fermeture du projet</translation>
    </message>
    <message>
        <source>{file}: could not write the new copy ({error}); nothing was changed</source>
        <translation>{file} : impossible d&apos;écrire la nouvelle copie ({error}) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>{file}: folder {folder} does not exist</source>
        <translation>{file}&#xa0;: le dossier {folder} n&apos;existe pas</translation>
    </message>
    <message>
        <source>{file}: folder {parent} does not exist</source>
        <translation>{file} : le dossier {parent} n&apos;existe pas</translation>
    </message>
    <message>
        <source>{file}: is a folder</source>
        <translation>{file}&#xa0;: est un dossier</translation>
    </message>
    <message>
        <source>{file}: its codes are nested {levels:,} levels deep; {rule}, and flattening them would change the codebook; nothing was imported</source>
        <translation>{file} : ses codes sont imbriqués sur {levels:,} niveaux ; {rule}, et les aplatir changerait le livre de codes ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>{file}: name one document with --documents DOC (or give an existing folder to write each document there)</source>
        <translation>{file}&#xa0;: nommez un document avec --documents DOC (ou donnez un dossier existant pour y écrire chaque document)</translation>
    </message>
    <message>
        <source>{file}: no font here can show {character}: install {what}, or write the report as .docx</source>
        <translation>{file}&#xa0;: aucune police ici ne peut afficher {character}&#xa0;: installez {what}, ou écrivez le rapport en .docx</translation>
    </message>
    <message>
        <source>{file}: no font to write a PDF with: install the Python package {package} (it comes with qcode), or write the report as .docx</source>
        <translation>{file}&#xa0;: aucune police pour écrire un PDF&#xa0;: installez le paquet Python {package} (fourni avec qcode), ou écrivez le rapport en .docx</translation>
    </message>
    <message>
        <source>{file}: no such file ({other})</source>
        <translation>{file} : fichier introuvable ({other})</translation>
    </message>
    <message>
        <source>{file}: not a project file (it is a folder)</source>
        <translation>{file} : ce n&apos;est pas un fichier de projet (c&apos;est un dossier)</translation>
    </message>
    <message>
        <source>{file}: pseudonymised export refused: &apos;{identifier}&apos; would leak in {where}</source>
        <translation>{file}&#xa0;: export pseudonymisé refusé&#xa0;: «&#xa0;{identifier}&#xa0;» apparaîtrait dans {where}</translation>
    </message>
    <message>
        <source>{file}: row {row}: </source>
        <translation>{file} : ligne {row} : </translation>
    </message>
    <message>
        <source>{file}: the document has no text</source>
        <translation>{file} : le document n&apos;a pas de texte</translation>
    </message>
    <message>
        <source>{file}: the new copy did not come out identical; nothing was changed</source>
        <translation>{file}&#xa0;: la nouvelle copie n&apos;est pas identique&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>{file}: the project file is damaged ({table} refer to {missing} that are not there); nothing was merged</source>
        <translation>{file} : le fichier de projet est endommagé ({table} renvoient à des {missing} absents) ; rien n&apos;a été fusionné</translation>
    </message>
    <message>
        <source>{file}: the project has no documents to export</source>
        <translation>{file}&#xa0;: le projet n&apos;a aucun document à exporter</translation>
    </message>
    <message>
        <source>{file}: the same text is already in the project as &apos;{existing}&apos;; nothing was imported</source>
        <translation>{file} : le même texte est déjà dans le projet sous le nom « {existing} » ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>{file}: this is the project itself; choose another project to merge into it</source>
        <translation>{file} : c&apos;est le projet lui-même ; choisissez un autre projet à fusionner dedans</translation>
    </message>
    <message>
        <source>{file}: wrong passphrase (or the file is damaged)</source>
        <translation>{file}&#xa0;: phrase secrète incorrecte (ou fichier endommagé)</translation>
    </message>
    <message>
        <source>{file}: {consent}; no document may be written (--ignore-consent for the project&apos;s own backups)</source>
        <translation>{file}&#xa0;: {consent}&#xa0;; aucun document ne peut être écrit (--ignore-consent pour les sauvegardes propres du projet)</translation>
    </message>
    <message>
        <source>{file}: {consent}; nothing was written (--ignore-consent for the project&apos;s own backups)</source>
        <translation>{file}&#xa0;: {consent}&#xa0;; rien n&apos;a été écrit (--ignore-consent pour les sauvegardes propres du projet)</translation>
    </message>
    <message>
        <source>{file}: {error}; nothing was imported</source>
        <translation>{file} : {error} ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{first} and {second} are both named &apos;{name}&apos; in the header row (row {row})</source>
        <translation>{first} et {second} s&apos;appellent toutes deux &apos;{name}&apos; dans la ligne d&apos;en-tête (ligne {row})</translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}&#xa0;; {rest}</translation>
    </message>
    <message>
        <source>{flag} needs one of: {origins}</source>
        <translation>{flag} demande l&apos;un de&#xa0;: {origins}</translation>
    </message>
    <message>
        <source>{label}: </source>
        <translation>{label} : </translation>
    </message>
    <message>
        <source>{label}: &apos;{key}&apos;</source>
        <translation>{label} : « {key} »</translation>
    </message>
    <message>
        <source>{label}: &apos;{key}&apos; is given twice</source>
        <translation>{label} : « {key} » est donné deux fois</translation>
    </message>
    <message>
        <source>{label}: &apos;{key}&apos; is missing</source>
        <translation>{label} : « {key} » manque</translation>
    </message>
    <message>
        <source>{label}: &apos;{key}&apos; is not a usable number ({literal})</source>
        <translation>{label} : « {key} » n&apos;est pas un nombre utilisable ({literal})</translation>
    </message>
    <message>
        <source>{label}: &apos;{key}&apos; must be a whole number</source>
        <translation>{label} : « {key} » doit être un nombre entier</translation>
    </message>
    <message>
        <source>{label}: &apos;{key}&apos; must be text</source>
        <translation>{label} : « {key} » doit être du texte</translation>
    </message>
    <message>
        <source>{label}: the code no longer exists</source>
        <translation>{label} : le code n&apos;existe plus</translation>
    </message>
    <message>
        <source>{label}: {problem}</source>
        <translation>{label} : {problem}</translation>
    </message>
    <message>
        <source>{list} and {last}</source>
        <translation>{list} et {last}</translation>
    </message>
    <message>
        <source>{list}, {item}</source>
        <translation>{list}, {item}</translation>
    </message>
    <message>
        <source>{names} and {more} more</source>
        <translation>{names} et {more} autres</translation>
    </message>
    <message>
        <source>{name} (a grouping code: not applied to text)</source>
        <translation>{name} (un code de regroupement&#xa0;: non appliqué au texte)</translation>
    </message>
    <message>
        <source>{name}: a REFI-QDA project can only be imported into a project without documents or codings, and this one has {held}; create a new project for it</source>
        <translation>{name} : un projet REFI-QDA ne peut être importé que dans un projet sans documents ni codages, et celui-ci a {held} ; créez un nouveau projet pour lui</translation>
    </message>
    <message>
        <source>{note} (the figures of charts, agreement and corroboration still count those passages)</source>
        <translation>{note} (les chiffres des graphiques, de l&apos;accord et de la corroboration comptent toujours ces passages)</translation>
    </message>
    <message>
        <source>{numbers} and {more:,} more</source>
        <translation>{numbers} et {more:,} autres</translation>
    </message>
    <message>
        <source>{other} describes it otherwise; kept this project&apos;s description, theirs is in a memo on the case titled &apos;{title}&apos;</source>
        <translation>{other} le décrit autrement ; la description de ce projet est gardée, la leur est dans un mémo sur le cas intitulé &apos;{title}&apos;</translation>
    </message>
    <message>
        <source>{other} differs in {differences}; kept this project&apos;s</source>
        <translation>{other} diffère par {differences} ; celui de ce projet est gardé</translation>
    </message>
    <message>
        <source>{other} differs in {differences}; kept this project&apos;s; their description is in a memo on the code titled &apos;Description in {other}&apos;</source>
        <translation>{other} diffère par {differences} ; celui de ce projet est gardé ; leur description est dans un mémo sur le code intitulé &apos;Description in {other}&apos;</translation>
    </message>
    <message>
        <source>{other} has a document of this name with another text ({percent}% alike); it was added as &apos;{copy}&apos; with its codings</source>
        <translation>{other} a un document de ce nom avec un autre texte (semblable à {percent} %) ; il a été ajouté sous le nom &apos;{copy}&apos; avec ses codages</translation>
    </message>
    <message>
        <source>{other} has another memo on it; kept this project&apos;s, theirs is in a memo on the origin coding titled &apos;{title}&apos;</source>
        <translation>{other} a un autre mémo dessus ; celui de ce projet est gardé, le leur est dans un mémo sur le codage d&apos;origine intitulé &apos;{title}&apos;</translation>
    </message>
    <message>
        <source>{other} has two codes of this name here; both were merged into one</source>
        <translation>{other} a ici deux codes de ce nom ; les deux ont été fusionnés en un seul</translation>
    </message>
    <message>
        <source>{other} holds another text of this memo; both were kept, theirs titled &apos;{title}&apos;</source>
        <translation>{other} a un autre texte de ce mémo ; les deux sont gardés, le leur intitulé &apos;{title}&apos;</translation>
    </message>
    <message>
        <source>{other} links it to the recording {theirs} (SHA-256 {their_hash}…), this project to another file, {ours} ({our_hash}…); this project&apos;s recording was kept</source>
        <translation>{other} le lie à l&apos;enregistrement {theirs} (SHA-256 {their_hash}…), ce projet à un autre fichier, {ours} ({our_hash}…) ; l&apos;enregistrement de ce projet est gardé</translation>
    </message>
    <message>
        <source>{other} saved another query under this name; kept both, theirs as &apos;{name}&apos;</source>
        <translation>{other} a enregistré une autre requête sous ce nom ; les deux sont gardées, la leur sous le nom &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>{other} summarises it otherwise; kept this project&apos;s summary, theirs is in a memo on the case titled &apos;{title}&apos;</source>
        <translation>{other} le résume autrement ; le résumé de ce projet est gardé, le leur est dans un mémo sur le cas intitulé &apos;{title}&apos;</translation>
    </message>
    <message>
        <source>{other}: its code &apos;{path}&apos; would be at level {number} here; {rule}; nothing was merged</source>
        <translation>{other} : son code « {path} » serait ici au niveau {number} ; {rule} ; rien n&apos;a été fusionné</translation>
    </message>
    <message>
        <source>{owner} refers to &apos;{reference}&apos;, outside the archive; refused</source>
        <translation>{owner} renvoie à &apos;{reference}&apos;, hors de l&apos;archive&#xa0;; refusé</translation>
    </message>
    <message>
        <source>{owner}: a second value &apos;{value}&apos; of &apos;{variable}&apos; for one document was not imported (it keeps &apos;{kept}&apos;)</source>
        <translation>{owner} : une seconde valeur &apos;{value}&apos; de &apos;{variable}&apos; pour un document n&apos;a pas été importée (il garde &apos;{kept}&apos;)</translation>
    </message>
    <message>
        <source>{owner}: value &apos;{value}&apos; of &apos;{variable}&apos; is not {type}; not imported</source>
        <translation>{owner} : la valeur &apos;{value}&apos; de &apos;{variable}&apos; n&apos;est pas {type} ; non importée</translation>
    </message>
    <message>
        <source>{owner}: {problem}</source>
        <translation>{owner} : {problem}</translation>
    </message>
    <message>
        <source>{participant} did not consent to being quoted</source>
        <translation>{participant} n&apos;a pas consenti à être cité</translation>
    </message>
    <message>
        <source>{path}: another document still links it</source>
        <translation>{path}&#xa0;: un autre document le lie encore</translation>
    </message>
    <message>
        <source>{path}: it holds other people&apos;s voices too</source>
        <translation>{path}&#xa0;: il contient aussi la voix d&apos;autres personnes</translation>
    </message>
    <message>
        <source>{path}: its bytes are not those of the recording linked</source>
        <translation>{path}&#xa0;: ses octets ne sont pas ceux de l&apos;enregistrement lié</translation>
    </message>
    <message>
        <source>{path}: not found</source>
        <translation>{path}&#xa0;: introuvable</translation>
    </message>
    <message>
        <source>{path}: their consent record says the recording may be kept (keep recording: yes); delete it yourself if their withdrawal covers it</source>
        <translation>{path}&#xa0;: sa fiche de consentement permet de garder l&apos;enregistrement (garder l&apos;enregistrement&#xa0;: oui)&#xa0;; supprimez-le vous-même si son retrait le couvre</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{problem} (a codebook: import it as a .qdc file)</source>
        <translation>{problem} (un livre de codes&#xa0;: importez-le comme fichier .qdc)</translation>
    </message>
    <message>
        <source>{problem}; {hint}</source>
        <translation>{problem}&#xa0;; {hint}</translation>
    </message>
    <message>
        <source>{removed:,} → {added:,} characters at {start:,}</source>
        <translation>{removed:,} → {added:,} caractères à la position {start:,}</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <source>{sources} and {selections}</source>
        <translation>{sources} et {selections}</translation>
    </message>
    <message>
        <source>{source}: a document named &apos;{name}&apos; is already in the project (was this sheet imported before?); nothing was imported</source>
        <translation>{source} : un document nommé « {name} » est déjà dans le projet (cette feuille a-t-elle déjà été importée ?) ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>{source}: code &apos;{path}&apos; would be at level {level}; {rule}; nothing was imported</source>
        <translation>{source} : le code « {path} » serait au niveau {level} ; {rule} ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>{source}: coding {number}</source>
        <translation>{source} : codage {number}</translation>
    </message>
    <message>
        <source>{source}: coding {number}: not an object</source>
        <translation>{source} : codage {number} : ce n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>{source}: column &apos;{column}&apos;: {problem}</source>
        <translation>{source} : colonne « {column} » : {problem}</translation>
    </message>
    <message>
        <source>{source}: expected a JSON list of codings</source>
        <translation>{source} : une liste JSON de codages était attendue</translation>
    </message>
    <message>
        <source>{source}: its codes are nested {levels:,} levels deep; {rule}, and flattening them would change the codebook; nothing was imported</source>
        <translation>{source} : ses codes sont imbriqués sur {levels:,} niveaux ; {rule}, et les aplatir changerait le livre de codes ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>{source}: not valid JSON (line {lineno}: {msg})</source>
        <translation>{source} : JSON non valide (ligne {lineno} : {msg})</translation>
    </message>
    <message>
        <source>{source}: not valid JSON (nested too deeply)</source>
        <translation>{source} : JSON non valide (imbriqué trop profondément)</translation>
    </message>
    <message>
        <source>{source}: row {row}: respondent &apos;{respondent}&apos; makes the same case name as row {other_row}; nothing was imported</source>
        <translation>{source} : ligne {row} : le répondant « {respondent} » donne le même nom de cas que la ligne {other_row} ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>{source}: row {row}: there is already a case named &apos;{name}&apos; of type &apos;{type}&apos;, not a respondent; nothing was imported</source>
        <translation>{source} : ligne {row} : il existe déjà un cas nommé « {name} » de type « {type} », pas un répondant ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>{source}: row {row}: {attribute} is &apos;{value}&apos; but respondent &apos;{respondent}&apos; already has &apos;{held}&apos;; nothing was imported</source>
        <translation>{source} : ligne {row} : {attribute} vaut « {value} » mais le répondant « {respondent} » a déjà « {held} » ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>{source}: row {row}: {problem}</source>
        <translation>{source} : ligne {row} : {problem}</translation>
    </message>
    <message>
        <source>{spans} and {more} more</source>
        <translation>{spans} et {more} de plus</translation>
    </message>
    <message>
        <source>{things} with a GUID used twice in the file got a new one</source>
        <translation>{things} avec un GUID utilisé deux fois dans le fichier en ont reçu un nouveau</translation>
    </message>
    <message>
        <source>{time} UTC</source>
        <translation>{time} UTC</translation>
    </message>
    <message>
        <source>{time} by qcode {version}</source>
        <translation>{time} par qcode {version}</translation>
    </message>
    <message>
        <source>{variable} must be a number of seconds to wait for another writer (0 = do not wait), not {given}</source>
        <translation>{variable} doit être un nombre de secondes d&apos;attente d&apos;un autre rédacteur (0 = ne pas attendre), pas {given}</translation>
    </message>
    <message>
        <source>{variable} must be a whole number, like {default}; it is {shown}</source>
        <translation>{variable} doit être un nombre entier, comme {default}&#xa0;; il vaut {shown}</translation>
    </message>
    <message>
        <source>{variable} must be more than 0</source>
        <translation>{variable} doit être supérieur à 0</translation>
    </message>
    <message>
        <source>{what} contains an invalid character (a lone surrogate)</source>
        <translation>{what} contient un caractère non valide (un demi-caractère de substitution isolé)</translation>
    </message>
    <message>
        <source>{what} must be yes, no or unknown, not &apos;{value}&apos;</source>
        <translation>{what} doit être yes, no ou unknown, pas « {value} »</translation>
    </message>
    <message>
        <source>{what} name &apos;{old}&apos; is now &apos;{new}&apos;</source>
        <translation>le nom de {what} &apos;{old}&apos; est maintenant &apos;{new}&apos;</translation>
    </message>
    <message>
        <source>{what} name cannot contain control characters (U+{codepoint:04X} found in &apos;{value}&apos;)</source>
        <translation>le nom d&apos;{what} ne peut pas contenir de caractères de contrôle (U+{codepoint:04X} dans « {value} »)</translation>
    </message>
    <message>
        <source>{what} name cannot contain unpaired surrogates (U+{codepoint:04X} found in &apos;{value}&apos;)</source>
        <translation>le nom d&apos;{what} ne peut pas contenir de demi-caractères de substitution isolés (U+{codepoint:04X} dans « {value} »)</translation>
    </message>
    <message>
        <source>{what} needs a name</source>
        <translation>{what} doit avoir un nom</translation>
    </message>
    <message>
        <source>{what} needs a name (&apos;{value}&apos; is only spaces or invisible characters)</source>
        <translation>{what} doit avoir un nom (« {value} » n&apos;a que des espaces ou des caractères invisibles)</translation>
    </message>
    <message>
        <source>{what} under &apos;{parent}&apos; would reach level {level}; {rule}</source>
        <translation>{what} sous « {parent} » atteindrait le niveau {level} ; {rule}</translation>
    </message>
    <message>
        <source>{what} would reach level {level}; {rule}</source>
        <translation>{what} atteindrait le niveau {level} ; {rule}</translation>
    </message>
    <message>
        <source>{what} {size} (the limit for one import; set {variable} to allow more)</source>
        <translation>{what} {size} (la limite d&apos;une importation&#xa0;; définissez {variable} pour en permettre plus)</translation>
    </message>
    <message>
        <source>{what} {size} (the limit for one sheet; set {variable} to allow more)</source>
        <translation>{what} {size} (la limite d&apos;une feuille&#xa0;; définissez {variable} pour en permettre plus)</translation>
    </message>
    <message>
        <source>{where}&apos;{code}&apos; is a grouping code only</source>
        <translation>{where}« {code} » n&apos;est qu&apos;un code de regroupement</translation>
    </message>
    <message>
        <source>{where}span {start}–{end} is not inside the document (0–{length}, start before end)</source>
        <translation>{where}l&apos;intervalle {start}–{end} n&apos;est pas dans le document (0–{length}, début avant fin)</translation>
    </message>
    <message>
        <source>{where}start and end must be whole numbers</source>
        <translation>{where}le début et la fin doivent être des nombres entiers</translation>
    </message>
    <message>
        <source>{where}the coding&apos;s origin</source>
        <translation>{where}l&apos;origine du codage</translation>
    </message>
    <message>
        <source>{where}the coding&apos;s origin is not valid (it needs a source, and a confidence from 0 to 1 if any)</source>
        <translation>{where}l&apos;origine du codage n&apos;est pas valide (il faut une source, et une confiance de 0 à 1 s&apos;il y en a une)</translation>
    </message>
    <message>
        <source>{where}the document no longer exists</source>
        <translation>{where}le document n&apos;existe plus</translation>
    </message>
    <message>
        <source>{where}the text at {start}–{end} is {actual!r}, not {expected!r} (offsets must count code points)</source>
        <translation>{where}le texte en {start}–{end} est {actual!r}, pas {expected!r} (les positions doivent compter les points de code)</translation>
    </message>
    <message>
        <source>{where}{problem}</source>
        <translation>{where}{problem}</translation>
    </message>
    <message>
        <source>{where}{what}</source>
        <translation>{where}{what}</translation>
    </message>
    <message>
        <source>— {author}, {time} UTC</source>
        <translation>— {author}, {time} UTC</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <source>There is no way to open the project without it: if it is forgotten, the project is lost. Keep it somewhere safe, apart from the computer.</source>
        <translation>Il n&apos;existe aucun moyen d&apos;ouvrir le projet sans elle&#xa0;: si elle est oubliée, le projet est perdu. Conservez-la en lieu sûr, ailleurs que sur l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>{name} will be encrypted: from now on it opens only with the passphrase. {forgotten}

The old unencrypted contents may still be readable on this disk (SSDs move data around), and copies, backups and exports made earlier stay unencrypted: encryption protects best a project that was encrypted from the start.</source>
        <translation>{name} sera chiffré&#xa0;: désormais, il ne s&apos;ouvrira qu&apos;avec la phrase secrète. {forgotten}

L&apos;ancien contenu non chiffré peut encore être lisible sur ce disque (les SSD déplacent les données), et les copies, sauvegardes et exports faits auparavant restent non chiffrés&#xa0;: le chiffrement protège le mieux un projet chiffré dès le départ.</translation>
    </message>
    <message>
        <source>{name} will be decrypted: a plain file that anyone who has it can read, every transcript and name in it included. Encrypted backups beside it still need the passphrase.

Decrypt it?</source>
        <translation>{name} sera déchiffré&#xa0;: un fichier en clair que quiconque le possède peut lire, y compris chaque transcription et chaque nom qu&apos;il contient. Les sauvegardes chiffrées à côté de lui exigent toujours la phrase secrète.

Le déchiffrer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>privacy.passphrase_dialog</name>
    <message>
        <source>Encrypted project</source>
        <translation>Projet chiffré</translation>
    </message>
    <message>
        <source>{problem}{name} is encrypted. Its passphrase:</source>
        <translation>{problem}{name} est chiffré. Sa phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Wrong passphrase (or the file is damaged); try again.

</source>
        <translation>Phrase secrète incorrecte (ou fichier endommagé)&#xa0;; réessayez.

</translation>
    </message>
    <message>
        <source>New encrypted project</source>
        <translation>Nouveau projet chiffré</translation>
    </message>
    <message>
        <source>qcode projects (*.qcode)</source>
        <translation>Projets qcode (*.qcode)</translation>
    </message>
    <message>
        <source>{name} will be encrypted with this passphrase. {forgotten}</source>
        <translation>{name} sera chiffré avec cette phrase secrète. {forgotten}</translation>
    </message>
    <message>
        <source>{name} is already encrypted.</source>
        <translation>{name} est déjà chiffré.</translation>
    </message>
    <message>
        <source>{name} is open read-only (it is open for editing elsewhere); close it there first to encrypt it.</source>
        <translation>{name} est ouvert en lecture seule (il est ouvert en modification ailleurs)&#xa0;; fermez-le d&apos;abord là-bas pour le chiffrer.</translation>
    </message>
    <message>
        <source>Encrypt this project</source>
        <translation>Chiffrer ce projet</translation>
    </message>
    <message>
        <source>The project was not encrypted: {problem}</source>
        <translation>Le projet n&apos;a pas été chiffré&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Could not reopen the project: {problem}</source>
        <translation>Impossible de rouvrir le projet&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{name} is not encrypted.</source>
        <translation>{name} n&apos;est pas chiffré.</translation>
    </message>
    <message>
        <source>{name} is open read-only (it is open for editing elsewhere); close it there first to {doing}.</source>
        <translation>{name} est ouvert en lecture seule (il est ouvert en modification ailleurs)&#xa0;; fermez-le d&apos;abord là-bas pour {doing}.</translation>
    </message>
    <message>
        <source>To go on, type the current passphrase.

</source>
        <translation>Pour continuer, tapez la phrase secrète actuelle.

</translation>
    </message>
    <message>
        <source>That is not the current passphrase; nothing was done.</source>
        <translation>Ce n&apos;est pas la phrase secrète actuelle&#xa0;; rien n&apos;a été fait.</translation>
    </message>
    <message>
        <source>change its passphrase</source>
        <translation>changer sa phrase secrète</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>{name} will open only with this new passphrase. {forgotten} Backups and coders&apos; copies made earlier keep the old one.</source>
        <translation>{name} ne s&apos;ouvrira qu&apos;avec cette nouvelle phrase secrète. {forgotten} Les sauvegardes et les copies des codeurs faites auparavant gardent l&apos;ancienne.</translation>
    </message>
    <message>
        <source>The passphrase was not changed: {problem}</source>
        <translation>La phrase secrète n&apos;a pas été changée&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>decrypt it</source>
        <translation>le déchiffrer</translation>
    </message>
    <message>
        <source>Decrypt this project</source>
        <translation>Déchiffrer ce projet</translation>
    </message>
    <message>
        <source>The project was not decrypted: {problem}</source>
        <translation>Le projet n&apos;a pas été déchiffré&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>No cases yet: make them in the Cases panel (View ▸ Cases) and assign documents, speakers or codings to them.</source>
        <translation>Pas encore de cas&#xa0;: créez-les dans le panneau Cas (Affichage ▸ Cas) et affectez-leur des documents, des locuteurs ou des codages.</translation>
    </message>
    <message>
        <source>Code × case</source>
        <translation>Code × cas</translation>
    </message>
    <message>
        <source>&amp;Word (.docx)</source>
        <translation>&amp;Word (.docx)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>À propos de ce rapport</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Livre de codes</translation>
    </message>
    <message>
        <source>Quotes by code</source>
        <translation>Citations par code</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>Mémos</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Saved queries</source>
        <translation>Requêtes enregistrées</translation>
    </message>
    <message>
        <source>Framework matrix</source>
        <translation>Matrice de cadre</translation>
    </message>
    <message>
        <source>Corroboration</source>
        <translation>Corroboration</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Coded segments</source>
        <translation>Segments codés</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caractères</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Codeurs</translation>
    </message>
    <message>
        <source>&lt;b&gt;own&lt;/b&gt;: a code&apos;s own codings; &lt;b&gt;with sub-codes&lt;/b&gt;: also those of all its sub-codes. Characters (and their words) count once where codings overlap. Double-click a row to list its coded segments.</source>
        <translation>&lt;b&gt;propres&lt;/b&gt;&#xa0;: les codages propres d&apos;un code&#xa0;; &lt;b&gt;avec les sous-codes&lt;/b&gt;&#xa0;: aussi ceux de tous ses sous-codes. Les caractères (et leurs mots) comptent une seule fois là où des codages se chevauchent. Double-cliquez sur une ligne pour lister ses segments codés.</translation>
    </message>
    <message>
        <source>Double-click a cell (or press Return) to list the coded segments behind it.</source>
        <translation>Double-cliquez sur une cellule (ou appuyez sur Entrée) pour lister les segments codés qui la composent.</translation>
    </message>
    <message>
        <source>{metric}
(own)</source>
        <translation>{metric}
(propres)</translation>
    </message>
    <message>
        <source>{metric}
(with sub-codes)</source>
        <translation>{metric}
(avec les sous-codes)</translation>
    </message>
    <message>
        <source>Code frequencies</source>
        <translation>Fréquences des codes</translation>
    </message>
    <message>
        <source>Code × document</source>
        <translation>Code × document</translation>
    </message>
    <message>
        <source>Code × attribute</source>
        <translation>Code × attribut</translation>
    </message>
    <message>
        <source>Co-occurrence</source>
        <translation>Cooccurrence</translation>
    </message>
    <message>
        <source>Word frequencies</source>
        <translation>Fréquences des mots</translation>
    </message>
</context>
<context>
    <name>reports.report_dialog</name>
    <message>
        <source>Every participant in the consent register may be quoted.</source>
        <translation>Chaque participant du registre des consentements peut être cité.</translation>
    </message>
    <message>
        <source>Wrote {target}: {sections}, {quotes}.</source>
        <translation>{target} écrit&#xa0;: {sections}, {quotes}.</translation>
    </message>
    <message>
        <source> Consent register ignored: this is the project&apos;s own backup.</source>
        <translation> Registre des consentements ignoré&#xa0;: ceci est la sauvegarde propre au projet.</translation>
    </message>
    <message>
        <source> Consent: {lines}.</source>
        <translation> Consentement&#xa0;: {lines}.</translation>
    </message>
    <message>
        <source>Write report</source>
        <translation>Écrire le rapport</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <source>Report cancelled: no file was written.</source>
        <translation>Rapport annulé&#xa0;: aucun fichier n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>suggestions.trainer</name>
    <message>
        <source>signal {number}</source>
        <translation>signal {number}</translation>
    </message>
    <message>
        <source>Learning from your coding stopped: it was stopped by the system ({signal}, perhaps out of memory). Retry with fewer passages?</source>
        <translation>L&apos;apprentissage à partir de votre codage s&apos;est arrêté&#xa0;: le système l&apos;a interrompu ({signal}, peut-être par manque de mémoire). Réessayer avec moins de passages&#xa0;?</translation>
    </message>
    <message>
        <source>Learning from your coding stopped: it ended unexpectedly (exit code {code}). Retry with fewer passages?</source>
        <translation>L&apos;apprentissage à partir de votre codage s&apos;est arrêté&#xa0;: il a pris fin de façon inattendue (code de sortie {code}). Réessayer avec moins de passages&#xa0;?</translation>
    </message>
</context>
<context>
    <name>team.agreement_compare</name>
    <message>
        <source>No disagreements</source>
        <translation>Aucun désaccord</translation>
    </message>
</context>
<context>
    <name>team.agreement_tables</name>
    <message>
        <source>Matched codings: {both}
Unmatched codings: {some}</source>
        <translation>Codages appariés&#xa0;: {both}
Codages non appariés&#xa0;: {some}</translation>
    </message>
    <message>
        <source>Coded by every coder: {both}
Coded by none: {neither}
Coded by only some: {some}</source>
        <translation>Codé par chaque codeur&#xa0;: {both}
Codé par aucun&#xa0;: {neither}
Codé par certains seulement&#xa0;: {some}</translation>
    </message>
</context>
<context>
    <name>team.merge_dialog</name>
    <message>
        <source>Merge projects into this one</source>
        <translation>Fusionner des projets dans celui-ci</translation>
    </message>
    <message>
        <source>qcode projects (*.qcode)</source>
        <translation>Projets qcode (*.qcode)</translation>
    </message>
    <message>
        <source>{name}: this is the open project; choose another project to merge into it</source>
        <translation>{name}&#xa0;: c&apos;est le projet ouvert&#xa0;; choisissez un autre projet à fusionner dans celui-ci</translation>
    </message>
    <message>
        <source>Merge projects</source>
        <translation>Fusionner des projets</translation>
    </message>
    <message>
        <source>Wrong passphrase. </source>
        <translation>Phrase secrète incorrecte. </translation>
    </message>
    <message>
        <source>It has another passphrase than this project. </source>
        <translation>Sa phrase secrète diffère de celle de ce projet. </translation>
    </message>
    <message>
        <source>{name} was not merged: no passphrase given</source>
        <translation>{name} n&apos;a pas été fusionné&#xa0;: aucune phrase secrète fournie</translation>
    </message>
    <message>
        <source>{get}

(characters {start}–{end})</source>
        <translation>{get}

(caractères {start}–{end})</translation>
    </message>
</context>
<context>
    <name>widgets.dialogs</name>
    <message>
        <source>Who is coding?</source>
        <translation>Qui code&#xa0;?</translation>
    </message>
    <message>
        <source>Your name, as it will be recorded on every coding you make
(colleagues see it when you merge projects and compare coding):</source>
        <translation>Votre nom, tel qu&apos;il sera enregistré sur chaque codage que vous faites
(vos collègues le voient quand vous fusionnez des projets et comparez le codage)&#xa0;:</translation>
    </message>
</context>
</TS>
