<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>qcode is free software: you may share and change it under the GNU General Public License, version 3 or (at your option) any later version ({licence}). It comes with no warranty.</source>
        <translation>qcode es software libre: puede compartirlo y modificarlo según la Licencia Pública General de GNU, versión 3 o (a su elección) cualquier versión posterior ({licence}). Se ofrece sin ninguna garantía.</translation>
    </message>
    <message>
        <source>This qcode runs from a Python installation, not from an app bundle. The third-party notices are generated when a bundle is built (packaging/notices.py); here, each installed package&apos;s licence is in that package&apos;s own metadata.</source>
        <translation>Este qcode se ejecuta desde una instalación de Python, no desde un paquete de aplicación. Los avisos de terceros se generan al construir un paquete (packaging/notices.py); aquí, la licencia de cada paquete instalado está en los metadatos del propio paquete.</translation>
    </message>
    <message>
        <source>About qcode</source>
        <translation>Acerca de qcode</translation>
    </message>
    <message>
        <source>&lt;h2&gt;qcode {__version__}&lt;/h2&gt;Qualitative coding of interview transcripts, fully offline. Your text never leaves this computer.</source>
        <translation>&lt;h2&gt;qcode {__version__}&lt;/h2&gt;Codificación cualitativa de transcripciones de entrevistas, totalmente sin conexión. Su texto nunca sale de este equipo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Third-party notices&lt;/b&gt;</source>
        <translation>&lt;b&gt;Avisos de terceros&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>Avisos de terceros</translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation>&amp;Copiar versiones</translation>
    </message>
    <message>
        <source>Copy qcode&apos;s and its libraries&apos; versions, for a bug report</source>
        <translation>Copiar las versiones de qcode y de sus bibliotecas, para un informe de error</translation>
    </message>
    <message>
        <source>app bundle</source>
        <translation>paquete de aplicación</translation>
    </message>
    <message>
        <source>Python installation</source>
        <translation>instalación de Python</translation>
    </message>
</context>
<context>
    <name>AgreementWindow</name>
    <message>
        <source>Inter-coder agreement — {name} — qcode</source>
        <translation>Acuerdo entre codificadores — {name} — qcode</translation>
    </message>
    <message>
        <source>Inter-coder agreement</source>
        <translation>Acuerdo entre codificadores</translation>
    </message>
    <message>
        <source>Coders to compare</source>
        <translation>Codificadores que comparar</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>What is compared: each character, each sentence or paragraph (coded when any of it is), or each coded segment matched by overlap</source>
        <translation>Qué se compara: cada carácter, cada oración o párrafo (codificado cuando lo está cualquier parte), o cada segmento codificado emparejado por solapamiento</translation>
    </message>
    <message>
        <source>Overlap threshold</source>
        <translation>Umbral de solapamiento</translation>
    </message>
    <message>
        <source>Two coded segments count as the same when their overlap divided by their union (IoU) is at least this</source>
        <translation>Dos segmentos codificados cuentan como el mismo cuando su solapamiento dividido por su unión (IoU) es al menos este valor</translation>
    </message>
    <message>
        <source>Every document all chosen coders coded</source>
        <translation>Cada documento que codificaron todos los codificadores elegidos</translation>
    </message>
    <message>
        <source>Only the documents ticked below</source>
        <translation>Solo los documentos marcados abajo</translation>
    </message>
    <message>
        <source>Documents to compare</source>
        <translation>Documentos que comparar</translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation>&amp;Calcular</translation>
    </message>
    <message>
        <source>Export to E&amp;xcel…</source>
        <translation>Exportar a E&amp;xcel…</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unidad:</translation>
    </message>
    <message>
        <source>IoU threshold:</source>
        <translation>Umbral IoU:</translation>
    </message>
    <message>
        <source>Coders:</source>
        <translation>Codificadores:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Documentos:</translation>
    </message>
    <message>
        <source>Choose coders and press Compute.</source>
        <translation>Elija los codificadores y pulse Calcular.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Agreement by code</source>
        <translation>Acuerdo por código</translation>
    </message>
    <message>
        <source>Agreement by document</source>
        <translation>Acuerdo por documento</translation>
    </message>
    <message>
        <source>Unmatched codings</source>
        <translation>Codificaciones sin pareja</translation>
    </message>
    <message>
        <source>By code</source>
        <translation>Por código</translation>
    </message>
    <message>
        <source>By document</source>
        <translation>Por documento</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Double-click a code to compare the coders side by side</source>
        <translation>Haga doble clic en un código para comparar a los codificadores lado a lado</translation>
    </message>
    <message>
        <source>Excluded documents</source>
        <translation>Documentos excluidos</translation>
    </message>
    <message>
        <source>&amp;Agreement</source>
        <translation>&amp;Acuerdo</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Exportar a Excel…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>C&amp;errar</translation>
    </message>
    <message>
        <source>The project has changed since: press Compute to bring the figures up to date.</source>
        <translation>El proyecto ha cambiado desde entonces: pulse Calcular para actualizar las cifras.</translation>
    </message>
    <message>
        <source>Tick at least two coders to compare.</source>
        <translation>Marque al menos dos codificadores para comparar.</translation>
    </message>
    <message>
        <source>Tick at least one document, or compare every document.</source>
        <translation>Marque al menos un documento, o compare todos los documentos.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codificador</translation>
    </message>
    <message>
        <source>Best overlap</source>
        <translation>Mejor solapamiento</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Unmatched codings ({n_unmatched})</source>
        <translation>Codificaciones sin pareja ({n_unmatched})</translation>
    </message>
    <message numerus="yes">
        <source>{unit_name} compared between {coders}, in %Ln documents.</source>
        <translation>
            <numerusform>{unit_name} comparado entre {coders}, en %Ln documento.</numerusform>
            <numerusform>{unit_name} comparado entre {coders}, en %Ln documentos.</numerusform>
        </translation>
    </message>
    <message>
        <source> Coded segments match when their overlap (IoU) is ≥ {threshold}.</source>
        <translation> Los segmentos codificados coinciden cuando su solapamiento (IoU) es ≥ {threshold}.</translation>
    </message>
    <message>
        <source>Not compared (not coded by every chosen coder): {names}. </source>
        <translation>No comparados (no los codificaron todos los codificadores elegidos): {names}. </translation>
    </message>
    <message>
        <source>Press Compute first: there are no figures to export yet.</source>
        <translation>Pulse Calcular primero: aún no hay cifras que exportar.</translation>
    </message>
</context>
<context>
    <name>AttributesDialog</name>
    <message>
        <source>Attributes of &apos;{name}&apos;</source>
        <translation>Atributos de «{name}»</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Atributos</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Atributo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>&amp;Add attribute</source>
        <translation>&amp;Añadir atributo</translation>
    </message>
    <message>
        <source>&amp;Remove attribute</source>
        <translation>&amp;Quitar atributo</translation>
    </message>
    <message>
        <source>Attribute problem</source>
        <translation>Problema con el atributo</translation>
    </message>
    <message>
        <source>the value &apos;{value}&apos; needs an attribute name</source>
        <translation>el valor «{value}» necesita un nombre de atributo</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is listed twice</source>
        <translation>«{name}» aparece dos veces</translation>
    </message>
</context>
<context>
    <name>BreakdownTab</name>
    <message>
        <source>By document</source>
        <translation>Por documento</translation>
    </message>
    <message>
        <source>By coder</source>
        <translation>Por codificador</translation>
    </message>
    <message>
        <source>By attribute</source>
        <translation>Por atributo</translation>
    </message>
    <message>
        <source>Attribute to break down by</source>
        <translation>Atributo por el que desglosar</translation>
    </message>
    <message>
        <source>Attri&amp;bute:</source>
        <translation>Atri&amp;buto:</translation>
    </message>
    <message>
        <source>No document has attributes yet.</source>
        <translation>Ningún documento tiene atributos todavía.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codificador</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source> in {group}</source>
        <translation> en {group}</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <source>Case &apos;{name}&apos;</source>
        <translation>Caso «{name}»</translation>
    </message>
    <message>
        <source>Case name</source>
        <translation>Nombre del caso</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Tipo de caso</translation>
    </message>
    <message>
        <source>Case description</source>
        <translation>Descripción del caso</translation>
    </message>
    <message>
        <source>Who or what this case is, in a few words</source>
        <translation>Quién o qué es este caso, en pocas palabras</translation>
    </message>
    <message>
        <source>Case problem</source>
        <translation>Problema con el caso</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
</context>
<context>
    <name>CaseMatrixTab</name>
    <message>
        <source>Include &amp;sub-codes</source>
        <translation>Incluir &amp;subcódigos</translation>
    </message>
    <message>
        <source>Count each code&apos;s sub-codes in its row</source>
        <translation>Contar los subcódigos de cada código en su fila</translation>
    </message>
    <message>
        <source>Codings that belong to each case (its documents, speakers and codings). </source>
        <translation>Codificaciones que pertenecen a cada caso (sus documentos, hablantes y codificaciones). </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>{paths} in the case {name}</source>
        <translation>{paths} en el caso {name}</translation>
    </message>
</context>
<context>
    <name>CasesPanel</name>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Members of the case</source>
        <translation>Miembros del caso</translation>
    </message>
    <message>
        <source>Double-click a document or coding to open it</source>
        <translation>Haga doble clic en un documento o codificación para abrirlo</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Miembros:</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Attributes…</source>
        <translation>Atributos…</translation>
    </message>
    <message>
        <source>Memo…</source>
        <translation>Memo…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>Importar lista…</translation>
    </message>
    <message>
        <source>{action} case</source>
        <translation>{action} (caso)</translation>
    </message>
    <message>
        <source>Import case list</source>
        <translation>Importar lista de casos</translation>
    </message>
    <message>
        <source>A CSV or Excel sheet: a row per case, a column each</source>
        <translation>Una hoja CSV o Excel: una fila por caso, una columna por campo</translation>
    </message>
    <message>
        <source>Remove from case</source>
        <translation>Quitar del caso</translation>
    </message>
    <message>
        <source>Remove the chosen members from the case</source>
        <translation>Quitar del caso los miembros elegidos</translation>
    </message>
    <message>
        <source>Members: choose one case above.</source>
        <translation>Miembros: elija un caso arriba.</translation>
    </message>
    <message>
        <source>Members of &apos;{name}&apos; ({n_found}): documents, speakers, codings</source>
        <translation>Miembros de «{name}» ({n_found}): documentos, hablantes, codificaciones</translation>
    </message>
    <message>
        <source>Coding (deleted)</source>
        <translation>Codificación (eliminada)</translation>
    </message>
    <message>
        <source>Coding {code_path} in {document}: “{text}”</source>
        <translation>Codificación {code_path} en {document}: «{text}»</translation>
    </message>
    <message>
        <source>in every document</source>
        <translation>en todos los documentos</translation>
    </message>
    <message>
        <source>in {place}</source>
        <translation>en {place}</translation>
    </message>
    <message>
        <source>Speaker {speaker} {where}</source>
        <translation>Hablante {speaker} {where}</translation>
    </message>
    <message>
        <source>Document {place}</source>
        <translation>Documento {place}</translation>
    </message>
    <message>
        <source>Memos on case &apos;{name}&apos;</source>
        <translation>Memos del caso «{name}»</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation>
            <numerusform>%Ln más</numerusform>
            <numerusform>%Ln más</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete cases</source>
        <translation>Eliminar casos</translation>
    </message>
    <message>
        <source>Delete {names}, with their attributes, memos and framework summaries? The documents and codings stay.

You can undo this with Edit ▸ Undo.</source>
        <translation>¿Eliminar {names}, con sus atributos, memos y resúmenes de marco? Los documentos y las codificaciones se conservan.

Puede deshacerlo con Editar ▸ Deshacer.</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Nuevo caso…</translation>
    </message>
    <message>
        <source>Edit name, type and description…</source>
        <translation>Editar nombre, tipo y descripción…</translation>
    </message>
    <message>
        <source>Import case list…</source>
        <translation>Importar lista de casos…</translation>
    </message>
</context>
<context>
    <name>ChangedCodingsDialog</name>
    <message>
        <source>Codings whose text was changed</source>
        <translation>Codificaciones cuyo texto cambió</translation>
    </message>
    <message>
        <source>Changed codings</source>
        <translation>Codificaciones modificadas</translation>
    </message>
    <message>
        <source>&amp;Show in text</source>
        <translation>&amp;Mostrar en el texto</translation>
    </message>
    <message>
        <source>&amp;Mark reviewed</source>
        <translation>Marcar como &amp;revisadas</translation>
    </message>
    <message>
        <source>Clear the “text changed” flag of the selected codings</source>
        <translation>Quitar la marca «texto cambiado» de las codificaciones seleccionadas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>A correction of the text cut through these codings: each was kept on what remains of its text. Read them again, then mark them reviewed.</source>
        <translation>Una corrección del texto atravesó estas codificaciones: cada una se conservó sobre lo que queda de su texto. Léalas de nuevo y márquelas como revisadas.</translation>
    </message>
    <message>
        <source>No coding is flagged “text changed”.</source>
        <translation>Ninguna codificación tiene la marca «texto cambiado».</translation>
    </message>
    <message>
        <source>Select the codings you have reviewed first.</source>
        <translation>Seleccione primero las codificaciones que ha revisado.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln codings marked reviewed.</source>
        <translation>
            <numerusform>%Ln codificación marcada como revisada.</numerusform>
            <numerusform>%Ln codificaciones marcadas como revisadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangedModel</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codificador</translation>
    </message>
    <message>
        <source>Text now</source>
        <translation>Texto actual</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Where the coding was before the correction (characters)</source>
        <translation>Dónde estaba la codificación antes de la corrección (caracteres)</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>version {version}, {when}</source>
        <translation>versión {version}, {when}</translation>
    </message>
</context>
<context>
    <name>ChoiceButton</name>
    <message>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>All ({none_text})</source>
        <translation>Todos ({none_text})</translation>
    </message>
    <message>
        <source>{n_chosen} of {n_actions}</source>
        <translation>{n_chosen} de {n_actions}</translation>
    </message>
</context>
<context>
    <name>CodeList</name>
    <message>
        <source>Filter codes…</source>
        <translation>Filtrar códigos…</translation>
    </message>
    <message>
        <source>Filter codes</source>
        <translation>Filtrar códigos</translation>
    </message>
    <message>
        <source>Codes to insert</source>
        <translation>Códigos que insertar</translation>
    </message>
    <message>
        <source>Double-click a code to put it in the query</source>
        <translation>Haga doble clic en un código para ponerlo en la consulta</translation>
    </message>
    <message>
        <source>with sub-codes (/**)</source>
        <translation>con subcódigos (/**)</translation>
    </message>
    <message>
        <source>Insert codes with their sub-codes</source>
        <translation>Insertar códigos con sus subcódigos</translation>
    </message>
    <message>
        <source>Codes (double-click to insert):</source>
        <translation>Códigos (doble clic para insertar):</translation>
    </message>
</context>
<context>
    <name>CodePicker</name>
    <message>
        <source>Code as…</source>
        <translation>Codificar como…</translation>
    </message>
    <message>
        <source>Type part of a code&apos;s name…</source>
        <translation>Escriba parte del nombre de un código…</translation>
    </message>
    <message>
        <source>Code name filter</source>
        <translation>Filtro de nombre de código</translation>
    </message>
    <message>
        <source>Matching codes</source>
        <translation>Códigos coincidentes</translation>
    </message>
    <message>
        <source>Apply which code?</source>
        <translation>¿Qué código aplicar?</translation>
    </message>
</context>
<context>
    <name>CodebookModel</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codificaciones</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tecla</translation>
    </message>
</context>
<context>
    <name>CodebookPanel</name>
    <message>
        <source>Find a code…</source>
        <translation>Buscar un código…</translation>
    </message>
    <message>
        <source>Find code</source>
        <translation>Buscar código</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Libro de códigos</translation>
    </message>
    <message>
        <source>&amp;New Code…</source>
        <translation>&amp;Nuevo código…</translation>
    </message>
    <message>
        <source>New &amp;Sub-code…</source>
        <translation>Nuevo &amp;subcódigo…</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Cam&amp;biar nombre</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Color…</translation>
    </message>
    <message>
        <source>&amp;Description and Keywords…</source>
        <translation>&amp;Descripción y palabras clave…</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Fusionar con…</translation>
    </message>
    <message>
        <source>&amp;Delete Code…</source>
        <translation>&amp;Eliminar código…</translation>
    </message>
    <message>
        <source>Show Coded &amp;Segments</source>
        <translation>Mostrar se&amp;gmentos codificados</translation>
    </message>
    <message>
        <source>&amp;Apply to Selection</source>
        <translation>&amp;Aplicar a la selección</translation>
    </message>
    <message>
        <source>Favourite &amp;Key</source>
        <translation>&amp;Tecla favorita</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>{own} codings of this code</source>
        <translation>{own} codificaciones de este código</translation>
    </message>
    <message>
        <source>{tip}, {total} with its sub-codes</source>
        <translation>{tip}, {total} con sus subcódigos</translation>
    </message>
    <message>
        <source> under &apos;{name}&apos;</source>
        <translation> bajo «{name}»</translation>
    </message>
    <message>
        <source>New Code</source>
        <translation>Nuevo código</translation>
    </message>
    <message>
        <source>Name of the new code{where}:</source>
        <translation>Nombre del nuevo código{where}:</translation>
    </message>
    <message>
        <source>Colour of &apos;{name}&apos;</source>
        <translation>Color de «{name}»</translation>
    </message>
    <message>
        <source>There is no other code to merge into.</source>
        <translation>No hay otro código con el que fusionar.</translation>
    </message>
    <message>
        <source> and its {n_below} sub-codes</source>
        <translation> y sus {n_below} subcódigos</translation>
    </message>
    <message>
        <source>Delete the code {what}? {codings} codings will be removed with it.</source>
        <translation>¿Eliminar el código {what}? Se eliminarán con él {codings} codificaciones.</translation>
    </message>
    <message>
        <source>Delete Code</source>
        <translation>Eliminar código</translation>
    </message>
    <message>
        <source>The dragged text could not be read.</source>
        <translation>No se pudo leer el texto arrastrado.</translation>
    </message>
</context>
<context>
    <name>CoderCopiesDialog</name>
    <message>
        <source>Give each coder their file; when they are done, use File ▸ Merge project… to bring their coding back.</source>
        <translation>Entregue a cada codificador su archivo; cuando terminen, use Archivo ▸ Fusionar proyecto… para recuperar su codificación.</translation>
    </message>
    <message>
        <source>Prepare coder copies — qcode</source>
        <translation>Preparar copias para codificadores — qcode</translation>
    </message>
    <message>
        <source>Prepare coder copies</source>
        <translation>Preparar copias para codificadores</translation>
    </message>
    <message>
        <source>Each coder gets a copy of &lt;b&gt;{project}&lt;/b&gt; to code on their own, named &lt;i&gt;{stem}-NAME.qcode&lt;/i&gt;.</source>
        <translation>Cada codificador recibe una copia de &lt;b&gt;{project}&lt;/b&gt; para codificar por su cuenta, llamada &lt;i&gt;{stem}-NAME.qcode&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>Coder names</source>
        <translation>Nombres de los codificadores</translation>
    </message>
    <message>
        <source>One name a line</source>
        <translation>Un nombre por línea</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose folder</source>
        <translation>Elegir carpeta</translation>
    </message>
    <message>
        <source>Coders (one a line):</source>
        <translation>Codificadores (uno por línea):</translation>
    </message>
    <message>
        <source>Write the copies to:</source>
        <translation>Escribir las copias en:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Prepare copies</source>
        <translation>Preparar copias</translation>
    </message>
    <message>
        <source>Where to write the coders&apos; copies</source>
        <translation>Dónde escribir las copias de los codificadores</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>Enter at least one coder&apos;s name.</source>
        <translation>Escriba el nombre de al menos un codificador.</translation>
    </message>
    <message>
        <source>{folder}: could not write the copies ({strerror})</source>
        <translation>{folder}: no se pudieron escribir las copias ({strerror})</translation>
    </message>
    <message>
        <source>Wrote {n_written} coder copies to {folder}.</source>
        <translation>Se escribieron {n_written} copias para codificadores en {folder}.</translation>
    </message>
    <message>
        <source>Coder copies</source>
        <translation>Copias para codificadores</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln files:
{files}

{hint}</source>
        <translation>
            <numerusform>Se escribió %Ln archivo:
{files}

{hint}</numerusform>
            <numerusform>Se escribieron %Ln archivos:
{files}

{hint}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoderPane</name>
    <message>
        <source>Text as coder {side} coded it</source>
        <translation>Texto tal como lo codificó el codificador {side}</translation>
    </message>
</context>
<context>
    <name>CodingFindings</name>
    <message>
        <source>Assign coding {label} to case…</source>
        <translation>Asignar la codificación {label} a un caso…</translation>
    </message>
    <message>
        <source>Link coding {label} to…</source>
        <translation>Vincular la codificación {label} con…</translation>
    </message>
    <message>
        <source>Remember coding {label} for linking</source>
        <translation>Recordar la codificación {label} para vincularla</translation>
    </message>
    <message>
        <source>Links of {label} ({n_links})</source>
        <translation>Vínculos de {label} ({n_links})</translation>
    </message>
    <message>
        <source>Grade of {label}</source>
        <translation>Grado de {label}</translation>
    </message>
    <message>
        <source>(no grade)</source>
        <translation>(sin grado)</translation>
    </message>
    <message>
        <source>Define grades…</source>
        <translation>Definir grados…</translation>
    </message>
    <message>
        <source>Open the other end</source>
        <translation>Abrir el otro extremo</translation>
    </message>
    <message>
        <source>Edit the link&apos;s memo…</source>
        <translation>Editar el memo del vínculo…</translation>
    </message>
    <message>
        <source>Remove the link</source>
        <translation>Quitar el vínculo</translation>
    </message>
    <message>
        <source>Remembered: right-click another coding ▸ Link coding … to…</source>
        <translation>Recordada: haga clic derecho en otra codificación ▸ Vincular la codificación … con…</translation>
    </message>
    <message>
        <source>the coding</source>
        <translation>la codificación</translation>
    </message>
    <message>
        <source>Link memo</source>
        <translation>Memo del vínculo</translation>
    </message>
    <message>
        <source>Memo on the link:</source>
        <translation>Memo sobre el vínculo:</translation>
    </message>
    <message>
        <source>    grade: {get}</source>
        <translation>    grado: {get}</translation>
    </message>
    <message>
        <source>    links: {shown}</source>
        <translation>    vínculos: {shown}</translation>
    </message>
</context>
<context>
    <name>CodingMargin</name>
    <message>
        <source>Coding stripes</source>
        <translation>Franjas de codificación</translation>
    </message>
    <message>
        <source>Which codes cover each line; hover a stripe for details</source>
        <translation>Qué códigos cubren cada línea; pase el puntero sobre una franja para ver los detalles</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Code to compare</source>
        <translation>Código que comparar</translation>
    </message>
    <message>
        <source>Document to compare</source>
        <translation>Documento que comparar</translation>
    </message>
    <message>
        <source>Coder A</source>
        <translation>Codificador A</translation>
    </message>
    <message>
        <source>Coder B</source>
        <translation>Codificador B</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Previous disagreement</source>
        <translation>Desacuerdo anterior</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Next disagreement</source>
        <translation>Desacuerdo siguiente</translation>
    </message>
    <message>
        <source>{accessibleName}: text only one of the coders coded</source>
        <translation>{accessibleName}: texto que solo uno de los codificadores codificó</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Desacuerdos</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;background:{both_color}&quot;&gt;&amp;nbsp;coded by both&amp;nbsp;&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&quot;background:{one_color}&quot;&gt;&amp;nbsp;coded by this coder only&amp;nbsp;&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;background:{both_color}&quot;&gt;&amp;nbsp;codificado por ambos&amp;nbsp;&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&quot;background:{one_color}&quot;&gt;&amp;nbsp;codificado solo por este codificador&amp;nbsp;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Código:</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Documento:</translation>
    </message>
    <message>
        <source>A:</source>
        <translation>A:</translation>
    </message>
    <message>
        <source>B:</source>
        <translation>B:</translation>
    </message>
    <message>
        <source>Choose two different coders to compare.</source>
        <translation>Elija dos codificadores distintos para comparar.</translation>
    </message>
    <message>
        <source>the code &apos;{code_path}&apos; no longer exists</source>
        <translation>el código «{code_path}» ya no existe</translation>
    </message>
    <message>
        <source>A: {a} — {code_path}</source>
        <translation>A: {a} — {code_path}</translation>
    </message>
    <message>
        <source>B: {b} — {code_path}</source>
        <translation>B: {b} — {code_path}</translation>
    </message>
    <message>
        <source>{number} of {total}: {coder} only</source>
        <translation>{number} de {total}: solo {coder}</translation>
    </message>
</context>
<context>
    <name>CooccurrenceTab</name>
    <message>
        <source>Count codings &amp;near each other (same paragraph or turn)</source>
        <translation>Contar codificaciones &amp;cercanas (mismo párrafo o turno)</translation>
    </message>
    <message>
        <source>Count codings in the same paragraph or speaker turn</source>
        <translation>Contar codificaciones en el mismo párrafo o turno de palabra</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>in the same paragraph or turn</source>
        <translation>en el mismo párrafo o turno</translation>
    </message>
    <message>
        <source>overlapping</source>
        <translation>solapadas</translation>
    </message>
    <message>
        <source>Pairs of codings {kind}; the darker the cell, the more pairs. {drill_note}</source>
        <translation>Pares de codificaciones {kind}; cuanto más oscura la celda, más pares. {drill_note}</translation>
    </message>
    <message>
        <source>near</source>
        <translation>cercanas</translation>
    </message>
    <message>
        <source>{first} and {second}: codings of either {how} the other</source>
        <translation>{first} y {second}: codificaciones de uno y otro ({how})</translation>
    </message>
</context>
<context>
    <name>CorrectTextDialog</name>
    <message>
        <source>Correct the text of &apos;{name}&apos;</source>
        <translation>Corregir el texto de «{name}»</translation>
    </message>
    <message>
        <source>Insert at character {start}</source>
        <translation>Insertar en el carácter {start}</translation>
    </message>
    <message>
        <source>Characters {start}–{end} of {n_text}</source>
        <translation>Caracteres {start}–{end} de {n_text}</translation>
    </message>
    <message>
        <source>(nothing selected: the new text is inserted)</source>
        <translation>(nada seleccionado: se inserta el texto nuevo)</translation>
    </message>
    <message>
        <source>Text now</source>
        <translation>Texto actual</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Reemplazar por</translation>
    </message>
    <message>
        <source>
One edit: Edit ▸ Undo takes it back. The earlier text is kept as a version; the original file is never changed.</source>
        <translation>
Una sola edición: Editar ▸ Deshacer la revierte. El texto anterior se guarda como versión; el archivo original nunca se modifica.</translation>
    </message>
    <message>
        <source>What happens to the codings</source>
        <translation>Qué ocurre con las codificaciones</translation>
    </message>
    <message>
        <source>&amp;Apply correction</source>
        <translation>&amp;Aplicar corrección</translation>
    </message>
    <message>
        <source>{where}. Text now:</source>
        <translation>{where}. Texto actual:</translation>
    </message>
    <message>
        <source>Replace with:</source>
        <translation>Reemplazar por:</translation>
    </message>
</context>
<context>
    <name>CorroborationWindow</name>
    <message>
        <source>Corroboration — {name} — qcode</source>
        <translation>Corroboración — {name} — qcode</translation>
    </message>
    <message>
        <source>Corroboration</source>
        <translation>Corroboración</translation>
    </message>
    <message>
        <source>Filter codes…</source>
        <translation>Filtrar códigos…</translation>
    </message>
    <message>
        <source>Filter codes</source>
        <translation>Filtrar códigos</translation>
    </message>
    <message>
        <source>Allegation codes</source>
        <translation>Códigos de alegaciones</translation>
    </message>
    <message>
        <source>with sub-codes</source>
        <translation>con subcódigos</translation>
    </message>
    <message>
        <source>Count each allegation&apos;s sub-codes</source>
        <translation>Contar los subcódigos de cada alegación</translation>
    </message>
    <message>
        <source>Codings made</source>
        <translation>Origen de las codificaciones</translation>
    </message>
    <message>
        <source>Only the codings made these ways count</source>
        <translation>Solo cuentan las codificaciones hechas de estas maneras</translation>
    </message>
    <message>
        <source>Allegations</source>
        <translation>Alegaciones</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Choose an allegation to read its quotes.</source>
        <translation>Elija una alegación para leer sus citas.</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Exportar a Excel…</translation>
    </message>
    <message>
        <source>Export corroboration to Excel</source>
        <translation>Exportar la corroboración a Excel</translation>
    </message>
    <message>
        <source>Allegations (tick the codes):</source>
        <translation>Alegaciones (marque los códigos):</translation>
    </message>
    <message>
        <source>Sources are cases; a coding in no case counts as its document.</source>
        <translation>Las fuentes son los casos; una codificación sin caso cuenta como su documento.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>no code &apos;{path}&apos;</source>
        <translation>no existe el código «{path}»</translation>
    </message>
    <message>
        <source>Tick codes on the left, then choose one to read its quotes.</source>
        <translation>Marque códigos a la izquierda y elija uno para leer sus citas.</translation>
    </message>
    <message>
        <source>{code_path}: {quotes} from {sources} ({first_hand} first-hand). Double-click a quote to read it in its text.</source>
        <translation>{code_path}: {quotes} de {sources} ({first_hand} de primera mano). Haga doble clic en una cita para leerla en su texto.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln quotes</source>
        <translation>
            <numerusform>%Ln cita</numerusform>
            <numerusform>%Ln citas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sources</source>
        <translation>
            <numerusform>%Ln fuente</numerusform>
            <numerusform>%Ln fuentes</numerusform>
        </translation>
    </message>
    <message>
        <source>this version of qcode cannot write a Corroboration sheet</source>
        <translation>esta versión de qcode no puede escribir una hoja de corroboración</translation>
    </message>
    <message>
        <source>Export corroboration</source>
        <translation>Exportar corroboración</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Wrote the corroboration table to {target}.</source>
        <translation>Se escribió la tabla de corroboración en {target}.</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Escribiendo el libro…</translation>
    </message>
</context>
<context>
    <name>CrosstabTab</name>
    <message>
        <source>Attribute for the columns</source>
        <translation>Atributo para las columnas</translation>
    </message>
    <message>
        <source>Attri&amp;bute:</source>
        <translation>Atri&amp;buto:</translation>
    </message>
    <message>
        <source>No document or case has attributes yet.</source>
        <translation>Ningún documento ni caso tiene atributos todavía.</translation>
    </message>
    <message>
        <source>Codings whose case holds each value (a coding of two cases counts under both).</source>
        <translation>Codificaciones cuyo caso tiene cada valor (una codificación de dos casos cuenta en ambos).</translation>
    </message>
</context>
<context>
    <name>DescriptionDialog</name>
    <message>
        <source>Describe &apos;{name}&apos;</source>
        <translation>Describir «{name}»</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Palabras clave</translation>
    </message>
    <message>
        <source>e.g. threat, intimidation</source>
        <translation>p. ej., amenaza, intimidación</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation>&amp;Palabras clave:</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Document details</source>
        <translation>Detalles del documento</translation>
    </message>
    <message>
        <source>Code selection as…</source>
        <translation>Codificar la selección como…</translation>
    </message>
    <message>
        <source>Code in vivo (new code named after the text)</source>
        <translation>Codificar in vivo (nuevo código con el nombre del texto)</translation>
    </message>
    <message>
        <source>Apply favourite code {key}</source>
        <translation>Aplicar el código favorito {key}</translation>
    </message>
    <message>
        <source>  No document open — pick one in the Documents list.</source>
        <translation>  Ningún documento abierto: elija uno en la lista Documentos.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln characters</source>
        <translation>
            <numerusform>%Ln carácter</numerusform>
            <numerusform>%Ln caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln codings</source>
        <translation>
            <numerusform>%Ln codificación</numerusform>
            <numerusform>%Ln codificaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>speakers: {names}</source>
        <translation>hablantes: {names}</translation>
    </message>
    <message>
        <source>showing {coder_filter}&apos;s coding only</source>
        <translation>solo se muestra la codificación de {coder_filter}</translation>
    </message>
    <message>
        <source>Select some text first, then choose a code for it.</source>
        <translation>Seleccione primero un texto y luego elija un código para él.</translation>
    </message>
    <message>
        <source>Select the words to use as the new code&apos;s name.</source>
        <translation>Seleccione las palabras que serán el nombre del nuevo código.</translation>
    </message>
    <message>
        <source>Code selection as</source>
        <translation>Codificar la selección como</translation>
    </message>
    <message>
        <source>Remove coding &apos;{name}&apos; ({who})</source>
        <translation>Quitar la codificación «{name}» ({who})</translation>
    </message>
    <message>
        <source>Memo on coding &apos;{name}&apos; ({who})…</source>
        <translation>Memo de la codificación «{name}» ({who})…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>{name} (this code)</source>
        <translation>{name} (este código)</translation>
    </message>
    <message>
        <source>Memo on coding &apos;{name}&apos;</source>
        <translation>Memo de la codificación «{name}»</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Filter documents…</source>
        <translation>Filtrar documentos…</translation>
    </message>
    <message>
        <source>Filter documents</source>
        <translation>Filtrar documentos</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Cambiar &amp;nombre</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Edit &amp;attributes…</source>
        <translation>Editar &amp;atributos…</translation>
    </message>
    <message>
        <source>Document &amp;memo…</source>
        <translation>&amp;Memo del documento…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln codings</source>
        <translation>
            <numerusform>%Ln codificación</numerusform>
            <numerusform>%Ln codificaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation>
            <numerusform>%Ln más</numerusform>
            <numerusform>%Ln más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln documents ({names}) and their {coding_words}</source>
        <translation>
            <numerusform>%Ln documento ({names}) y sus {coding_words}</numerusform>
            <numerusform>%Ln documentos ({names}) y sus {coding_words}</numerusform>
        </translation>
    </message>
    <message>
        <source>the document &apos;{name}&apos; and its {coding_words}</source>
        <translation>el documento «{name}» y sus {coding_words}</translation>
    </message>
    <message>
        <source>Delete documents</source>
        <translation>Eliminar documentos</translation>
    </message>
    <message>
        <source>Delete {what}? Memos on them go too.

You can undo this with Edit ▸ Undo.</source>
        <translation>¿Eliminar {what}? Sus memos también se eliminan.

Puede deshacerlo con Editar ▸ Deshacer.</translation>
    </message>
    <message>
        <source>Memos on &apos;{name}&apos;</source>
        <translation>Memos de «{name}»</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>How good are suggestions?</source>
        <translation>¿Qué tan buenas son las sugerencias?</translation>
    </message>
    <message>
        <source>Measuring on your coding (this retrains a few times)…</source>
        <translation>Midiendo sobre su codificación (se reentrena varias veces)…</translation>
    </message>
    <message>
        <source>Judged against</source>
        <translation>Juzgado frente a</translation>
    </message>
    <message>
        <source>everyone&apos;s coding</source>
        <translation>la codificación de todos</translation>
    </message>
    <message>
        <source>Judged against:</source>
        <translation>Juzgado frente a:</translation>
    </message>
    <message>
        <source>Suggestions report</source>
        <translation>Informe de sugerencias</translation>
    </message>
    <message>
        <source>Could not measure: {problem}</source>
        <translation>No se pudo medir: {problem}</translation>
    </message>
    <message>
        <source>Measured on your own coding:</source>
        <translation>Medido sobre su propia codificación:</translation>
    </message>
</context>
<context>
    <name>EvaluationReport</name>
    <message>
        <source>Beside a colleague (their coding judged against {coder}&apos;s the same way, on the same passages):</source>
        <translation>Junto a un colega (su codificación juzgada frente a la de {coder} del mismo modo, en los mismos pasajes):</translation>
    </message>
    <message numerus="yes">
        <source>{colleague}, on %Ln passages: their coding F1 {f1} (precision {precision}, recall {recall}); the suggestions F1 {mine}, {share} of theirs</source>
        <translation>
            <numerusform>{colleague}, en %Ln pasaje: F1 de su codificación {f1} (precisión {precision}, exhaustividad {recall}); F1 de las sugerencias {mine}, {share} de la suya</numerusform>
            <numerusform>{colleague}, en %Ln pasajes: F1 de su codificación {f1} (precisión {precision}, exhaustividad {recall}); F1 de las sugerencias {mine}, {share} de la suya</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Judged on %Ln passages of coded documents: {how}.</source>
        <translation>
            <numerusform>Evaluado sobre %Ln pasaje de documentos codificados: {how}.</numerusform>
            <numerusform>Evaluado sobre %Ln pasajes de documentos codificados: {how}.</numerusform>
        </translation>
    </message>
    <message>
        <source>At the learned thresholds: {precision} of the suggestions were right (precision), and they found {recall} of what you coded (recall); F1 {f1}.</source>
        <translation>Con los umbrales aprendidos: {precision} de las sugerencias fueron correctas (precisión), y encontraron {recall} de lo que usted codificó (exhaustividad); F1 {f1}.</translation>
    </message>
    <message>
        <source>Ranking quality (average precision): {value}.</source>
        <translation>Calidad de la clasificación (precisión media): {value}.</translation>
    </message>
    <message>
        <source>Keywords alone: F1 {f1}.</source>
        <translation>Solo palabras clave: F1 {f1}.</translation>
    </message>
    <message>
        <source>All three sources together (what the Suggestions panel shows unless you untick some): precision {precision}, recall {recall}, F1 {f1}.</source>
        <translation>Las tres fuentes juntas (lo que muestra el panel de sugerencias si no desmarca ninguna): precisión {precision}, exhaustividad {recall}, F1 {f1}.</translation>
    </message>
    <message>
        <source>How often suggestions were right, by confidence:</source>
        <translation>Con qué frecuencia acertaron las sugerencias, según la confianza:</translation>
    </message>
    <message numerus="yes">
        <source>{low}–{high}: {rate} of %Ln</source>
        <translation>
            <numerusform>{low}–{high}: {rate} de %Ln</numerusform>
            <numerusform>{low}–{high}: {rate} de %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewing more (the slider towards “many, to review”):</source>
        <translation>Revisar más (el control deslizante hacia «muchas, para revisar»):</translation>
    </message>
    <message>
        <source>{how}: finds {recall} of your coding, {precision} right, {count} per passage</source>
        <translation>{how}: encuentra {recall} de su codificación, {precision} correctas, {count} por pasaje</translation>
    </message>
    <message>
        <source>Learning curve (F1 after learning from this many coded passages):</source>
        <translation>Curva de aprendizaje (F1 tras aprender de esta cantidad de pasajes codificados):</translation>
    </message>
    <message>
        <source>{count}: F1 {f1}</source>
        <translation>{count}: F1 {f1}</translation>
    </message>
    <message>
        <source>Per code (precision/recall/F1, average precision):</source>
        <translation>Por código (precisión/exhaustividad/F1, precisión media):</translation>
    </message>
    <message numerus="yes">
        <source>{code}: {precision}/{recall}/{f1}, AP {ap} (%Ln coded)</source>
        <translation>
            <numerusform>{code}: {precision}/{recall}/{f1}, PM {ap} (%Ln codificado)</numerusform>
            <numerusform>{code}: {precision}/{recall}/{f1}, PM {ap} (%Ln codificados)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpressionEditor</name>
    <message>
        <source>Query expression</source>
        <translation>Expresión de consulta</translation>
    </message>
    <message>
        <source>e.g. &quot;Harms/**&quot; AND NOT &quot;Notice&quot;   ·   &quot;Stopped&quot; NEAR/turn &quot;Station&quot;</source>
        <translation>p. ej., &quot;Harms/**&quot; AND NOT &quot;Notice&quot;   ·   &quot;Stopped&quot; NEAR/turn &quot;Station&quot;</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>Run the query</source>
        <translation>Ejecutar la consulta</translation>
    </message>
    <message>
        <source>Insert {text}</source>
        <translation>Insertar {text}</translation>
    </message>
    <message>
        <source>NEAR distance in characters</source>
        <translation>Distancia de NEAR en caracteres</translation>
    </message>
    <message>
        <source>NEAR unit</source>
        <translation>Unidad de NEAR</translation>
    </message>
    <message>
        <source>Insert NEAR</source>
        <translation>Insertar NEAR</translation>
    </message>
    <message>
        <source>The codings of the left side that lie within N characters of (or share a sentence, paragraph or speaker turn with) a coding of the right side</source>
        <translation>Las codificaciones del lado izquierdo que están a N caracteres o menos de una codificación del lado derecho (o comparten con ella oración, párrafo o turno de palabra)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear the query</source>
        <translation>Borrar la consulta</translation>
    </message>
    <message>
        <source>Query problem</source>
        <translation>Problema con la consulta</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>&amp;Consulta:</translation>
    </message>
</context>
<context>
    <name>FigureTab</name>
    <message>
        <source>with sub-codes</source>
        <translation>con subcódigos</translation>
    </message>
    <message>
        <source>own codings</source>
        <translation>codificaciones propias</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <source>New encr&amp;ypted project…</source>
        <translation>Nuevo proyecto &amp;cifrado…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Import documents…</source>
        <translation>&amp;Importar documentos…</translation>
    </message>
    <message>
        <source>Import sur&amp;vey or spreadsheet…</source>
        <translation>Importar encuesta u &amp;hoja de cálculo…</translation>
    </message>
    <message>
        <source>Import code&amp;book (.qdc)…</source>
        <translation>Importar &amp;libro de códigos (.qdc)…</translation>
    </message>
    <message>
        <source>&amp;Export codebook (.qdc)…</source>
        <translation>&amp;Exportar libro de códigos (.qdc)…</translation>
    </message>
    <message>
        <source>Export to E&amp;xcel…</source>
        <translation>Exportar a E&amp;xcel…</translation>
    </message>
    <message>
        <source>Report in &amp;Word or PDF…</source>
        <translation>Informe en &amp;Word o PDF…</translation>
    </message>
    <message>
        <source>Import REFI-QDA pro&amp;ject (.qdpx)…</source>
        <translation>Importar pro&amp;yecto REFI-QDA (.qdpx)…</translation>
    </message>
    <message>
        <source>Export REFI-QDA projec&amp;t (.qdpx)…</source>
        <translation>Exportar proyec&amp;to REFI-QDA (.qdpx)…</translation>
    </message>
    <message>
        <source>Project &amp;memo…</source>
        <translation>&amp;Memo del proyecto…</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>Guardar una co&amp;pia como…</translation>
    </message>
    <message>
        <source>Encry&amp;pt this project…</source>
        <translation>Ci&amp;frar este proyecto…</translation>
    </message>
    <message>
        <source>Change pa&amp;ssphrase…</source>
        <translation>Cam&amp;biar frase de contraseña…</translation>
    </message>
    <message>
        <source>&amp;Decrypt this project…</source>
        <translation>&amp;Descifrar este proyecto…</translation>
    </message>
    <message>
        <source>Mer&amp;ge project…</source>
        <translation>F&amp;usionar proyecto…</translation>
    </message>
    <message>
        <source>Prepare coder cop&amp;ies…</source>
        <translation>Preparar c&amp;opias para codificadores…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>qcode projects (*.qcode)</source>
        <translation>Proyectos de qcode (*.qcode)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ninguno todavía)</translation>
    </message>
    <message>
        <source>Save a copy of the project</source>
        <translation>Guardar una copia del proyecto</translation>
    </message>
    <message>
        <source>{stem} copy.qcode</source>
        <translation>{stem} copia.qcode</translation>
    </message>
    <message>
        <source>Could not save a copy: {problem}</source>
        <translation>No se pudo guardar una copia: {problem}</translation>
    </message>
    <message>
        <source>Saved a copy as {path}.</source>
        <translation>Se guardó una copia como {path}.</translation>
    </message>
    <message>
        <source>Project memo</source>
        <translation>Memo del proyecto</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Codes (with their sub-codes)</source>
        <translation>Códigos (con sus subcódigos)</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Codificadores</translation>
    </message>
    <message>
        <source>Codings made</source>
        <translation>Origen de las codificaciones</translation>
    </message>
    <message>
        <source>e.g. gender=female, city=Beijing</source>
        <translation>p. ej., gender=female, city=Beijing</translation>
    </message>
    <message>
        <source>Document attributes, as name=value, comma-separated</source>
        <translation>Atributos del documento, como nombre=valor, separados por comas</translation>
    </message>
    <message>
        <source>A document must match every named attribute; the same name twice means either value.</source>
        <translation>Un documento debe cumplir cada atributo nombrado; el mismo nombre dos veces significa cualquiera de los dos valores.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Add an attribute value to the filter</source>
        <translation>Añadir un valor de atributo al filtro</translation>
    </message>
    <message>
        <source>&amp;Apply filters</source>
        <translation>&amp;Aplicar filtros</translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation>Aplicar filtros</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Borrar todos los filtros</translation>
    </message>
    <message>
        <source>Filters in use</source>
        <translation>Filtros en uso</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documentos</translation>
    </message>
    <message>
        <source>C&amp;odes</source>
        <translation>C&amp;ódigos</translation>
    </message>
    <message>
        <source>Cod&amp;ers</source>
        <translation>Codi&amp;ficadores</translation>
    </message>
    <message>
        <source>Codings &amp;made</source>
        <translation>&amp;Origen de las codificaciones</translation>
    </message>
    <message>
        <source>A&amp;ttributes</source>
        <translation>A&amp;tributos</translation>
    </message>
    <message>
        <source>{name}: none selected means all</source>
        <translation>{name}: nada seleccionado significa todos</translation>
    </message>
    <message>
        <source>Select one or more (Ctrl+click, Shift+click); none selected means all.</source>
        <translation>Seleccione uno o más (Ctrl+clic, Shift+clic); nada seleccionado significa todos.</translation>
    </message>
    <message>
        <source>(no document has attributes)</source>
        <translation>(ningún documento tiene atributos)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Filters:&lt;/b&gt; {escaped}</source>
        <translation>&lt;b&gt;Filtros:&lt;/b&gt; {escaped}</translation>
    </message>
</context>
<context>
    <name>FrameworkWindow</name>
    <message>
        <source>Framework matrix — {name} — qcode</source>
        <translation>Matriz de marco — {name} — qcode</translation>
    </message>
    <message>
        <source>Framework matrix</source>
        <translation>Matriz de marco</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>sugeridos</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>with sub-codes</source>
        <translation>con subcódigos</translation>
    </message>
    <message>
        <source>Count each code&apos;s sub-codes in its column</source>
        <translation>Contar los subcódigos de cada código en su columna</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Exportar a Excel…</translation>
    </message>
    <message>
        <source>Export the framework matrix to Excel</source>
        <translation>Exportar la matriz de marco a Excel</translation>
    </message>
    <message>
        <source>Framework grid</source>
        <translation>Cuadrícula del marco</translation>
    </message>
    <message>
        <source>Choose a cell: a case (row) and a code (column).</source>
        <translation>Elija una celda: un caso (fila) y un código (columna).</translation>
    </message>
    <message>
        <source>Cell chosen</source>
        <translation>Celda elegida</translation>
    </message>
    <message>
        <source>Coded text of the cell</source>
        <translation>Texto codificado de la celda</translation>
    </message>
    <message>
        <source>Tick a passage to link it to the summary as a quote</source>
        <translation>Marque un pasaje para vincularlo al resumen como cita</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Your summary of this case on this code…</source>
        <translation>Su resumen de este caso sobre este código…</translation>
    </message>
    <message>
        <source>&amp;Save summary</source>
        <translation>&amp;Guardar resumen</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>Guardar el resumen</translation>
    </message>
    <message>
        <source>Summary saved or not</source>
        <translation>Resumen guardado o no</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Coded text (tick a passage to quote it in the summary):</source>
        <translation>Texto codificado (marque un pasaje para citarlo en el resumen):</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Resumen:</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{case}&lt;/b&gt; × &lt;b&gt;{code}&lt;/b&gt; — %Ln coded passages, {n_quoted} quoted</source>
        <translation>
            <numerusform>&lt;b&gt;{case}&lt;/b&gt; × &lt;b&gt;{code}&lt;/b&gt; — %Ln pasaje codificado, citados: {n_quoted}</numerusform>
            <numerusform>&lt;b&gt;{case}&lt;/b&gt; × &lt;b&gt;{code}&lt;/b&gt; — %Ln pasajes codificados, citados: {n_quoted}</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved yet (saved when you leave the editor).</source>
        <translation>Aún no guardado (se guarda al salir del editor).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>this version of qcode cannot write a Framework sheet</source>
        <translation>esta versión de qcode no puede escribir una hoja de marco</translation>
    </message>
    <message>
        <source>Export framework matrix</source>
        <translation>Exportar matriz de marco</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Wrote the framework matrix to {target}.</source>
        <translation>Se escribió la matriz de marco en {target}.</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Escribiendo el libro…</translation>
    </message>
</context>
<context>
    <name>FrequenciesTab</name>
    <message>
        <source>{m}: the code&apos;s own codings</source>
        <translation>{m}: las codificaciones propias del código</translation>
    </message>
    <message>
        <source>{m}: the code&apos;s codings and its sub-codes&apos;</source>
        <translation>{m}: las codificaciones del código y de sus subcódigos</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
</context>
<context>
    <name>GradesDialog</name>
    <message>
        <source>first-hand witness</source>
        <translation>testigo de primera mano</translation>
    </message>
    <message>
        <source>second-hand</source>
        <translation>de segunda mano</translation>
    </message>
    <message>
        <source>documentary</source>
        <translation>documental</translation>
    </message>
    <message>
        <source>Source grades</source>
        <translation>Grados de las fuentes</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Grados</translation>
    </message>
    <message>
        <source>&amp;First-hand (the source saw or lived it)</source>
        <translation>De &amp;primera mano (la fuente lo vio o lo vivió)</translation>
    </message>
    <message>
        <source>The chosen grade is first-hand</source>
        <translation>El grado elegido es de primera mano</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Cambiar &amp;nombre…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Add the usual three</source>
        <translation>Añadir los tres habituales</translation>
    </message>
    <message>
        <source>{action} grade</source>
        <translation>{action} (grado)</translation>
    </message>
    <message>
        <source>A coding can carry one grade (right-click it in the text ▸ Grade). The corroboration table counts the sources with a first-hand grade.</source>
        <translation>Una codificación puede llevar un grado (clic derecho sobre ella en el texto ▸ Grado). La tabla de corroboración cuenta las fuentes con un grado de primera mano.</translation>
    </message>
    <message>
        <source>  (first-hand)</source>
        <translation>  (de primera mano)</translation>
    </message>
    <message>
        <source>New grade</source>
        <translation>Nuevo grado</translation>
    </message>
    <message>
        <source>Name of the grade:</source>
        <translation>Nombre del grado:</translation>
    </message>
    <message>
        <source>Rename grade</source>
        <translation>Cambiar nombre del grado</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
</context>
<context>
    <name>HitsModel</name>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Pasaje</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>How the codings in the passage were made</source>
        <translation>Cómo se hicieron las codificaciones del pasaje</translation>
    </message>
</context>
<context>
    <name>HitsView</name>
    <message>
        <source>Query results</source>
        <translation>Resultados de la consulta</translation>
    </message>
</context>
<context>
    <name>IdentifiersDialog</name>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Encontrado por</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Reemplazo</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>patrón</translation>
    </message>
    <message>
        <source>language model</source>
        <translation>modelo lingüístico</translation>
    </message>
    <message>
        <source>pseudonym table</source>
        <translation>tabla de seudónimos</translation>
    </message>
    <message>
        <source>Find identifying details — qcode</source>
        <translation>Buscar datos identificativos — qcode</translation>
    </message>
    <message>
        <source>Find identifying details</source>
        <translation>Buscar datos identificativos</translation>
    </message>
    <message>
        <source>Look in</source>
        <translation>Buscar en</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Todos los documentos</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>Buscar &amp;en:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Identifying details</source>
        <translation>Datos identificativos</translation>
    </message>
    <message>
        <source>&amp;Add to pseudonyms</source>
        <translation>&amp;Añadir a seudónimos</translation>
    </message>
    <message>
        <source>Add to pseudonyms</source>
        <translation>Añadir a seudónimos</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>Marcar &amp;todos</translation>
    </message>
    <message>
        <source>&amp;Untick all</source>
        <translation>&amp;Desmarcar todos</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Tick the details that could identify someone and check each replacement; exports will show the replacement instead. Double-click a row to see it in its document.</source>
        <translation>Marque los datos que podrían identificar a alguien y revise cada reemplazo; las exportaciones mostrarán el reemplazo en su lugar. Haga doble clic en una fila para verla en su documento.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln possible identifying details found.</source>
        <translation>
            <numerusform>%Ln posible dato identificativo encontrado.</numerusform>
            <numerusform>%Ln posibles datos identificativos encontrados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln pseudonyms (Edit ▸ Undo takes them back).</source>
        <translation>
            <numerusform>Se añadió %Ln seudónimo (Editar ▸ Deshacer lo revierte).</numerusform>
            <numerusform>Se añadieron %Ln seudónimos (Editar ▸ Deshacer los revierte).</numerusform>
        </translation>
    </message>
    <message>
        <source>in table</source>
        <translation>en la tabla</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>Idi&amp;oma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The new language is used the next time qcode starts.</source>
        <translation>El nuevo idioma se usará la próxima vez que se inicie qcode.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link coding</source>
        <translation>Vincular codificación</translation>
    </message>
    <message>
        <source>Which codings to list</source>
        <translation>Qué codificaciones listar</translation>
    </message>
    <message>
        <source>this document</source>
        <translation>este documento</translation>
    </message>
    <message>
        <source>the whole project</source>
        <translation>todo el proyecto</translation>
    </message>
    <message>
        <source>Code of the codings listed</source>
        <translation>Código de las codificaciones listadas</translation>
    </message>
    <message>
        <source>(every code)</source>
        <translation>(todos los códigos)</translation>
    </message>
    <message>
        <source>Coding to link to</source>
        <translation>Codificación con la que vincular</translation>
    </message>
    <message>
        <source>Link type</source>
        <translation>Tipo de vínculo</translation>
    </message>
    <message>
        <source>New type…</source>
        <translation>Nuevo tipo…</translation>
    </message>
    <message>
        <source>Link memo</source>
        <translation>Memo del vínculo</translation>
    </message>
    <message>
        <source>optional: why these passages belong together</source>
        <translation>opcional: por qué estos pasajes van juntos</translation>
    </message>
    <message>
        <source>Link problem</source>
        <translation>Problema con el vínculo</translation>
    </message>
    <message>
        <source>Show codings in</source>
        <translation>Mostrar codificaciones en</translation>
    </message>
    <message>
        <source>of</source>
        <translation>del código</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Memo:</source>
        <translation>&amp;Memo:</translation>
    </message>
    <message>
        <source>From: {segment_label}</source>
        <translation>Desde: {segment_label}</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Con:</translation>
    </message>
    <message>
        <source>New link type</source>
        <translation>Nuevo tipo de vínculo</translation>
    </message>
    <message>
        <source>Name of the link type:</source>
        <translation>Nombre del tipo de vínculo:</translation>
    </message>
    <message>
        <source>(chosen before) {label}</source>
        <translation>(elegido antes) {label}</translation>
    </message>
    <message>
        <source>Choose a code to list the project&apos;s codings of it.</source>
        <translation>Elija un código para listar las codificaciones del proyecto con él.</translation>
    </message>
    <message>
        <source>Choose the coding to link to.</source>
        <translation>Elija la codificación con la que vincular.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>All coders</source>
        <translation>Todos los codificadores</translation>
    </message>
    <message>
        <source>(project as opened)</source>
        <translation>(proyecto tal como se abrió)</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>Historial de ediciones</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Libro de códigos</translation>
    </message>
    <message>
        <source>Coded segments</source>
        <translation>Segmentos codificados</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Hablantes</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Show codings by</source>
        <translation>Mostrar codificaciones de</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Find in documents…</source>
        <translation>&amp;Buscar en los documentos…</translation>
    </message>
    <message>
        <source>&amp;Coding</source>
        <translation>&amp;Codificación</translation>
    </message>
    <message>
        <source>Favourite codes (keys 1–9)</source>
        <translation>Códigos favoritos (teclas 1–9)</translation>
    </message>
    <message>
        <source>Set my coder &amp;name…</source>
        <translation>Establecer mi &amp;nombre de codificador…</translation>
    </message>
    <message>
        <source>C&amp;odes</source>
        <translation>Códi&amp;gos</translation>
    </message>
    <message>
        <source>Code &amp;memo…</source>
        <translation>&amp;Memo del código…</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documentos</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <source>Inter-coder &amp;agreement…</source>
        <translation>&amp;Acuerdo entre codificadores…</translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation>A&amp;nalizar</translation>
    </message>
    <message>
        <source>&amp;Query…</source>
        <translation>&amp;Consulta…</translation>
    </message>
    <message>
        <source>&amp;Framework matrix…</source>
        <translation>&amp;Matriz de marco…</translation>
    </message>
    <message>
        <source>&amp;Corroboration…</source>
        <translation>C&amp;orroboración…</translation>
    </message>
    <message>
        <source>&amp;Speakers</source>
        <translation>&amp;Hablantes</translation>
    </message>
    <message>
        <source>C&amp;ases</source>
        <translation>C&amp;asos</translation>
    </message>
    <message>
        <source>Source &amp;grades…</source>
        <translation>&amp;Grados de las fuentes…</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>&amp;Privacidad</translation>
    </message>
    <message>
        <source>&amp;Pseudonyms…</source>
        <translation>&amp;Seudónimos…</translation>
    </message>
    <message>
        <source>Find &amp;identifying details…</source>
        <translation>Buscar datos &amp;identificativos…</translation>
    </message>
    <message>
        <source>&amp;Redact documents permanently…</source>
        <translation>&amp;Censurar documentos permanentemente…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About qcode…</source>
        <translation>&amp;Acerca de qcode…</translation>
    </message>
    <message>
        <source>{n_documents} documents</source>
        <translation>{n_documents} documentos</translation>
    </message>
    <message>
        <source>Assign to case…</source>
        <translation>Asignar a un caso…</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <source>Code as…</source>
        <translation>Codificar como…</translation>
    </message>
    <message>
        <source>In vivo</source>
        <translation>In vivo</translation>
    </message>
    <message>
        <source> Show codings by: </source>
        <translation> Mostrar codificaciones de: </translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [solo lectura]</translation>
    </message>
    <message>
        <source> 🔒 [encrypted]</source>
        <translation> 🔒 [cifrado]</translation>
    </message>
    <message>
        <source>{name} ({file}){flag} — qcode</source>
        <translation>{name} ({file}){flag} — qcode</translation>
    </message>
    <message>
        <source>Coding as: {coder_name}  </source>
        <translation>Codificando como: {coder_name}  </translation>
    </message>
    <message>
        <source>Select a code in the codebook first.</source>
        <translation>Seleccione primero un código en el libro de códigos.</translation>
    </message>
    <message>
        <source>Memo on code &apos;{name}&apos;</source>
        <translation>Memo del código «{name}»</translation>
    </message>
    <message>
        <source>Ctrl+O open project · Ctrl+Shift+I import documents · Ctrl+F find in documents</source>
        <translation>Ctrl+O abrir proyecto · Ctrl+Shift+I importar documentos · Ctrl+F buscar en los documentos</translation>
    </message>
    <message>
        <source>Ctrl+K code selection as… · Ctrl+I code in vivo · 1–9 favourite codes</source>
        <translation>Ctrl+K codificar la selección como… · Ctrl+I codificar in vivo · 1–9 códigos favoritos</translation>
    </message>
    <message>
        <source>Ctrl+Z undo · Ctrl+Shift+Z redo · F2 rename · Delete remove</source>
        <translation>Ctrl+Z deshacer · Ctrl+Shift+Z rehacer · F2 cambiar nombre · Delete quitar</translation>
    </message>
    <message>
        <source>Ctrl+R reports · Ctrl+E export to Excel · Ctrl+Shift+Q query the coding</source>
        <translation>Ctrl+R informes · Ctrl+E exportar a Excel · Ctrl+Shift+Q consultar la codificación</translation>
    </message>
    <message>
        <source>Double-click a code to apply it to the selected text, or drag the text onto a code.</source>
        <translation>Haga doble clic en un código para aplicarlo al texto seleccionado, o arrastre el texto sobre un código.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>MatrixTab</name>
    <message>
        <source>Include &amp;sub-codes</source>
        <translation>Incluir &amp;subcódigos</translation>
    </message>
    <message>
        <source>Count each code&apos;s sub-codes in its row</source>
        <translation>Contar los subcódigos de cada código en su fila</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source> in {headers}</source>
        <translation> en {headers}</translation>
    </message>
</context>
<context>
    <name>MediaPlayer</name>
    <message>
        <source>Recording player</source>
        <translation>Reproductor de grabaciones</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Play or pause the recording</source>
        <translation>Reproducir o pausar la grabación</translation>
    </message>
    <message>
        <source>−{SKIP_SECONDS:.0f} s</source>
        <translation>−{SKIP_SECONDS:.0f} s</translation>
    </message>
    <message>
        <source>Back five seconds</source>
        <translation>Retroceder cinco segundos</translation>
    </message>
    <message>
        <source>+{SKIP_SECONDS:.0f} s</source>
        <translation>+{SKIP_SECONDS:.0f} s</translation>
    </message>
    <message>
        <source>Forward five seconds</source>
        <translation>Avanzar cinco segundos</translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation>Posición en la grabación</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Velocidad de reproducción</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Follow in text</source>
        <translation>Seguir en el texto</translation>
    </message>
    <message>
        <source>Scroll the text to the passage being played</source>
        <translation>Desplazar el texto hasta el pasaje que se reproduce</translation>
    </message>
    <message>
        <source>Recording status</source>
        <translation>Estado de la grabación</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>This copy of qcode cannot play {name}: Qt Multimedia is missing.</source>
        <translation>Esta copia de qcode no puede reproducir {name}: falta Qt Multimedia.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>the recording</source>
        <translation>la grabación</translation>
    </message>
    <message>
        <source>its format or codec is not supported on this computer</source>
        <translation>su formato o códec no es compatible con este equipo</translation>
    </message>
    <message>
        <source>{name} cannot be played: {reason}. The transcript stays usable.</source>
        <translation>{name} no se puede reproducir: {reason}. La transcripción sigue siendo utilizable.</translation>
    </message>
</context>
<context>
    <name>MediaSync</name>
    <message>
        <source>The recording {file_name} is not the file that was linked (bytes changed). The transcript stays usable.</source>
        <translation>La grabación {file_name} no es el archivo que se vinculó (sus bytes cambiaron). La transcripción sigue siendo utilizable.</translation>
    </message>
    <message>
        <source>The recording {file_name} is missing (looked for {path}). The transcript stays usable.</source>
        <translation>Falta la grabación {file_name} (se buscó en {path}). La transcripción sigue siendo utilizable.</translation>
    </message>
    <message>
        <source>Found {name} at {parent}</source>
        <translation>Se encontró {name} en {parent}</translation>
    </message>
    <message>
        <source>The recording is not encrypted.</source>
        <translation>La grabación no está cifrada.</translation>
    </message>
    <message>
        <source>This transcript has no times.</source>
        <translation>Esta transcripción no tiene marcas de tiempo.</translation>
    </message>
    <message>
        <source>Play this passage {label} ({clock_span})</source>
        <translation>Reproducir este pasaje {label} ({clock_span})</translation>
    </message>
    <message>
        <source>  in the recording at {shown}</source>
        <translation>  en la grabación en {shown}</translation>
    </message>
</context>
<context>
    <name>MemoDialog</name>
    <message>
        <source>memo target must be one of {MEMO_TARGETS}, not {target!r}</source>
        <translation>el destino del memo debe ser uno de {MEMO_TARGETS}, no {target!r}</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>Memos</translation>
    </message>
    <message>
        <source>Memo text</source>
        <translation>Texto del memo</translation>
    </message>
    <message>
        <source>Write your memo here…</source>
        <translation>Escriba aquí su memo…</translation>
    </message>
    <message>
        <source>&amp;New memo</source>
        <translation>&amp;Nuevo memo</translation>
    </message>
    <message>
        <source>New memo</source>
        <translation>Nuevo memo</translation>
    </message>
    <message>
        <source>&amp;Delete memo</source>
        <translation>&amp;Eliminar memo</translation>
    </message>
    <message>
        <source>Delete memo</source>
        <translation>Eliminar memo</translation>
    </message>
    <message>
        <source>Memo problem</source>
        <translation>Problema con el memo</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>A memo cannot be empty: write something, or press Delete memo.</source>
        <translation>Un memo no puede estar vacío: escriba algo o pulse Eliminar memo.</translation>
    </message>
</context>
<context>
    <name>MemosTab</name>
    <message>
        <source>Memos</source>
        <translation>Memos</translation>
    </message>
    <message>
        <source>Show the memo&apos;s text</source>
        <translation>Mostrar el texto del memo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln memos.</source>
        <translation>
            <numerusform>%Ln memo.</numerusform>
            <numerusform>%Ln memos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Memo: {title}</source>
        <translation>Memo: {title}</translation>
    </message>
</context>
<context>
    <name>MergeReportDialog</name>
    <message>
        <source>Merge report — qcode</source>
        <translation>Informe de fusión — qcode</translation>
    </message>
    <message>
        <source>Merge report</source>
        <translation>Informe de fusión</translation>
    </message>
    <message>
        <source>Merged projects</source>
        <translation>Proyectos fusionados</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Informe guardado</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Guardar informe…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <source>Merged from &lt;b&gt;{escape}&lt;/b&gt;.</source>
        <translation>Fusionado desde &lt;b&gt;{escape}&lt;/b&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln codings were kept on a copy of their document, because their text is not in this project.</source>
        <translation>
            <numerusform>%Ln codificación se conservó en una copia de su documento, porque su texto no está en este proyecto.</numerusform>
            <numerusform>%Ln codificaciones se conservaron en una copia de su documento, porque su texto no está en este proyecto.</numerusform>
        </translation>
    </message>
    <message>
        <source>This project as it was before: {escape}</source>
        <translation>Este proyecto tal como estaba antes: {escape}</translation>
    </message>
    <message>
        <source>No backup was written.</source>
        <translation>No se escribió ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Conflicts to check ({n_conflicts})</source>
        <translation>Conflictos que revisar ({n_conflicts})</translation>
    </message>
    <message>
        <source>None: nothing to check.</source>
        <translation>Ninguno: nada que revisar.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>coding</source>
        <translation>codificación</translation>
    </message>
    <message>
        <source>memo</source>
        <translation>memo</translation>
    </message>
    <message>
        <source>coder</source>
        <translation>codificador</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>atributo</translation>
    </message>
    <message>
        <source>pseudonym</source>
        <translation>seudónimo</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>hablante</translation>
    </message>
    <message>
        <source>case</source>
        <translation>caso</translation>
    </message>
    <message>
        <source>framework</source>
        <translation>marco</translation>
    </message>
    <message>
        <source>link</source>
        <translation>enlace</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>valoración</translation>
    </message>
    <message>
        <source>query</source>
        <translation>consulta</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participante</translation>
    </message>
    <message>
        <source>Re-anchored codings ({n_moved})</source>
        <translation>Codificaciones reubicadas ({n_moved})</translation>
    </message>
    <message>
        <source>None: every merged coding covers the same text as in the other project.</source>
        <translation>Ninguna: cada codificación fusionada cubre el mismo texto que en el otro proyecto.</translation>
    </message>
    <message>
        <source>These documents&apos; text differs between the projects, so these codings were moved to where the same text is in this project.</source>
        <translation>El texto de estos documentos difiere entre los proyectos, así que estas codificaciones se movieron a donde está el mismo texto en este proyecto.</translation>
    </message>
    <message>
        <source>Re-anchored codings</source>
        <translation>Codificaciones reubicadas</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codificador</translation>
    </message>
    <message>
        <source>Old text</source>
        <translation>Texto anterior</translation>
    </message>
    <message>
        <source>New text</source>
        <translation>Texto nuevo</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codificaciones</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>Memos</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Codificadores</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Atributos</translation>
    </message>
    <message>
        <source>Attribute values</source>
        <translation>Valores de atributos</translation>
    </message>
    <message>
        <source>Rejected suggestions</source>
        <translation>Sugerencias rechazadas</translation>
    </message>
    <message>
        <source>Pseudonyms</source>
        <translation>Seudónimos</translation>
    </message>
    <message>
        <source>Merge counts</source>
        <translation>Recuentos de la fusión</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadidos</translation>
    </message>
    <message>
        <source>Already here (skipped)</source>
        <translation>Ya estaban (omitidos)</translation>
    </message>
    <message>
        <source>Save merge report</source>
        <translation>Guardar informe de fusión</translation>
    </message>
    <message>
        <source>merge report.json</source>
        <translation>informe de fusión.json</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not save the report: {problem}</source>
        <translation>No se pudo guardar el informe: {problem}</translation>
    </message>
    <message>
        <source>Saved the report to {path}.</source>
        <translation>Se guardó el informe en {path}.</translation>
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
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Frase de contraseña de nuevo</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation>La misma otra vez:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Edit participant</source>
        <translation>Editar participante</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Añadir participante</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Their documents</source>
        <translation>Sus documentos</translation>
    </message>
    <message>
        <source>Speaker label</source>
        <translation>Etiqueta de hablante</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Their &amp;documents:</source>
        <translation>Sus &amp;documentos:</translation>
    </message>
    <message>
        <source>Their turns as &amp;speaker:</source>
        <translation>Sus turnos como &amp;hablante:</translation>
    </message>
    <message>
        <source>May be &amp;quoted:</source>
        <translation>Se puede &amp;citar:</translation>
    </message>
    <message>
        <source>May be na&amp;med:</source>
        <translation>Se puede no&amp;mbrar:</translation>
    </message>
    <message>
        <source>Keep the &amp;recording:</source>
        <translation>Conservar la &amp;grabación:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (empty: no date)</source>
        <translation>AAAA-MM-DD (vacío: sin fecha)</translation>
    </message>
    <message>
        <source>Retain until</source>
        <translation>Conservar hasta</translation>
    </message>
    <message>
        <source>e.g. the number of their signed consent form</source>
        <translation>p. ej., el número de su formulario de consentimiento firmado</translation>
    </message>
    <message>
        <source>Consent reference</source>
        <translation>Referencia del consentimiento</translation>
    </message>
    <message>
        <source>Keep their data &amp;until:</source>
        <translation>Conservar sus datos &amp;hasta:</translation>
    </message>
    <message>
        <source>Consent &amp;reference:</source>
        <translation>&amp;Referencia del consentimiento:</translation>
    </message>
    <message>
        <source>A passage of a participant who may not be quoted is left out of every export of quotes (with a count of what was left out).</source>
        <translation>Un pasaje de un participante que no puede ser citado se omite en toda exportación de citas (con un recuento de lo omitido).</translation>
    </message>
    <message>
        <source>Recordings to unlink</source>
        <translation>Grabaciones que se desvincularán</translation>
    </message>
    <message>
        <source>Also de&amp;lete the files of their own interviews&apos; recordings</source>
        <translation>E&amp;liminar también los archivos de grabación de sus propias entrevistas</translation>
    </message>
    <message>
        <source>Only a file that is still the recording linked; never a group recording, which holds other people&apos;s voices</source>
        <translation>Solo un archivo que siga siendo la grabación vinculada; nunca una grabación de grupo, que contiene la voz de otras personas</translation>
    </message>
    <message>
        <source>{file} — others speak in it too: cut their turns out of it or delete it</source>
        <translation>{file} — en ella hablan también otras personas: recorte sus turnos o elimínela</translation>
    </message>
    <message>
        <source>{file} — their own interview</source>
        <translation>{file} — su propia entrevista</translation>
    </message>
    <message>
        <source>Their recording may not be kept: saving unlinks these recordings; the files stay on disk unless you tick below:
{recordings}</source>
        <translation>Su grabación no puede conservarse: al guardar se desvinculan estas grabaciones; los archivos quedan en el disco salvo que marque la casilla de abajo:
{recordings}</translation>
    </message>
    <message>
        <source>Recordings unlinked</source>
        <translation>Grabaciones desvinculadas</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Hablante</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>May what they said be quoted in exports and reports?</source>
        <translation>¿Se puede citar lo que dijo en exportaciones e informes?</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Nombrado</translation>
    </message>
    <message>
        <source>May they be named?</source>
        <translation>¿Se le puede nombrar?</translation>
    </message>
    <message>
        <source>Keep recording</source>
        <translation>Conservar grabación</translation>
    </message>
    <message>
        <source>May the recording be kept?</source>
        <translation>¿Se puede conservar la grabación?</translation>
    </message>
    <message>
        <source>Retain until</source>
        <translation>Conservar hasta</translation>
    </message>
    <message>
        <source>This date has passed.</source>
        <translation>Esta fecha ya pasó.</translation>
    </message>
    <message>
        <source>Consent ref</source>
        <translation>Ref. consentimiento</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Withdraw participant…</source>
        <translation>&amp;Retirar participante…</translation>
    </message>
    <message>
        <source>Delete everything about the selected participant, for good (not undoable)</source>
        <translation>Eliminar todo lo relativo al participante seleccionado, para siempre (no se puede deshacer)</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Withdraw participant…</source>
        <translation>Retirar participante…</translation>
    </message>
    <message>
        <source>Select a participant first.</source>
        <translation>Seleccione primero un participante.</translation>
    </message>
    <message>
        <source>Select the participant who withdrew first.</source>
        <translation>Seleccione primero el participante que se retiró.</translation>
    </message>
</context>
<context>
    <name>Plural</name>
    <message numerus="yes">
        <source>%Ln codings</source>
        <translation>
            <numerusform>%Ln codificación</numerusform>
            <numerusform>%Ln codificaciones</numerusform>
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
            <numerusform>… %Ln línea más de diferencias no mostrada</numerusform>
            <numerusform>… %Ln líneas más de diferencias no mostradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln documents</source>
        <translation>
            <numerusform>%Ln documento</numerusform>
            <numerusform>%Ln documentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln original files</source>
        <translation>
            <numerusform>%Ln archivo original</numerusform>
            <numerusform>%Ln archivos originales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln past versions</source>
        <translation>
            <numerusform>%Ln versión anterior</numerusform>
            <numerusform>%Ln versiones anteriores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problems</source>
        <translation>
            <numerusform>%Ln problema</numerusform>
            <numerusform>%Ln problemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This project has %Ln pseudonyms.</source>
        <translation>
            <numerusform>Este proyecto tiene %Ln seudónimo.</numerusform>
            <numerusform>Este proyecto tiene %Ln seudónimos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants did not consent to being quoted: {names}.</source>
        <translation>
            <numerusform>%Ln participante no consintió ser citado: {names}.</numerusform>
            <numerusform>%Ln participantes no consintieron ser citados: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln sheets ({segments}) to {target}.</source>
        <translation>
            <numerusform>Se escribió %Ln hoja ({segments}) en {target}.</numerusform>
            <numerusform>Se escribieron %Ln hojas ({segments}) en {target}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coded segments</source>
        <translation>
            <numerusform>%Ln segmento codificado</numerusform>
            <numerusform>%Ln segmentos codificados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln coded segments to {target}.</source>
        <translation>
            <numerusform>Se escribió %Ln segmento codificado en {target}.</numerusform>
            <numerusform>Se escribieron %Ln segmentos codificados en {target}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln codes</source>
        <translation>
            <numerusform>%Ln código</numerusform>
            <numerusform>%Ln códigos</numerusform>
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
            <numerusform>Este proyecto vincula %Ln grabación a sus transcripciones. ¿Incluir la grabación dentro del archivo .qdpx? El archivo crece en su tamaño; sin ella, remite a la grabación por su ruta en este ordenador. Una exportación con seudónimos nunca contiene grabaciones.</numerusform>
            <numerusform>Este proyecto vincula %Ln grabaciones a sus transcripciones. ¿Incluir las grabaciones dentro del archivo .qdpx? El archivo crece en su tamaño; sin ellas, remite a cada grabación por su ruta en este ordenador. Una exportación con seudónimos nunca contiene grabaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln documents.</source>
        <translation>
            <numerusform>Se importó %Ln documento.</numerusform>
            <numerusform>Se importaron %Ln documentos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… y %Ln más</numerusform>
            <numerusform>… y %Ln más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln documents. Please check:

</source>
        <translation>
            <numerusform>Se importó %Ln documento. Revise:

</numerusform>
            <numerusform>Se importaron %Ln documentos. Revise:

</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coders</source>
        <translation>
            <numerusform>%Ln codificador</numerusform>
            <numerusform>%Ln codificadores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attributes</source>
        <translation>
            <numerusform>%Ln atributo</numerusform>
            <numerusform>%Ln atributos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From {name}: %Ln cases created, {updated} updated, {unchanged} unchanged.</source>
        <translation>
            <numerusform>De {name}: %Ln caso creado, actualizados: {updated}, sin cambios: {unchanged}.</numerusform>
            <numerusform>De {name}: %Ln casos creados, actualizados: {updated}, sin cambios: {unchanged}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants did not consent to being quoted ({names}): their passages are left out and counted.</source>
        <translation>
            <numerusform>%Ln participante no consintió ser citado ({names}): sus pasajes se omiten y se cuentan.</numerusform>
            <numerusform>%Ln participantes no consintieron ser citados ({names}): sus pasajes se omiten y se cuentan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sections</source>
        <translation>
            <numerusform>%Ln sección</numerusform>
            <numerusform>%Ln secciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln quotes</source>
        <translation>
            <numerusform>%Ln cita</numerusform>
            <numerusform>%Ln citas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln disagreements</source>
        <translation>
            <numerusform>%Ln desacuerdo</numerusform>
            <numerusform>%Ln desacuerdos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %Ln projects into {name}? A backup is written first.</source>
        <translation>
            <numerusform>¿Fusionar %Ln proyecto con {name}? Antes se escribe una copia de seguridad.</numerusform>
            <numerusform>¿Fusionar %Ln proyectos con {name}? Antes se escribe una copia de seguridad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %Ln projects: {added}.</source>
        <translation>
            <numerusform>Se fusionó %Ln proyecto: {added}.</numerusform>
            <numerusform>Se fusionaron %Ln proyectos: {added}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln codings added</source>
        <translation>
            <numerusform>%Ln codificación añadida</numerusform>
            <numerusform>%Ln codificaciones añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln backups</source>
        <translation>
            <numerusform>%Ln copia de seguridad</numerusform>
            <numerusform>%Ln copias de seguridad</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProvenanceDialog</name>
    <message>
        <source>Provenance of &apos;{name}&apos;</source>
        <translation>Procedencia de «{name}»</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>&amp;Save original file…</source>
        <translation>&amp;Guardar archivo original…</translation>
    </message>
    <message>
        <source>Save original file</source>
        <translation>Guardar archivo original</translation>
    </message>
    <message>
        <source>Text versions</source>
        <translation>Versiones del texto</translation>
    </message>
    <message>
        <source>Difference from the text now</source>
        <translation>Diferencia con el texto actual</translation>
    </message>
    <message>
        <source>Versions of the text ({count}); choose one to see how it differs from the text now:</source>
        <translation>Versiones del texto ({count}); elija una para ver en qué difiere del texto actual:</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message numerus="yes">
        <source>{name} (%Ln characters)</source>
        <translation>
            <numerusform>{name} (%Ln carácter)</numerusform>
            <numerusform>{name} (%Ln caracteres)</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>Importado de</translation>
    </message>
    <message>
        <source>no file (added as text: a survey answer, or a project exchange file without its source)</source>
        <translation>ningún archivo (añadido como texto: una respuesta de encuesta, o un archivo de intercambio de proyecto sin su fuente)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation>{when} por {who}</translation>
    </message>
    <message>
        <source>Original kept</source>
        <translation>Original conservado</translation>
    </message>
    <message>
        <source>yes, byte for byte, inside the project</source>
        <translation>sí, byte a byte, dentro del proyecto</translation>
    </message>
    <message>
        <source>no: only its name, size and SHA-256 (the project keeps no imported files)</source>
        <translation>no: solo su nombre, tamaño y SHA-256 (el proyecto no guarda archivos importados)</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversión</translation>
    </message>
    <message>
        <source>nothing was dropped or changed</source>
        <translation>no se eliminó ni cambió nada</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; was not imported from a file: it has no original.</source>
        <translation>«{name}» no se importó de un archivo: no tiene original.</translation>
    </message>
    <message>
        <source>The bytes of {file_name} were not kept in the project, only its size and SHA-256.</source>
        <translation>Los bytes de {file_name} no se guardaron en el proyecto, solo su tamaño y su SHA-256.</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>versión {version}</translation>
    </message>
    <message>
        <source>now (version {latest})</source>
        <translation>actual (versión {latest})</translation>
    </message>
    <message>
        <source>Save the original file</source>
        <translation>Guardar el archivo original</translation>
    </message>
    <message>
        <source>Wrote the original file to {written} (checked: its hash matches).</source>
        <translation>Se escribió el archivo original en {written} (comprobado: su hash coincide).</translation>
    </message>
</context>
<context>
    <name>PseudonymsDialog</name>
    <message>
        <source>Pseudonyms — qcode</source>
        <translation>Seudónimos — qcode</translation>
    </message>
    <message>
        <source>Pseudonyms</source>
        <translation>Seudónimos</translation>
    </message>
    <message>
        <source>Exports show the replacement wherever the identifier appears. The project&apos;s own text is not changed.</source>
        <translation>Las exportaciones muestran el reemplazo allí donde aparece el identificador. El texto del propio proyecto no cambia.</translation>
    </message>
    <message>
        <source>Pseudonym table</source>
        <translation>Tabla de seudónimos</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Reemplazo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>e.g. Zhang Wei</source>
        <translation>p. ej., Zhang Wei</translation>
    </message>
    <message>
        <source>e.g. Respondent 3</source>
        <translation>p. ej., Entrevistado 3</translation>
    </message>
    <message>
        <source>&amp;Identifier:</source>
        <translation>&amp;Identificador:</translation>
    </message>
    <message>
        <source>&amp;Replacement:</source>
        <translation>&amp;Reemplazo:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Add or change</source>
        <translation>&amp;Añadir o cambiar</translation>
    </message>
    <message>
        <source>Add or change pseudonym</source>
        <translation>Añadir o cambiar seudónimo</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete pseudonyms</source>
        <translation>Eliminar seudónimos</translation>
    </message>
    <message>
        <source>Find &amp;identifying details…</source>
        <translation>Buscar datos &amp;identificativos…</translation>
    </message>
    <message>
        <source>Pseudonym set: → {replacement}</source>
        <translation>Seudónimo establecido: → {replacement}</translation>
    </message>
</context>
<context>
    <name>QueryWindow</name>
    <message>
        <source>Query — {name} — qcode</source>
        <translation>Consulta — {name} — qcode</translation>
    </message>
    <message>
        <source>Query builder</source>
        <translation>Generador de consultas</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Codificadores</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Hablantes</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>Speakers whose turns the results leave out</source>
        <translation>Hablantes cuyos turnos omiten los resultados</translation>
    </message>
    <message>
        <source>Codings made</source>
        <translation>Origen de las codificaciones</translation>
    </message>
    <message>
        <source>Only the codings made these ways count</source>
        <translation>Solo cuentan las codificaciones hechas de estas maneras</translation>
    </message>
    <message>
        <source>Document attributes, as name=value, comma-separated</source>
        <translation>Atributos del documento, como nombre=valor, separados por comas</translation>
    </message>
    <message>
        <source>attributes, e.g. gender=female</source>
        <translation>atributos, p. ej., gender=female</translation>
    </message>
    <message>
        <source>Build a query, then Run.</source>
        <translation>Construya una consulta y pulse Ejecutar.</translation>
    </message>
    <message>
        <source>Number of passages found</source>
        <translation>Número de pasajes encontrados</translation>
    </message>
    <message>
        <source>&amp;Save query…</source>
        <translation>&amp;Guardar consulta…</translation>
    </message>
    <message>
        <source>&amp;Code all results as…</source>
        <translation>&amp;Codificar todos los resultados como…</translation>
    </message>
    <message>
        <source>Code all results as a &amp;new code…</source>
        <translation>Codificar todos los resultados con un código &amp;nuevo…</translation>
    </message>
    <message>
        <source>Saved queries</source>
        <translation>Consultas guardadas</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Run the saved query</source>
        <translation>Ejecutar la consulta guardada</translation>
    </message>
    <message>
        <source>Rename the saved query</source>
        <translation>Cambiar el nombre de la consulta guardada</translation>
    </message>
    <message>
        <source>Delete the saved query</source>
        <translation>Eliminar la consulta guardada</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filtros:</translation>
    </message>
    <message>
        <source>Saved queries (double-click to run):</source>
        <translation>Consultas guardadas (doble clic para ejecutar):</translation>
    </message>
    <message>
        <source>Type a query, or double-click codes and click operators.</source>
        <translation>Escriba una consulta, o haga doble clic en códigos y pulse operadores.</translation>
    </message>
    <message>
        <source>No passage answers this query.</source>
        <translation>Ningún pasaje responde a esta consulta.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln documents</source>
        <translation>
            <numerusform>%Ln documento</numerusform>
            <numerusform>%Ln documentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln passages in {documents}</source>
        <translation>
            <numerusform>%Ln pasaje en {documents}</numerusform>
            <numerusform>%Ln pasajes en {documents}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coded %Ln passages as &apos;{name}&apos;{note}.</source>
        <translation>
            <numerusform>Se codificó %Ln pasaje como «{name}»{note}.</numerusform>
            <numerusform>Se codificaron %Ln pasajes como «{name}»{note}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save query</source>
        <translation>Guardar consulta</translation>
    </message>
    <message>
        <source>{count} — the coding changed: Run again to update.</source>
        <translation>{count} — la codificación cambió: ejecute de nuevo para actualizar.</translation>
    </message>
    <message>
        <source>Name of the query:</source>
        <translation>Nombre de la consulta:</translation>
    </message>
    <message>
        <source>Saved the query &apos;{name}&apos; (Edit ▸ Undo takes it back).</source>
        <translation>Se guardó la consulta «{name}» (Editar ▸ Deshacer la revierte).</translation>
    </message>
    <message>
        <source>Rename query</source>
        <translation>Cambiar nombre de la consulta</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <source>Run a query that finds passages first.</source>
        <translation>Ejecute primero una consulta que encuentre pasajes.</translation>
    </message>
    <message>
        <source>Code all results as…</source>
        <translation>Codificar todos los resultados como…</translation>
    </message>
    <message>
        <source> ({skipped_duplicates} already coded so)</source>
        <translation> ({skipped_duplicates} ya codificados así)</translation>
    </message>
    <message>
        <source>Code all results as a new code</source>
        <translation>Codificar todos los resultados con un código nuevo</translation>
    </message>
    <message>
        <source>Name of the new code (Parent/Child to put it under a code):</source>
        <translation>Nombre del nuevo código (Padre/Hijo para ponerlo bajo un código):</translation>
    </message>
</context>
<context>
    <name>RankedView</name>
    <message>
        <source>This document</source>
        <translation>Este documento</translation>
    </message>
    <message>
        <source>Whole project</source>
        <translation>Todo el proyecto</translation>
    </message>
    <message>
        <source>Find more like a code</source>
        <translation>Buscar más pasajes como un código</translation>
    </message>
    <message>
        <source>Code to rank passages for</source>
        <translation>Código para el que ordenar pasajes</translation>
    </message>
    <message>
        <source>Rank passages of</source>
        <translation>Ordenar los pasajes de</translation>
    </message>
    <message>
        <source>&amp;Rank</source>
        <translation>&amp;Ordenar</translation>
    </message>
    <message>
        <source>Ranking status</source>
        <translation>Estado de la ordenación</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Ranked passages</source>
        <translation>Pasajes ordenados</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>The codebook has no code to rank passages for.</source>
        <translation>El libro de códigos no tiene ningún código para el que ordenar pasajes.</translation>
    </message>
    <message>
        <source>Ranking…</source>
        <translation>Ordenando…</translation>
    </message>
    <message>
        <source>Could not rank: {problem}</source>
        <translation>No se pudo ordenar: {problem}</translation>
    </message>
    <message>
        <source>Suggestions are still learning: rank again in a moment.</source>
        <translation>Las sugerencias aún están aprendiendo: vuelva a ordenar en un momento.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln passages, most likely first.</source>
        <translation>
            <numerusform>%Ln pasaje, el más probable primero.</numerusform>
            <numerusform>%Ln pasajes, los más probables primero.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RedactionDialog</name>
    <message>
        <source>Redact documents permanently — qcode</source>
        <translation>Censurar documentos permanentemente — qcode</translation>
    </message>
    <message>
        <source>Redact documents permanently</source>
        <translation>Censurar documentos permanentemente</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln identifiers in the pseudonym table will be replaced by their replacements in the project&apos;s own text: the ticked documents&apos; text, names and speakers, their text attributes and the memos on them and on their codings. Codings move with the text. Until the project is closed this can be undone with Edit ▸ Undo; once it is closed the redaction is permanent and the original text is gone from the project file.</source>
        <translation>
            <numerusform>El identificador de la tabla de seudónimos (%Ln) se reemplazará por su reemplazo en el texto del propio proyecto: el texto, los nombres y los hablantes de los documentos marcados, sus atributos de texto y los memos sobre ellos y sobre sus codificaciones. Las codificaciones se mueven con el texto. Hasta que se cierre el proyecto se puede deshacer con Editar ▸ Deshacer; una vez cerrado, la censura es permanente y el texto original desaparece del archivo del proyecto.</numerusform>
            <numerusform>Los %Ln identificadores de la tabla de seudónimos se reemplazarán por sus reemplazos en el texto del propio proyecto: el texto, los nombres y los hablantes de los documentos marcados, sus atributos de texto y los memos sobre ellos y sobre sus codificaciones. Las codificaciones se mueven con el texto. Hasta que se cierre el proyecto se puede deshacer con Editar ▸ Deshacer; una vez cerrado, la censura es permanente y el texto original desaparece del archivo del proyecto.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pseudonym table is empty: add the identifiers to replace with Privacy ▸ Pseudonyms… first.</source>
        <translation>La tabla de seudónimos está vacía: añada primero los identificadores que reemplazar con Privacidad ▸ Seudónimos….</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>These backups beside the project still hold the original text: {files}. Delete them if the project must never hold it.</source>
        <translation>Estas copias de seguridad junto al proyecto aún contienen el texto original: {files}. Elimínelas si el proyecto nunca debe contenerlo.</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Grabaciones</translation>
    </message>
    <message>
        <source>Documents to redact</source>
        <translation>Documentos que censurar</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>Marcar &amp;todos</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Marcar todos</translation>
    </message>
    <message>
        <source>&amp;Redact</source>
        <translation>&amp;Censurar</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Censurar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&apos;{document}&apos; ({file})</source>
        <translation>&apos;{document}&apos; ({file})</translation>
    </message>
    <message>
        <source>qcode cannot redact audio: these recordings will still say every identifier replaced in the text: {recordings}. Keep them apart from anything shared, or edit them.</source>
        <translation>qcode no puede editar audio: estas grabaciones seguirán diciendo cada identificador reemplazado en el texto: {recordings}. Manténgalas aparte de todo lo que se comparta, o edítelas.</translation>
    </message>
    <message>
        <source>Recordings still hold what was replaced</source>
        <translation>Las grabaciones aún contienen lo reemplazado</translation>
    </message>
    <message numerus="yes">
        <source>Redacted %Ln documents ({replaced}): Edit ▸ Undo until the project is closed.</source>
        <translation>
            <numerusform>Se censuró %Ln documento ({replaced}): Editar ▸ Deshacer hasta que se cierre el proyecto.</numerusform>
            <numerusform>Se censuraron %Ln documentos ({replaced}): Editar ▸ Deshacer hasta que se cierre el proyecto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln identifiers replaced</source>
        <translation>
            <numerusform>%Ln identificador reemplazado</numerusform>
            <numerusform>%Ln identificadores reemplazados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Section: {title}</source>
        <translation>Sección: {title}</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Format: {suffix}</source>
        <translation>Formato: {suffix}</translation>
    </message>
    <message>
        <source>The report will quote everyone: keep it as the project&apos;s own backup, never share it.</source>
        <translation>El informe citará a todos: consérvelo como copia de seguridad del propio proyecto y no lo comparta nunca.</translation>
    </message>
    <message>
        <source>Outline: the headings the report will have</source>
        <translation>Esquema: los títulos que tendrá el informe</translation>
    </message>
    <message>
        <source>&amp;Write…</source>
        <translation>&amp;Escribir…</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Elija al menos una sección.</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more headings</source>
        <translation>
            <numerusform>… y %Ln título más</numerusform>
            <numerusform>… y %Ln títulos más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportTable</name>
    <message>
        <source>Filter rows…</source>
        <translation>Filtrar filas…</translation>
    </message>
    <message>
        <source>Filter the rows of {name}</source>
        <translation>Filtrar las filas de {name}</translation>
    </message>
    <message>
        <source>Show the coded segments behind this cell</source>
        <translation>Mostrar los segmentos codificados de esta celda</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>Reports — {name} — qcode</source>
        <translation>Informes — {name} — qcode</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Exportar a Excel…</translation>
    </message>
    <message>
        <source>Write every report, with these filters, to an Excel workbook</source>
        <translation>Escribir todos los informes, con estos filtros, en un libro de Excel</translation>
    </message>
    <message>
        <source>Export coded &amp;segments as CSV…</source>
        <translation>Exportar &amp;segmentos codificados como CSV…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Informe</translation>
    </message>
    <message>
        <source>Wrote the workbook {written}.</source>
        <translation>Se escribió el libro {written}.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Find in documents</source>
        <translation>Buscar en los documentos</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Texto que buscar</translation>
    </message>
    <message>
        <source>Find in documents…</source>
        <translation>Buscar en los documentos…</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Distinguir &amp;mayúsculas</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Distinguir mayúsculas</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>Palabras &amp;completas</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Palabras completas</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>E&amp;xpresión regular</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Expresión regular</translation>
    </message>
    <message>
        <source>Ignore Arabic &amp;diacritics</source>
        <translation>Ignorar &amp;diacríticos árabes</translation>
    </message>
    <message>
        <source>Ignore Arabic diacritics</source>
        <translation>Ignorar diacríticos árabes</translation>
    </message>
    <message>
        <source>Find Arabic words with or without harakat and tatweel, and any alef (أ إ آ ا)</source>
        <translation>Encontrar palabras árabes con o sin harakat y tatweel, y con cualquier alef (أ إ آ ا)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Number of hits</source>
        <translation>Número de resultados</translation>
    </message>
    <message>
        <source>Code all results as…</source>
        <translation>Codificar todos los resultados como…</translation>
    </message>
    <message>
        <source>Code all results as</source>
        <translation>Codificar todos los resultados como</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Open at match</source>
        <translation>Abrir en la coincidencia</translation>
    </message>
    <message>
        <source>No hits</source>
        <translation>Sin resultados</translation>
    </message>
    <message numerus="yes">
        <source>Coded %Ln results as &apos;{code}&apos;</source>
        <translation>
            <numerusform>Se codificó %Ln resultado como «{code}»</numerusform>
            <numerusform>Se codificaron %Ln resultados como «{code}»</numerusform>
        </translation>
    </message>
    <message>
        <source> ({count} already coded).</source>
        <translation> ({count} ya codificados).</translation>
    </message>
    <message>
        <source>More than {limit} hits; the first {hits} are shown</source>
        <translation>Más de {limit} resultados; se muestran los primeros {hits}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln documents</source>
        <translation>
            <numerusform>%Ln documento</numerusform>
            <numerusform>%Ln documentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hits in {documents}</source>
        <translation>
            <numerusform>%Ln resultado en {documents}</numerusform>
            <numerusform>%Ln resultados en {documents}</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a code first, then code the results with it.</source>
        <translation>Cree primero un código y luego codifique con él los resultados.</translation>
    </message>
    <message>
        <source>Nothing added: every result was already coded &apos;{code}&apos;.</source>
        <translation>No se añadió nada: todos los resultados ya estaban codificados como «{code}».</translation>
    </message>
</context>
<context>
    <name>SegmentsDialog</name>
    <message>
        <source>Coded segments: {title}</source>
        <translation>Segmentos codificados: {title}</translation>
    </message>
    <message>
        <source>Coded segments behind {title}</source>
        <translation>Segmentos codificados de {title}</translation>
    </message>
</context>
<context>
    <name>SegmentsPanel</name>
    <message>
        <source>Coded segments</source>
        <translation>Segmentos codificados</translation>
    </message>
    <message>
        <source>Choose a code to see its coded segments.</source>
        <translation>Elija un código para ver sus segmentos codificados.</translation>
    </message>
    <message>
        <source>Coded segments heading</source>
        <translation>Encabezado de segmentos codificados</translation>
    </message>
    <message>
        <source>Include &amp;sub-codes</source>
        <translation>Incluir &amp;subcódigos</translation>
    </message>
    <message>
        <source>Include sub-codes</source>
        <translation>Incluir subcódigos</translation>
    </message>
    <message>
        <source>Origin of the codings shown</source>
        <translation>Origen de las codificaciones mostradas</translation>
    </message>
    <message>
        <source>Show only the codings made this way</source>
        <translation>Mostrar solo las codificaciones hechas de esta manera</translation>
    </message>
    <message>
        <source>Any origin</source>
        <translation>Cualquier origen</translation>
    </message>
    <message>
        <source>Coded segments list</source>
        <translation>Lista de segmentos codificados</translation>
    </message>
    <message>
        <source>Open at segment</source>
        <translation>Abrir en el segmento</translation>
    </message>
    <message numerus="yes">
        <source>%Ln segments</source>
        <translation>
            <numerusform>%Ln segmento</numerusform>
            <numerusform>%Ln segmentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln documents</source>
        <translation>
            <numerusform>%Ln documento</numerusform>
            <numerusform>%Ln documentos</numerusform>
        </translation>
    </message>
    <message>
        <source> — only: {origin}</source>
        <translation> — solo: {origin}</translation>
    </message>
    <message>
        <source>{code} — {count} in {where}</source>
        <translation>{code} — {count} en {where}</translation>
    </message>
    <message>
        <source> (coded by {coder})</source>
        <translation> (codificado por {coder})</translation>
    </message>
</context>
<context>
    <name>SegmentsTab</name>
    <message>
        <source>Coded segments</source>
        <translation>Segmentos codificados</translation>
    </message>
</context>
<context>
    <name>SegmentsView</name>
    <message>
        <source>Show this segment in its document</source>
        <translation>Mostrar este segmento en su documento</translation>
    </message>
    <message>
        <source> of {total}</source>
        <translation> de {total}</translation>
    </message>
    <message>
        <source>Showing the first {loaded}{of} coded segments; more load as you scroll. Sorting and the filter box work on the segments loaded so far.</source>
        <translation>Se muestran los primeros {loaded}{of} segmentos codificados; se cargan más al desplazarse. La ordenación y el cuadro de filtro actúan sobre los segmentos cargados hasta ahora.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln coded segments.</source>
        <translation>
            <numerusform>%Ln segmento codificado.</numerusform>
            <numerusform>%Ln segmentos codificados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Select some text first, then apply a code to it.</source>
        <translation>Seleccione primero un texto y luego aplíquele un código.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a grouping code; apply one of its sub-codes</source>
        <translation>«{name}» es un código de agrupación; aplique uno de sus subcódigos</translation>
    </message>
    <message>
        <source>This text is already coded &apos;{name}&apos; by you.</source>
        <translation>Usted ya codificó este texto como «{name}».</translation>
    </message>
    <message>
        <source>Select some text first.</source>
        <translation>Seleccione primero un texto.</translation>
    </message>
    <message>
        <source>No code on key {key}: right-click a code ▸ Favourite key.</source>
        <translation>Ningún código en la tecla {key}: clic derecho en un código ▸ Tecla favorita.</translation>
    </message>
</context>
<context>
    <name>SpeakersModel</name>
    <message>
        <source>Speaker</source>
        <translation>Hablante</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caracteres</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codificaciones</translation>
    </message>
    <message>
        <source>Codings that start inside the speaker&apos;s turns</source>
        <translation>Codificaciones que empiezan dentro de los turnos del hablante</translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <source>Speakers</source>
        <translation>Hablantes</translation>
    </message>
    <message>
        <source>Role of the chosen speaker</source>
        <translation>Rol del hablante elegido</translation>
    </message>
    <message>
        <source>interviewer, respondent, interpreter — or type another role</source>
        <translation>entrevistador, entrevistado, intérprete, o escriba otro rol</translation>
    </message>
    <message>
        <source>Auto-code turns…</source>
        <translation>Autocodificar turnos…</translation>
    </message>
    <message>
        <source>Auto-code the speaker&apos;s turns</source>
        <translation>Autocodificar los turnos del hablante</translation>
    </message>
    <message>
        <source>Assign to case…</source>
        <translation>Asignar a un caso…</translation>
    </message>
    <message>
        <source>Assign the speaker to a case</source>
        <translation>Asignar el hablante a un caso</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Code every turn of {name} as…</source>
        <translation>Codificar cada turno de {name} como…</translation>
    </message>
    <message>
        <source> ({skipped_duplicates} already coded)</source>
        <translation> ({skipped_duplicates} ya codificados)</translation>
    </message>
    <message numerus="yes">
        <source>Coded %Ln turns of {name} as &apos;{code}&apos;{note}.</source>
        <translation>
            <numerusform>Se codificó %Ln turno de {name} como «{code}»{note}.</numerusform>
            <numerusform>Se codificaron %Ln turnos de {name} como «{code}»{note}.</numerusform>
        </translation>
    </message>
    <message>
        <source>the speaker {name}</source>
        <translation>el hablante {name}</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
</context>
<context>
    <name>SuggestionFinder</name>
    <message>
        <source>Could not look for suggestions: {problem}</source>
        <translation>No se pudieron buscar sugerencias: {problem}</translation>
    </message>
    <message>
        <source>Could not look for suggestions: the worker process ended.</source>
        <translation>No se pudieron buscar sugerencias: el proceso de trabajo terminó.</translation>
    </message>
</context>
<context>
    <name>SuggestionTable</name>
    <message>
        <source>Suggested passages</source>
        <translation>Pasajes sugeridos</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>Code this passage with the suggested code (Enter)</source>
        <translation>Codificar este pasaje con el código sugerido (Intro)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>Never suggest this code for this passage (Delete)</source>
        <translation>No volver a sugerir este código para este pasaje (Supr)</translation>
    </message>
    <message>
        <source>Accept &amp;selection</source>
        <translation>Aceptar la &amp;selección</translation>
    </message>
    <message>
        <source>Code the text selected in the document (adjust it first) with this code</source>
        <translation>Codificar con este código el texto seleccionado en el documento (ajústelo antes)</translation>
    </message>
    <message>
        <source>Accept all &amp;above…</source>
        <translation>Aceptar todas por &amp;encima…</translation>
    </message>
    <message>
        <source>Accept every suggestion listed at or above a confidence</source>
        <translation>Aceptar todas las sugerencias listadas con al menos una confianza dada</translation>
    </message>
    <message>
        <source>Suggested: {code} ({confidence}, {reason})</source>
        <translation>Sugerido: {code} ({confidence}, {reason})</translation>
    </message>
    <message>
        <source>That code no longer exists.</source>
        <translation>Ese código ya no existe.</translation>
    </message>
    <message>
        <source>Choose a suggestion first.</source>
        <translation>Elija primero una sugerencia.</translation>
    </message>
    <message>
        <source>Accept all above</source>
        <translation>Aceptar todas por encima de</translation>
    </message>
    <message>
        <source>Accept every listed suggestion with a confidence of at least:</source>
        <translation>Aceptar cada sugerencia listada con una confianza de al menos:</translation>
    </message>
    <message>
        <source>No suggestion here has a confidence of at least {threshold}.</source>
        <translation>Ninguna sugerencia aquí tiene una confianza de al menos {threshold}.</translation>
    </message>
    <message numerus="yes">
        <source>Code %Ln passages in &apos;{document}&apos; with their suggested codes?
You can undo this in one step (Edit ▸ Undo).</source>
        <translation>
            <numerusform>¿Codificar %Ln pasaje de «{document}» con sus códigos sugeridos?
Puede deshacerlo en un paso (Editar ▸ Deshacer).</numerusform>
            <numerusform>¿Codificar %Ln pasajes de «{document}» con sus códigos sugeridos?
Puede deshacerlo en un paso (Editar ▸ Deshacer).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionTrainer</name>
    <message>
        <source>Learning from your coding…</source>
        <translation>Aprendiendo de su codificación…</translation>
    </message>
    <message>
        <source>Learning from your coding… {progress}.</source>
        <translation>Aprendiendo de su codificación… {progress}.</translation>
    </message>
    <message>
        <source>Suggesting from your codebook: nothing is coded yet to learn from.</source>
        <translation>Sugerencias a partir de su libro de códigos: todavía no hay nada codificado de lo que aprender.</translation>
    </message>
    <message numerus="yes">
        <source>Model up to date (learned from %Ln coded passages).</source>
        <translation>
            <numerusform>Modelo al día (aprendido de %Ln pasaje codificado).</numerusform>
            <numerusform>Modelo al día (aprendido de %Ln pasajes codificados).</numerusform>
        </translation>
    </message>
    <message>
        <source>Learned from your coding: looking for suggestions with it…</source>
        <translation>Aprendido de su codificación: buscando sugerencias con ello…</translation>
    </message>
    <message>
        <source>Nothing to learn yet: the codebook has no code to apply.</source>
        <translation>Nada que aprender todavía: el libro de códigos no tiene ningún código que aplicar.</translation>
    </message>
    <message>
        <source>Will learn from your coding in a moment.</source>
        <translation>Aprenderá de su codificación en un momento.</translation>
    </message>
    <message>
        <source>Could not start learning from your coding: {problem}</source>
        <translation>No se pudo empezar a aprender de su codificación: {problem}</translation>
    </message>
    <message>
        <source>Could not learn from your coding: {problem}</source>
        <translation>No se pudo aprender de su codificación: {problem}</translation>
    </message>
    <message>
        <source>Could not keep the learned model: {problem}</source>
        <translation>No se pudo guardar el modelo aprendido: {problem}</translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message>
        <source>Keywords</source>
        <translation>Palabras clave</translation>
    </message>
    <message>
        <source>Learned</source>
        <translation>Aprendido</translation>
    </message>
    <message>
        <source>Similar</source>
        <translation>Similar</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Sentences</source>
        <translation>Oraciones</translation>
    </message>
    <message>
        <source>Speaker turns</source>
        <translation>Turnos de palabra</translation>
    </message>
    <message>
        <source>Finding suggestions…</source>
        <translation>Buscando sugerencias…</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Look for suggestions again</source>
        <translation>Buscar sugerencias de nuevo</translation>
    </message>
    <message>
        <source>&amp;Keywords</source>
        <translation>&amp;Palabras clave</translation>
    </message>
    <message>
        <source>Suggest from keywords</source>
        <translation>Sugerir a partir de palabras clave</translation>
    </message>
    <message>
        <source>&amp;Learned from my coding</source>
        <translation>&amp;Aprendido de mi codificación</translation>
    </message>
    <message>
        <source>Suggest from my coding</source>
        <translation>Sugerir a partir de mi codificación</translation>
    </message>
    <message>
        <source>Si&amp;milar passages</source>
        <translation>Pasajes si&amp;milares</translation>
    </message>
    <message>
        <source>Suggest similar passages</source>
        <translation>Sugerir pasajes similares</translation>
    </message>
    <message>
        <source>Use code &amp;names as keywords</source>
        <translation>Usar los &amp;nombres de los códigos como palabras clave</translation>
    </message>
    <message>
        <source>Use code names</source>
        <translation>Usar los nombres de los códigos</translation>
    </message>
    <message>
        <source>Few and sure, or many to review</source>
        <translation>Pocas y seguras, o muchas para revisar</translation>
    </message>
    <message>
        <source>Left: only the suggestions qcode is surest of. Middle: each code&apos;s own threshold, learned from your coding. Right: more and more passages to review.</source>
        <translation>Izquierda: solo las sugerencias de las que qcode está más seguro. Centro: el umbral propio de cada código, aprendido de su codificación. Derecha: cada vez más pasajes para revisar.</translation>
    </message>
    <message>
        <source>Suggest whole</source>
        <translation>Sugerir unidades completas</translation>
    </message>
    <message>
        <source>Language pipeline</source>
        <translation>Modelo lingüístico</translation>
    </message>
    <message>
        <source>spaCy pipelines installed on this computer</source>
        <translation>Modelos de spaCy instalados en este equipo</translation>
    </message>
    <message>
        <source>Suggestions heading</source>
        <translation>Encabezado de sugerencias</translation>
    </message>
    <message>
        <source>Learning status</source>
        <translation>Estado del aprendizaje</translation>
    </message>
    <message>
        <source>Learning in progress</source>
        <translation>Aprendizaje en curso</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel learning</source>
        <translation>Cancelar el aprendizaje</translation>
    </message>
    <message>
        <source>Retry with fewer passages</source>
        <translation>Reintentar con menos pasajes</translation>
    </message>
    <message>
        <source>Find more like a code…</source>
        <translation>Buscar más pasajes como un código…</translation>
    </message>
    <message>
        <source>Find more like a code</source>
        <translation>Buscar más pasajes como un código</translation>
    </message>
    <message>
        <source>Rank every passage by how likely it is to belong to a code</source>
        <translation>Ordenar cada pasaje según la probabilidad de que pertenezca a un código</translation>
    </message>
    <message>
        <source>How good are they?…</source>
        <translation>¿Qué tan buenas son?…</translation>
    </message>
    <message>
        <source>How good are suggestions</source>
        <translation>Qué tan buenas son las sugerencias</translation>
    </message>
    <message>
        <source>Measure the suggestions on your own coding</source>
        <translation>Medir las sugerencias sobre su propia codificación</translation>
    </message>
    <message>
        <source>Few, &amp;sure</source>
        <translation>Pocas, &amp;seguras</translation>
    </message>
    <message>
        <source>many, to review</source>
        <translation>muchas, para revisar</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>Open a document to see suggestions for it.</source>
        <translation>Abra un documento para ver sus sugerencias.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln suggestions for {document}.</source>
        <translation>
            <numerusform>%Ln sugerencia para {document}.</numerusform>
            <numerusform>%Ln sugerencias para {document}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Learning from your coding is off.</source>
        <translation>El aprendizaje a partir de su codificación está desactivado.</translation>
    </message>
    <message>
        <source>Learning cancelled: suggestions use what was learnt before, if anything.</source>
        <translation>Aprendizaje cancelado: las sugerencias usan lo aprendido antes, si lo hay.</translation>
    </message>
</context>
<context>
    <name>SurveyAnswersModel</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Encuestado</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
</context>
<context>
    <name>SurveyAnswersWindow</name>
    <message>
        <source>Survey answers</source>
        <translation>Respuestas de la encuesta</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Atributos</translation>
    </message>
    <message>
        <source>Filter answers, respondents, attributes…</source>
        <translation>Filtrar respuestas, encuestados, atributos…</translation>
    </message>
    <message>
        <source>Filter answers</source>
        <translation>Filtrar respuestas</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Answer text</source>
        <translation>Texto de la respuesta</translation>
    </message>
    <message>
        <source>Code to apply</source>
        <translation>Código que aplicar</translation>
    </message>
    <message>
        <source>&amp;Code selected answers</source>
        <translation>&amp;Codificar las respuestas seleccionadas</translation>
    </message>
    <message>
        <source>Code selected &amp;text</source>
        <translation>Codificar el &amp;texto seleccionado</translation>
    </message>
    <message>
        <source>Code selected answers</source>
        <translation>Codificar las respuestas seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Pregunta:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Código:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answers</source>
        <translation>
            <numerusform>%Ln respuesta</numerusform>
            <numerusform>%Ln respuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln answers</source>
        <translation>
            <numerusform>{shown} de %Ln respuesta</numerusform>
            <numerusform>{shown} de %Ln respuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coded %Ln answers &apos;{code}&apos;.</source>
        <translation>
            <numerusform>Se codificó %Ln respuesta como «{code}».</numerusform>
            <numerusform>Se codificaron %Ln respuestas como «{code}».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were coded so already.</source>
        <translation>
            <numerusform>%Ln ya estaba codificada así.</numerusform>
            <numerusform>%Ln ya estaban codificadas así.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select answers and a code first.</source>
        <translation>Seleccione primero respuestas y un código.</translation>
    </message>
    <message>
        <source>Select part of an answer and a code first.</source>
        <translation>Seleccione primero parte de una respuesta y un código.</translation>
    </message>
</context>
<context>
    <name>SurveyImportDialog</name>
    <message>
        <source>Import survey or spreadsheet</source>
        <translation>Importar encuesta u hoja de cálculo</translation>
    </message>
    <message>
        <source>Surveys and spreadsheets (*.csv *.tsv *.xlsx *.ods)</source>
        <translation>Encuestas y hojas de cálculo (*.csv *.tsv *.xlsx *.ods)</translation>
    </message>
    <message>
        <source>Importing answers…</source>
        <translation>Importando respuestas…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import survey</source>
        <translation>Importar encuesta</translation>
    </message>
    <message>
        <source>Importing answer {done} of {total}…</source>
        <translation>Importando la respuesta {done} de {total}…</translation>
    </message>
    <message>
        <source>Imported {answers} to {questions} from {respondents}.</source>
        <translation>Se importaron {answers} a {questions} de {respondents}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answers</source>
        <translation>
            <numerusform>%Ln respuesta</numerusform>
            <numerusform>%Ln respuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln questions</source>
        <translation>
            <numerusform>%Ln pregunta</numerusform>
            <numerusform>%Ln preguntas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln respondents</source>
        <translation>
            <numerusform>%Ln encuestado</numerusform>
            <numerusform>%Ln encuestados</numerusform>
        </translation>
    </message>
    <message>
        <source>{note}.</source>
        <translation>{note}.</translation>
    </message>
    <message>
        <source>Import survey: {name}</source>
        <translation>Importar encuesta: {name}</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Respondent id column</source>
        <translation>Columna del ID del encuestado</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Hoja:</translation>
    </message>
    <message>
        <source>Respondent &amp;id column:</source>
        <translation>Columna del &amp;ID del encuestado:</translation>
    </message>
    <message>
        <source>Each non-empty cell of a text column becomes a document named &apos;column – id&apos;; attribute columns become each answer&apos;s attributes.</source>
        <translation>Cada celda no vacía de una columna de texto se convierte en un documento llamado «columna – id»; las columnas de atributos se convierten en los atributos de cada respuesta.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows; the first {shown}:</source>
        <translation>
            <numerusform>%Ln fila; las primeras {shown}:</numerusform>
            <numerusform>%Ln filas; las primeras {shown}:</numerusform>
        </translation>
    </message>
    <message>
        <source>{answers} from {texts}, with {attributes} each (the id included).</source>
        <translation>{answers} de {texts}, con {attributes} cada una (incluido el identificador).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln text columns</source>
        <translation>
            <numerusform>%Ln columna de texto</numerusform>
            <numerusform>%Ln columnas de texto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attributes</source>
        <translation>
            <numerusform>%Ln atributo</numerusform>
            <numerusform>%Ln atributos</numerusform>
        </translation>
    </message>
    <message>
        <source>First rows of the sheet</source>
        <translation>Primeras filas de la hoja</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Text to code</source>
        <translation>Texto que codificar</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Atributo</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Primer valor</translation>
    </message>
</context>
<context>
    <name>SurveyMenus</name>
    <message>
        <source>S&amp;urvey answers…</source>
        <translation>Respuestas de la &amp;encuesta…</translation>
    </message>
    <message>
        <source>Show answers as a table…</source>
        <translation>Mostrar las respuestas como tabla…</translation>
    </message>
</context>
<context>
    <name>TextArea</name>
    <message>
        <source>Document text</source>
        <translation>Texto del documento</translation>
    </message>
</context>
<context>
    <name>TopCodesChart</name>
    <message>
        <source>Chart: the {TOP_CODES} codes with the most coded segments</source>
        <translation>Gráfico: los {TOP_CODES} códigos con más segmentos codificados</translation>
    </message>
    <message>
        <source>Segments (with sub-codes)</source>
        <translation>Segmentos (con subcódigos)</translation>
    </message>
    <message>
        <source>Coded segments (with sub-codes)</source>
        <translation>Segmentos codificados (con subcódigos)</translation>
    </message>
    <message>
        <source>Top {TOP_CODES} codes by coded segments (with sub-codes)</source>
        <translation>Los {TOP_CODES} códigos principales por segmentos codificados (con subcódigos)</translation>
    </message>
    <message>
        <source>No coded segments in these filters</source>
        <translation>No hay segmentos codificados con estos filtros</translation>
    </message>
    <message>
        <source>No coded segments</source>
        <translation>No hay segmentos codificados</translation>
    </message>
</context>
<context>
    <name>TranscriptionWindow</name>
    <message>
        <source>Transcribing {name}</source>
        <translation>Transcribiendo {name}</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Hablante</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>{play_keys}: play/pause (goes back {seconds:g} s on pause) · {time_keys}: insert the time · {speaker_keys}: insert a speaker label</source>
        <translation>{play_keys}: reproducir/pausar (retrocede {seconds:g} s al pausar) · {time_keys}: insertar la hora · {speaker_keys}: insertar una etiqueta de hablante</translation>
    </message>
    <message>
        <source>{keys} or {key}</source>
        <translation>{keys} o {key}</translation>
    </message>
    <message>
        <source>Speaker label:</source>
        <translation>Etiqueta de hablante:</translation>
    </message>
    <message>
        <source>the transcript is empty: type it first, then save</source>
        <translation>la transcripción está vacía: escríbala primero y luego guarde</translation>
    </message>
</context>
<context>
    <name>UndoController</name>
    <message>
        <source>Undo {edit}</source>
        <translation>Deshacer: {edit}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo {edit}</source>
        <translation>Rehacer: {edit}</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify sources</source>
        <translation>Verificar fuentes</translation>
    </message>
    <message>
        <source>Verification summary</source>
        <translation>Resumen de la verificación</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problemas encontrados</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caracteres</translation>
    </message>
</context>
<context>
    <name>WordsTab</name>
    <message>
        <source>Word frequencies</source>
        <translation>Frecuencias de palabras</translation>
    </message>
    <message>
        <source>Count the words of</source>
        <translation>Contar las palabras de</translation>
    </message>
    <message>
        <source>Include &amp;sub-codes</source>
        <translation>Incluir &amp;subcódigos</translation>
    </message>
    <message>
        <source>Include the text coded with the code&apos;s sub-codes</source>
        <translation>Incluir el texto codificado con los subcódigos del código</translation>
    </message>
    <message>
        <source>Count &amp;words</source>
        <translation>Contar &amp;palabras</translation>
    </message>
    <message>
        <source>Count words</source>
        <translation>Contar palabras</translation>
    </message>
    <message>
        <source>Words o&amp;f:</source>
        <translation>Palabras &amp;de:</translation>
    </message>
    <message>
        <source>Choose a code or a document and press Count words. Words are counted as lemmas (“blacklisted” and “blacklists” count as “blacklist”), without stop words.</source>
        <translation>Elija un código o un documento y pulse Contar palabras. Las palabras se cuentan como lemas (“blacklisted” y “blacklists” cuentan como “blacklist”), sin palabras vacías.</translation>
    </message>
    <message>
        <source>All text the filters allow</source>
        <translation>Todo el texto que permiten los filtros</translation>
    </message>
    <message>
        <source>Code: {indent}{name}</source>
        <translation>Código: {indent}{name}</translation>
    </message>
    <message>
        <source>Document: {name}</source>
        <translation>Documento: {name}</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Palabra</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Recuento</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln most frequent words of {strip}.</source>
        <translation>
            <numerusform>La palabra más frecuente de {strip} (%Ln).</numerusform>
            <numerusform>Las %Ln palabras más frecuentes de {strip}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No words: nothing is coded or written here in these filters.</source>
        <translation>No hay palabras: no hay nada codificado ni escrito aquí con estos filtros.</translation>
    </message>
</context>
<context>
    <name>about_dialog</name>
    <message>
        <source>not installed</source>
        <translation>no instalado</translation>
    </message>
    <message>
        <source>not installed (encrypted projects cannot be opened)</source>
        <translation>no instalado (no se pueden abrir proyectos cifrados)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Project in use</source>
        <translation>Proyecto en uso</translation>
    </message>
    <message>
        <source>{locked}

Open it read-only (you can read and export, not change it)?</source>
        <translation>{locked}

¿Abrirlo en solo lectura (puede leerlo y exportarlo, no modificarlo)?</translation>
    </message>
</context>
<context>
    <name>codebook</name>
    <message>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>Puede deshacerlo con Editar ▸ Deshacer.</translation>
    </message>
</context>
<context>
    <name>codebook.code_dialogs</name>
    <message>
        <source>Merge Into</source>
        <translation>Fusionar con</translation>
    </message>
    <message>
        <source>Merge &apos;{name}&apos; into:</source>
        <translation>Fusionar «{name}» con:</translation>
    </message>
    <message>
        <source>Merge Codes</source>
        <translation>Fusionar códigos</translation>
    </message>
    <message>
        <source>Merge &apos;{name}&apos; into &apos;{target}&apos;? Its {codings} codings and its sub-codes move to &apos;{target}&apos;, and &apos;{name}&apos; is deleted.</source>
        <translation>¿Fusionar «{name}» con «{target}»? Sus {codings} codificaciones y sus subcódigos pasan a «{target}», y «{name}» se elimina.</translation>
    </message>
</context>
<context>
    <name>coding.origins</name>
    <message>
        <source>By hand</source>
        <translation>A mano</translation>
    </message>
    <message>
        <source>Search results coded at once</source>
        <translation>Resultados de búsqueda codificados de una vez</translation>
    </message>
    <message>
        <source>Query results coded at once</source>
        <translation>Resultados de consulta codificados de una vez</translation>
    </message>
    <message>
        <source>Accepted suggestion</source>
        <translation>Sugerencia aceptada</translation>
    </message>
    <message>
        <source>A speaker&apos;s turns coded at once</source>
        <translation>Turnos de un hablante codificados de una vez</translation>
    </message>
    <message>
        <source>Merged in (made by hand there)</source>
        <translation>Fusionado (hecho a mano allí)</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Unknown (made before qcode kept this)</source>
        <translation>Desconocido (hecho antes de que qcode lo registrara)</translation>
    </message>
    <message>
        <source>keywords</source>
        <translation>palabras clave</translation>
    </message>
    <message>
        <source>learned from your coding</source>
        <translation>aprendido de su codificación</translation>
    </message>
    <message>
        <source>similar passages</source>
        <translation>pasajes similares</translation>
    </message>
    <message>
        <source>confidence {confidence:.2f}</source>
        <translation>confianza {confidence:.2f}</translation>
    </message>
    <message>
        <source>model {version}</source>
        <translation>modelo {version}</translation>
    </message>
    <message>
        <source>{origin} ({details})</source>
        <translation>{origin} ({details})</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>Por qué: {reason}</translation>
    </message>
</context>
<context>
    <name>coding.search_panel</name>
    <message>
        <source>{document}, characters {start}–{end}</source>
        <translation>{document}, caracteres {start}–{end}</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
</context>
<context>
    <name>coding.segments_panel</name>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codificador</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
</context>
<context>
    <name>evidence</name>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>&amp;Provenance…</source>
        <translation>&amp;Procedencia…</translation>
    </message>
    <message>
        <source>&amp;Verify sources…</source>
        <translation>&amp;Verificar fuentes…</translation>
    </message>
    <message>
        <source>C&amp;orrect text…</source>
        <translation>C&amp;orregir texto…</translation>
    </message>
    <message>
        <source>C&amp;hanged codings…</source>
        <translation>Codificaciones &amp;modificadas…</translation>
    </message>
    <message>
        <source>P&amp;articipants (consent)</source>
        <translation>P&amp;articipantes (consentimiento)</translation>
    </message>
    <message>
        <source>{name} (since {retain_until})</source>
        <translation>{name} (desde {retain_until})</translation>
    </message>
    <message>
        <source>Keep-until date passed: {participants} — see Privacy ▸ Participants</source>
        <translation>Fecha de conservación vencida: {participants} — vea Privacidad ▸ Participantes</translation>
    </message>
    <message>
        <source>These participants&apos; data was to be kept only until the date shown. Withdraw them (Participants ▸ Withdraw participant…) or record a new date.</source>
        <translation>Los datos de estos participantes solo debían conservarse hasta la fecha indicada. Retírelos (Participantes ▸ Retirar participante…) o registre una nueva fecha.</translation>
    </message>
    <message>
        <source>Provenance…</source>
        <translation>Procedencia…</translation>
    </message>
</context>
<context>
    <name>evidence.correct</name>
    <message>
        <source>No coding covers this place.</source>
        <translation>Ninguna codificación cubre este lugar.</translation>
    </message>
    <message>
        <source>{codings} around this place will grow to take the insertion.</source>
        <translation>{codings} alrededor de este lugar se ampliarán para abarcar la inserción.</translation>
    </message>
    <message>
        <source>{codings} cut through here will keep what remains of their text and be flagged “text changed” for review.</source>
        <translation>{codings} que pasan por aquí conservarán lo que quede de su texto y se marcarán como «texto cambiado» para revisión.</translation>
    </message>
    <message>
        <source>{codings} wholly inside will cover the new text (flagged for review), or be removed if you delete the text.</source>
        <translation>{codings} completamente dentro cubrirán el texto nuevo (marcadas para revisión), o se eliminarán si borra el texto.</translation>
    </message>
    <message>
        <source>Codings around this text grow or shrink with it; none is cut.</source>
        <translation>Las codificaciones alrededor de este texto crecen o se reducen con él; ninguna se corta.</translation>
    </message>
    <message>
        <source>Text corrected (version {version}).</source>
        <translation>Texto corregido (versión {version}).</translation>
    </message>
    <message>
        <source>{codings} moved with it.</source>
        <translation>{codings} movidas con él.</translation>
    </message>
    <message>
        <source>{codings} flagged “text changed” (Edit ▸ Changed codings…).</source>
        <translation>{codings} marcadas como «texto cambiado» (Editar ▸ Codificaciones modificadas…).</translation>
    </message>
    <message>
        <source>{codings} removed: their whole text was deleted (Edit ▸ Undo brings them back).</source>
        <translation>{codings} eliminadas: se borró todo su texto (Editar ▸ Deshacer las recupera).</translation>
    </message>
    <message>
        <source>Open a document, then select the words to correct.</source>
        <translation>Abra un documento y seleccione las palabras que corregir.</translation>
    </message>
</context>
<context>
    <name>evidence.provenance</name>
    <message>
        <source>KB</source>
        <translation>KB</translation>
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
        <translation>tal como se importó</translation>
    </message>
    <message>
        <source>{label} (the edit was erased by a redaction or withdrawal)</source>
        <translation>{label} (la edición fue borrada por una censura o una retirada)</translation>
    </message>
    <message>
        <source>No difference: this version&apos;s text is the text now.</source>
        <translation>Sin diferencias: el texto de esta versión es el texto actual.</translation>
    </message>
    <message>
        <source>Choose a document first (in the Documents list or by opening it).</source>
        <translation>Elija primero un documento (en la lista Documentos o abriéndolo).</translation>
    </message>
</context>
<context>
    <name>evidence.verify</name>
    <message>
        <source>{documents}, {originals} and {versions} of texts checked</source>
        <translation>Se comprobaron {documents}, {originals} y {versions} de textos</translation>
    </message>
    <message>
        <source>All match: {checked}. Nothing was changed since it was recorded.</source>
        <translation>Todo coincide: {checked}. Nada cambió desde que se registró.</translation>
    </message>
    <message>
        <source>{problems} found ({checked}). These no longer match the hash recorded for them:</source>
        <translation>Se encontraron {problems} ({checked}). Estos ya no coinciden con el hash registrado para ellos:</translation>
    </message>
    <message>
        <source>Verify sources: all match.</source>
        <translation>Verificar fuentes: todo coincide.</translation>
    </message>
    <message>
        <source>Verify sources: {problems}.</source>
        <translation>Verificar fuentes: {problems}.</translation>
    </message>
</context>
<context>
    <name>evidence.withdraw</name>
    <message>
        <source>This deletes their documents ({documents}) with every coding and memo on them; the text of every turn of speaker &apos;{speaker}&apos; in other documents (replaced by “[withdrawn]”), with the codings inside those turns; their original files, the earlier versions of those texts; and every copy of their text in the edit history.</source>
        <translation>Esto elimina sus documentos ({documents}) con todas sus codificaciones y memos; el texto de cada turno del hablante «{speaker}» en otros documentos (reemplazado por «[retirado]»), con las codificaciones dentro de esos turnos; sus archivos originales, las versiones anteriores de esos textos; y toda copia de su texto en el historial de ediciones.</translation>
    </message>
    <message>
        <source>This deletes their documents ({documents}) with every coding and memo on them; their original files, the earlier versions of those texts; and every copy of their text in the edit history.</source>
        <translation>Esto elimina sus documentos ({documents}) con todas sus codificaciones y memos; sus archivos originales, las versiones anteriores de esos textos; y toda copia de su texto en el historial de ediciones.</translation>
    </message>
    <message>
        <source>This deletes the text of every turn of speaker &apos;{speaker}&apos; in other documents (replaced by “[withdrawn]”), with the codings inside those turns; their original files, the earlier versions of those texts; and every copy of their text in the edit history.</source>
        <translation>Esto elimina el texto de cada turno del hablante «{speaker}» en otros documentos (reemplazado por «[retirado]»), con las codificaciones dentro de esos turnos; sus archivos originales, las versiones anteriores de esos textos; y toda copia de su texto en el historial de ediciones.</translation>
    </message>
    <message>
        <source>This deletes their original files, the earlier versions of those texts and every copy of their text in the edit history.</source>
        <translation>Esto elimina sus archivos originales, las versiones anteriores de esos textos y toda copia de su texto en el historial de ediciones.</translation>
    </message>
    <message>
        <source>Withdraw &apos;{name}&apos; and delete everything about them?</source>
        <translation>¿Retirar a «{name}» y eliminar todo lo relativo a esta persona?</translation>
    </message>
    <message>
        <source>Their record in the register goes too; the log keeps only a deletion record (who withdrew them, when, and how much was removed).</source>
        <translation>Su entrada en el registro también se elimina; el registro de actividad solo guarda una constancia de la eliminación (quién la retiró, cuándo y cuánto se eliminó).</translation>
    </message>
    <message>
        <source>Recordings that hold their voice (qcode cannot cut a voice out of a recording; each is unlinked):
{recordings}</source>
        <translation>Grabaciones que contienen su voz (qcode no puede quitar una voz de una grabación; cada una se desvincula):
{recordings}</translation>
    </message>
    <message>
        <source>After the withdrawal you will be asked whether qcode should delete the recording files of their own interviews too.</source>
        <translation>Tras la retirada se le preguntará si qcode debe eliminar también los archivos de grabación de sus propias entrevistas.</translation>
    </message>
    <message>
        <source>This is permanent: Edit ▸ Undo cannot bring it back, and the edits made before it can no longer be undone.</source>
        <translation>Es permanente: Editar ▸ Deshacer no puede recuperarlo, y las ediciones anteriores ya no se podrán deshacer.</translation>
    </message>
    <message>
        <source>Deleted: {counts}.</source>
        <translation>Eliminado: {counts}.</translation>
    </message>
    <message>
        <source>The project file was rebuilt so that none of their text is left in it.</source>
        <translation>El archivo del proyecto se reconstruyó para que no quede en él nada de su texto.</translation>
    </message>
    <message>
        <source>The project file&apos;s write-ahead log still holds their text until the project is closed (another program has it open).</source>
        <translation>El registro de escritura anticipada del archivo del proyecto aún contiene su texto hasta que se cierre el proyecto (otro programa lo tiene abierto).</translation>
    </message>
    <message>
        <source>Recordings:
{recordings}</source>
        <translation>Grabaciones:
{recordings}</translation>
    </message>
    <message>
        <source>Coders&apos; copies of this project beside it may still hold their data; delete them or make them again:
{copies}</source>
        <translation>Las copias de este proyecto de los codificadores que están junto a él pueden contener aún sus datos; elimínelas o vuelva a crearlas:
{copies}</translation>
    </message>
    <message>
        <source>Withdraw participant — permanent</source>
        <translation>Retirar participante — permanente</translation>
    </message>
    <message>
        <source>Participant withdrawn</source>
        <translation>Participante retirado</translation>
    </message>
    <message>
        <source>Delete backups?</source>
        <translation>¿Eliminar las copias de seguridad?</translation>
    </message>
    <message>
        <source>These backups beside the project still hold their data:
{listed}

Delete them now? (They hold everyone else&apos;s data too, as it was when each backup was made.)</source>
        <translation>Estas copias de seguridad junto al proyecto aún contienen sus datos:
{listed}

¿Eliminarlas ahora? (También contienen los datos de todos los demás, tal como estaban cuando se hizo cada copia.)</translation>
    </message>
    <message>
        <source>Participant withdrawn: {counts}; {backups} deleted.</source>
        <translation>Participante retirado: {counts}; {backups} eliminadas.</translation>
    </message>
    <message>
        <source>Participant withdrawn: {counts}.</source>
        <translation>Participante retirado: {counts}.</translation>
    </message>
    <message>
        <source>Delete their recordings?</source>
        <translation>¿Eliminar sus grabaciones?</translation>
    </message>
    <message>
        <source>These recordings of their own interviews still hold their voice:
{listed}

Delete the files now? (Only a file that is still the recording linked is deleted; if you keep one, delete it yourself.)</source>
        <translation>Estas grabaciones de sus propias entrevistas aún contienen su voz:
{listed}

¿Eliminar los archivos ahora? (Solo se elimina un archivo que siga siendo la grabación vinculada; si conserva alguno, elimínelo usted.)</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>Pseudonymise (replace identifiers from the Pseudonyms table)</source>
        <translation>Seudonimizar (reemplazar los identificadores de la tabla de seudónimos)</translation>
    </message>
    <message>
        <source> Pseudonymised, and checked: no identifier is left in it.</source>
        <translation> Seudonimizado y comprobado: no queda en él ningún identificador.</translation>
    </message>
    <message>
        <source>Ignore consent (own backup)</source>
        <translation>Ignorar el consentimiento (copia de seguridad propia)</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Escribiendo…</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Exportación cancelada: no se escribió ningún archivo.</translation>
    </message>
</context>
<context>
    <name>exchange.export_flow</name>
    <message>
        <source>Could not write {name}: {problem}</source>
        <translation>No se pudo escribir {name}: {problem}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Pseudonymise the export?</source>
        <translation>¿Seudonimizar la exportación?</translation>
    </message>
    <message>
        <source>Ticked, the export shows each identifier&apos;s replacement instead, and is checked for identifiers before it is saved. The project itself does not change.</source>
        <translation>Si se marca, la exportación muestra el reemplazo de cada identificador en su lugar y se comprueba que no contenga identificadores antes de guardarla. El proyecto en sí no cambia.</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Their passages are left out of the export, and the export says how many. Tick the box only for the project&apos;s own backup, which must never be shared.</source>
        <translation>Sus pasajes se omiten en la exportación, y la exportación indica cuántos. Marque la casilla solo para la copia de seguridad propia del proyecto, que nunca debe compartirse.</translation>
    </message>
    <message>
        <source> Consent register ignored: this is the project&apos;s own backup, never share it.</source>
        <translation> Registro de consentimiento ignorado: es la copia de seguridad propia del proyecto, no la comparta nunca.</translation>
    </message>
    <message>
        <source> Consent: {line}.</source>
        <translation> Consentimiento: {line}.</translation>
    </message>
    <message>
        <source> (pseudonymised)</source>
        <translation> (seudonimizado)</translation>
    </message>
</context>
<context>
    <name>exchange.exports</name>
    <message>
        <source>Export to Excel</source>
        <translation>Exportar a Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Escribiendo el libro…</translation>
    </message>
    <message>
        <source>Export cancelled: no workbook was written.</source>
        <translation>Exportación cancelada: no se escribió ningún libro.</translation>
    </message>
    <message>
        <source>Export coded segments as CSV</source>
        <translation>Exportar segmentos codificados como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Wrote {target}: {documents}, {codes}, {codings}, {memos}.{note}</source>
        <translation>Se escribió {target}: {documents}, {codes}, {codings}, {memos}.{note}</translation>
    </message>
    <message>
        <source>Export agreement to Excel</source>
        <translation>Exportar el acuerdo a Excel</translation>
    </message>
    <message>
        <source>Wrote the agreement figures to {target}.</source>
        <translation>Se escribieron las cifras de acuerdo en {target}.</translation>
    </message>
    <message>
        <source> Not in the standard, so not exported: </source>
        <translation> No está en el estándar, así que no se exportó: </translation>
    </message>
    <message>
        <source> Recordings: {where}.</source>
        <translation> Grabaciones: {where}.</translation>
    </message>
    <message>
        <source>Export REFI-QDA project</source>
        <translation>Exportar proyecto REFI-QDA</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>Proyectos REFI-QDA (*.qdpx)</translation>
    </message>
    <message>
        <source>Writing the REFI-QDA project…</source>
        <translation>Escribiendo el proyecto REFI-QDA…</translation>
    </message>
    <message>
        <source>Export codebook</source>
        <translation>Exportar libro de códigos</translation>
    </message>
    <message>
        <source>REFI-QDA codebook (*.qdc)</source>
        <translation>Libro de códigos REFI-QDA (*.qdc)</translation>
    </message>
    <message>
        <source>Wrote {count} codes to {target}.</source>
        <translation>Se escribieron {count} códigos en {target}.</translation>
    </message>
</context>
<context>
    <name>exchange.imports</name>
    <message>
        <source>Import documents</source>
        <translation>Importar documentos</translation>
    </message>
    <message>
        <source>Documents ({patterns})</source>
        <translation>Documentos ({patterns})</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Importing {name} ({number} of {count})…</source>
        <translation>Importando {name} ({number} de {count})…</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <source>Import codebook</source>
        <translation>Importar libro de códigos</translation>
    </message>
    <message>
        <source>REFI-QDA codebooks (*.qdc *.qde)</source>
        <translation>Libros de códigos REFI-QDA (*.qdc *.qde)</translation>
    </message>
    <message>
        <source>{where}{added} codes added, {matched} already there.</source>
        <translation>{where}{added} códigos añadidos, {matched} ya existían.</translation>
    </message>
    <message>
        <source>Note: {notes}.</source>
        <translation>Nota: {notes}.</translation>
    </message>
    <message>
        <source>Import REFI-QDA project</source>
        <translation>Importar proyecto REFI-QDA</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx *.qde)</source>
        <translation>Proyectos REFI-QDA (*.qdpx *.qde)</translation>
    </message>
    <message>
        <source>This project already has documents: import into a new project</source>
        <translation>Este proyecto ya tiene documentos: importe en un proyecto nuevo</translation>
    </message>
    <message>
        <source>qcode projects (*.qcode)</source>
        <translation>Proyectos de qcode (*.qcode)</translation>
    </message>
    <message>
        <source>warning: {line}</source>
        <translation>aviso: {line}</translation>
    </message>
    <message>
        <source>changed: {line}</source>
        <translation>cambiado: {line}</translation>
    </message>
    <message>
        <source>skipped: {line}</source>
        <translation>omitido: {line}</translation>
    </message>
    <message>
        <source>REFI-QDA import</source>
        <translation>Importación REFI-QDA</translation>
    </message>
    <message>
        <source>Imported {counts}.</source>
        <translation>Importado: {counts}.</translation>
    </message>
    <message>
        <source>{n_lines} things were skipped or changed: see the details below.</source>
        <translation>Se omitieron o cambiaron {n_lines} elementos: vea los detalles abajo.</translation>
    </message>
    <message>
        <source>Nothing was skipped or changed.</source>
        <translation>No se omitió ni cambió nada.</translation>
    </message>
    <message>
        <source>REFI-QDA import report</source>
        <translation>Informe de importación REFI-QDA</translation>
    </message>
</context>
<context>
    <name>findings.case_dialogs</name>
    <message>
        <source>Assign to case</source>
        <translation>Asignar a un caso</translation>
    </message>
    <message>
        <source>Assign {what} to which case?
(type a new name to make a new case)</source>
        <translation>¿A qué caso asignar {what}?
(escriba un nombre nuevo para crear un caso nuevo)</translation>
    </message>
    <message>
        <source> ({already} already in it)</source>
        <translation> ({already} ya estaban en él)</translation>
    </message>
    <message>
        <source>Assigned {what} to the case &apos;{name}&apos;{note}.</source>
        <translation>Se asignó {what} al caso «{name}»{note}.</translation>
    </message>
    <message>
        <source>Import case list</source>
        <translation>Importar lista de casos</translation>
    </message>
    <message>
        <source>Case lists (*.csv *.xlsx);;All files (*)</source>
        <translation>Listas de casos (*.csv *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Case list imported</source>
        <translation>Lista de casos importada</translation>
    </message>
</context>
<context>
    <name>findings.cases_panel</name>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Documents, speakers and codings assigned to the case</source>
        <translation>Documentos, hablantes y codificaciones asignados al caso</translation>
    </message>
</context>
<context>
    <name>findings.corroboration_window</name>
    <message>
        <source>no source</source>
        <translation>sin fuente</translation>
    </message>
</context>
<context>
    <name>findings.framework_model</name>
    <message>
        <source>{coded} coded</source>
        <translation>codificados: {coded}</translation>
    </message>
    <message>
        <source>{quotes} quoted</source>
        <translation>citados: {quotes}</translation>
    </message>
    <message>
        <source>(no summary yet)</source>
        <translation>(aún sin resumen)</translation>
    </message>
</context>
<context>
    <name>findings.undo_menu</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
</context>
<context>
    <name>headers</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codificaciones</translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation>Alegación</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Distinct independent sources: cases, or the document for a coding in no case</source>
        <translation>Fuentes independientes distintas: casos, o el documento para una codificación sin caso</translation>
    </message>
    <message>
        <source>First-hand</source>
        <translation>Primera mano</translation>
    </message>
    <message>
        <source>Sources with at least one coding graded first-hand</source>
        <translation>Fuentes con al menos una codificación con grado de primera mano</translation>
    </message>
    <message>
        <source>Contradicted</source>
        <translation>Contradicha</translation>
    </message>
    <message>
        <source>&apos;contradicts&apos; links to or from these codings</source>
        <translation>Vínculos «contradice» hacia o desde estas codificaciones</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Hablante</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Coded text</source>
        <translation>Texto codificado</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codificador</translation>
    </message>
    <message>
        <source>Coded at (UTC)</source>
        <translation>Codificado el (UTC)</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>Coding ID</source>
        <translation>ID de codificación</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Adjunto a</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Creado (UTC)</translation>
    </message>
    <message>
        <source>Modified (UTC)</source>
        <translation>Modificado (UTC)</translation>
    </message>
    <message>
        <source>(overall)</source>
        <translation>(global)</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caracteres</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Oraciones</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>Párrafos</translation>
    </message>
    <message>
        <source>Coded segments</source>
        <translation>Segmentos codificados</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>% agreement</source>
        <translation>% de acuerdo</translation>
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
        <translation>Acuerdo específico</translation>
    </message>
    <message>
        <source>Share of units on which the coders agree: all coded them, or none did</source>
        <translation>Proporción de unidades en las que los codificadores coinciden: todos las codificaron, o ninguno</translation>
    </message>
    <message>
        <source>Agreement beyond chance: 1 is perfect, 0 no better than chance</source>
        <translation>Acuerdo más allá del azar: 1 es perfecto, 0 no es mejor que el azar</translation>
    </message>
    <message>
        <source>Agreement beyond chance (nominal): 0.8 is a common bar, 0.667 the lowest for tentative conclusions</source>
        <translation>Acuerdo más allá del azar (nominal): 0,8 es un umbral habitual; 0,667, el mínimo para conclusiones provisionales</translation>
    </message>
    <message>
        <source>Positive agreement: of the units any coder coded, the share the coders agree on (text nobody coded does not count)</source>
        <translation>Acuerdo positivo: de las unidades que algún codificador codificó, la proporción en la que coinciden (el texto que nadie codificó no cuenta)</translation>
    </message>
</context>
<context>
    <name>media</name>
    <message>
        <source>Link recording…</source>
        <translation>Vincular grabación…</translation>
    </message>
    <message>
        <source>Unlink recording</source>
        <translation>Desvincular grabación</translation>
    </message>
    <message>
        <source>Open a document first, then link its recording.</source>
        <translation>Abra primero un documento y luego vincule su grabación.</translation>
    </message>
    <message>
        <source>Link recording</source>
        <translation>Vincular grabación</translation>
    </message>
    <message>
        <source>Linked {file_name} to &apos;{name}&apos; (kept where it is, not copied). The project is encrypted but its recordings are not: qcode links them where they are; keep them on an encrypted disk.</source>
        <translation>Se vinculó {file_name} a «{name}» (se queda donde está, no se copia). El proyecto está cifrado pero sus grabaciones no: qcode las vincula donde están; guárdelas en un disco cifrado.</translation>
    </message>
    <message>
        <source>Linked {file_name} to &apos;{name}&apos; (kept where it is, not copied).</source>
        <translation>Se vinculó {file_name} a «{name}» (se queda donde está, no se copia).</translation>
    </message>
    <message>
        <source>Recordings ({patterns})</source>
        <translation>Grabaciones ({patterns})</translation>
    </message>
</context>
<context>
    <name>media.transcribe</name>
    <message>
        <source>New transcript from a recording…</source>
        <translation>Nueva transcripción a partir de una grabación…</translation>
    </message>
    <message>
        <source>Transcribe a recording</source>
        <translation>Transcribir una grabación</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>#{id} (deleted)</source>
        <translation>#{id} (eliminado)</translation>
    </message>
    <message>
        <source>% agreement</source>
        <translation>% de acuerdo</translation>
    </message>
    <message>
        <source>&apos;)&apos; without a matching &apos;(&apos;</source>
        <translation>&apos;)&apos; sin su &apos;(&apos; correspondiente</translation>
    </message>
    <message>
        <source>&apos;**&apos; may only end a path, as in &quot;Harms/**&quot;</source>
        <translation>&apos;**&apos; solo puede terminar una ruta, como en &quot;Harms/**&quot;</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is a grouping code; apply one of its sub-codes</source>
        <translation>«{code}» es un código de agrupación; aplique uno de sus subcódigos</translation>
    </message>
    <message>
        <source>&apos;{document}&apos; has no recording linked</source>
        <translation>«{document}» no tiene ninguna grabación vinculada</translation>
    </message>
    <message>
        <source>&apos;{document}&apos; has no version {version} (its versions are 1 to {last})</source>
        <translation>«{document}» no tiene versión {version} (sus versiones van de 1 a {last})</translation>
    </message>
    <message>
        <source>&apos;{document}&apos; was not imported from a file: it has no original</source>
        <translation>«{document}» no se importó de un archivo: no tiene original</translation>
    </message>
    <message>
        <source>&apos;{document}&apos; would have more than {limit:,} characters; nothing was changed</source>
        <translation>«{document}» tendría más de {limit:,} caracteres; no se cambió nada</translation>
    </message>
    <message>
        <source>&apos;{document}&apos; would have no text left; nothing was changed</source>
        <translation>«{document}» se quedaría sin texto; no se cambió nada</translation>
    </message>
    <message>
        <source>&apos;{document}&apos;: a second recording for the same transcript was not linked</source>
        <translation>&apos;{document}&apos;: no se vinculó una segunda grabación para la misma transcripción</translation>
    </message>
    <message>
        <source>&apos;{document}&apos;: its recording ({path}) was not found on this computer; link it with: qcode media PROJECT DOCUMENT FILE</source>
        <translation>&apos;{document}&apos;: su grabación ({path}) no se encontró en este ordenador; vincúlela con: qcode media PROJECT DOCUMENT FILE</translation>
    </message>
    <message>
        <source>&apos;{document}&apos;: its recording linked at {path}</source>
        <translation>&apos;{document}&apos;: su grabación se vinculó en {path}</translation>
    </message>
    <message>
        <source>&apos;{document}&apos;: its recording was not linked ({problem})</source>
        <translation>&apos;{document}&apos;: su grabación no se vinculó ({problem})</translation>
    </message>
    <message>
        <source>&apos;{document}&apos;: its recording written out of the file to {path}</source>
        <translation>&apos;{document}&apos;: su grabación se extrajo del archivo a {path}</translation>
    </message>
    <message>
        <source>&apos;{document}&apos;: {problem}</source>
        <translation>«{document}»: {problem}</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; was not done: it would break the project&apos;s consistency ({problem})</source>
        <translation>No se hizo «{label}»: rompería la coherencia del proyecto ({problem})</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; ({what}) was not imported: it has no text or transcript</source>
        <translation>&apos;{name}&apos; ({what}) no se importó: no tiene texto ni transcripción</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has the same text as &apos;{earlier}&apos;; its codings and memos are on that document</source>
        <translation>&apos;{name}&apos; tiene el mismo texto que &apos;{earlier}&apos;; sus codificaciones y memos están en ese documento</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; was not imported: {problem}</source>
        <translation>&apos;{name}&apos; no se importó: {problem}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; was not imported: {problem} ({codings} lost)</source>
        <translation>&apos;{name}&apos; no se importó: {problem} (se perdieron {codings})</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;: {codings} of the whole {what} not imported</source>
        <translation>&apos;{name}&apos;: no se importaron {codings} del {what} entero</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;: {count:,} passage marked without a code is now memos on the document, quoting the passage</source>
        <translation>&apos;{name}&apos;: {count:,} pasaje marcado sin código es ahora un memo del documento que cita el pasaje</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;: {count:,} passages marked without a code are now memos on the document, quoting the passage</source>
        <translation>&apos;{name}&apos;: {count:,} pasajes marcados sin código son ahora memos del documento que citan el pasaje</translation>
    </message>
    <message numerus="yes">
        <source>&apos;{name}&apos;: {count:,} selection{s} outside its text ({length} {unit}) and were not imported: {spans}</source>
        <translation>
            <numerusform>&apos;{name}&apos;: {count:,} selección fuera de su texto ({length} {unit}) no se importó: {spans}</numerusform>
            <numerusform>&apos;{name}&apos;: {count:,} selecciones fuera de su texto ({length} {unit}) no se importaron: {spans}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;{name}&apos;: {count:,} selection{s} without a valid start before the end were not imported: {spans}</source>
        <translation>
            <numerusform>&apos;{name}&apos;: {count:,} selección sin un inicio válido antes del final no se importó: {spans}</numerusform>
            <numerusform>&apos;{name}&apos;: {count:,} selecciones sin un inicio válido antes del final no se importaron: {spans}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;{name}&apos;: {count:,} {what} region or time selection{s} with {codings} not imported (qcode codes text only)</source>
        <translation>
            <numerusform>&apos;{name}&apos;: no se importó {count:,} selección de región o de tiempo de {what} con {codings} (qcode solo codifica texto)</numerusform>
            <numerusform>&apos;{name}&apos;: no se importaron {count:,} selecciones de región o de tiempo de {what} con {codings} (qcode solo codifica texto)</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is not a code path (empty part)</source>
        <translation>«{path}» no es una ruta de código (tiene una parte vacía)</translation>
    </message>
    <message>
        <source>&apos;{document}&apos;: its recording {file} still holds what was replaced (qcode cannot redact audio): keep it apart from anything shared, or edit it</source>
        <translation>&apos;{document}&apos;: su grabación {file} aún contiene lo que se reemplazó (qcode no puede editar audio): manténgala aparte de todo lo que se comparta, o edítela</translation>
    </message>
    <message>
        <source>&apos;{document}&apos;: its recording {file} still holds what was replaced (qcode cannot redact audio): keep it apart from anything shared, or edit it (the replaced words are spoken at {times})</source>
        <translation>&apos;{document}&apos;: su grabación {file} aún contiene lo que se reemplazó (qcode no puede editar audio): manténgala aparte de todo lo que se comparta, o edítela (las palabras reemplazadas se oyen en {times})</translation>
    </message>
    <message>
        <source>&apos;{document}&apos;: the recording it transcribes still holds what was replaced (qcode cannot redact audio): keep it apart from anything shared, or edit it</source>
        <translation>&apos;{document}&apos;: la grabación que transcribe aún contiene lo que se reemplazó (qcode no puede editar audio): manténgala aparte de todo lo que se comparta, o edítela</translation>
    </message>
    <message>
        <source>&apos;{document}&apos;: the recording it transcribes still holds what was replaced (qcode cannot redact audio): keep it apart from anything shared, or edit it (the replaced words are spoken at {times})</source>
        <translation>&apos;{document}&apos;: la grabación que transcribe aún contiene lo que se reemplazó (qcode no puede editar audio): manténgala aparte de todo lo que se comparta, o edítela (las palabras reemplazadas se oyen en {times})</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; was not done: a text in it holds an invalid character (a lone surrogate)</source>
        <translation>«{label}» no se hizo: uno de sus textos contiene un carácter no válido (un sustituto aislado)</translation>
    </message>
    <message>
        <source>&apos;{source}&apos;: a project in memory cannot keep a recording</source>
        <translation>&apos;{source}&apos;: un proyecto en memoria no puede guardar una grabación</translation>
    </message>
    <message>
        <source>&apos;{source}&apos;: its recording sources/{entry} is missing from the file</source>
        <translation>&apos;{source}&apos;: falta su grabación sources/{entry} en el archivo</translation>
    </message>
    <message>
        <source>&apos;{source}&apos;: its recording sources/{entry} is not a kind qcode links</source>
        <translation>&apos;{source}&apos;: su grabación sources/{entry} no es de un tipo que qcode vincule</translation>
    </message>
    <message>
        <source>&apos;{suffix}&apos; is not a recording qcode links (it links {known})</source>
        <translation>&apos;{suffix}&apos; no es una grabación que qcode vincule (vincula {known})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date like 2031-12-31</source>
        <translation>«{value}» no es una fecha como 2031-12-31</translation>
    </message>
    <message>
        <source>&apos;{variable}&apos; is {ours} here but {theirs} in {other}; kept {ours}</source>
        <translation>&apos;{variable}&apos; es {ours} aquí pero {theirs} en {other}; se conservó {ours}</translation>
    </message>
    <message>
        <source>&apos;{what}&apos; is {ours} here but {theirs} in {other}; kept {chosen}</source>
        <translation>&apos;{what}&apos; es {ours} aquí pero {theirs} en {other}; se conservó {chosen}</translation>
    </message>
    <message>
        <source>(a replacement holding an identifier; not shown)</source>
        <translation>(un reemplazo que contiene un identificador; no se muestra)</translation>
    </message>
    <message>
        <source>(no extension) is not a recording qcode links (it links {known})</source>
        <translation>(sin extensión) no es una grabación que qcode vincule (vincula {known})</translation>
    </message>
    <message>
        <source>--sections: name at least one of {sections}</source>
        <translation>--sections: indique al menos una de {sections}</translation>
    </message>
    <message>
        <source>--split must be between 0.05 and 0.95</source>
        <translation>--split debe estar entre 0.05 y 0.95</translation>
    </message>
    <message>
        <source>1 byte that is not valid UTF-8 replaced by � on line {lines}</source>
        <translation>1 byte no válido en UTF-8 sustituido por � en la línea {lines}</translation>
    </message>
    <message>
        <source>&lt;{tag}&gt; is still open</source>
        <translation>&lt;{tag}&gt; sigue abierto</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>Acerca de este informe</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Todos los códigos</translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation>Alegación</translation>
    </message>
    <message>
        <source>Asks</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Bar chart of the {count} codes with the most coded passages.</source>
        <translation>Gráfico de barras de los {count} códigos con más pasajes codificados.</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caracteres</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Co-occurrence</source>
        <translation>Coocurrencia</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Code frequencies</source>
        <translation>Frecuencias de códigos</translation>
    </message>
    <message>
        <source>Code memos</source>
        <translation>Memos de códigos</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Libro de códigos</translation>
    </message>
    <message>
        <source>Coded passages</source>
        <translation>Pasajes codificados</translation>
    </message>
    <message>
        <source>Coded passages (own)</source>
        <translation>Pasajes codificados (propios)</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Codificadores</translation>
    </message>
    <message>
        <source>Coders {coders}; documents: {documents}.</source>
        <translation>Codificadores {coders}; documentos: {documents}.</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa</source>
        <translation>Kappa de Cohen</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Contradicting links</source>
        <translation>Vínculos que contradicen</translation>
    </message>
    <message>
        <source>Corroboration</source>
        <translation>Corroboración</translation>
    </message>
    <message>
        <source>Document memos</source>
        <translation>Memos de documentos</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>END ({end:,}) is past the end of &apos;{document}&apos; ({count:,} characters); nothing was changed</source>
        <translation>END ({end:,}) está más allá del final de «{document}» ({count:,} caracteres); no se cambió nada</translation>
    </message>
    <message>
        <source>Each case&apos;s summary on each code, as the team wrote it (&apos;qcode framework&apos;), then the coded passages each summary rests on.</source>
        <translation>El resumen de cada caso en cada código, tal como lo escribió el equipo (&apos;qcode framework&apos;), y luego los pasajes codificados en que se basa cada resumen.</translation>
    </message>
    <message>
        <source>Each saved query, the passages it finds now in this report&apos;s documents (&apos;qcode query --run NAME&apos; lists them).</source>
        <translation>Cada consulta guardada y los pasajes que encuentra ahora en los documentos de este informe (&apos;qcode query --run NAME&apos; los lista).</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>First-hand</source>
        <translation>Primera mano</translation>
    </message>
    <message>
        <source>Framework matrix</source>
        <translation>Matriz de marco</translation>
    </message>
    <message>
        <source>Heat map of how often the {count} most applied codes overlap.</source>
        <translation>Mapa de calor de la frecuencia con que se solapan los {count} códigos más aplicados.</translation>
    </message>
    <message>
        <source>How often passages of two codes overlap, for the {count} codes applied most often (the figures of &apos;qcode cooccurrence&apos;).</source>
        <translation>Con qué frecuencia se solapan los pasajes de dos códigos, para los {count} códigos más aplicados (las cifras de &apos;qcode cooccurrence&apos;).</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>Importado de</translation>
    </message>
    <message>
        <source>Inter-coder agreement</source>
        <translation>Acuerdo entre codificadores</translation>
    </message>
    <message>
        <source>Keywords: {keywords}</source>
        <translation>Palabras clave: {keywords}</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha</source>
        <translation>Alfa de Krippendorff</translation>
    </message>
    <message>
        <source>Memo: {memo}</source>
        <translation>Memo: {memo}</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>Memos</translation>
    </message>
    <message>
        <source>NEAR/{unit} is not a distance: use NEAR/N (N characters, 0 to {most:,}), NEAR/sentence, NEAR/paragraph or NEAR/turn</source>
        <translation>NEAR/{unit} no es una distancia: use NEAR/N (N caracteres, de 0 a {most:,}), NEAR/sentence, NEAR/paragraph o NEAR/turn</translation>
    </message>
    <message>
        <source>NOT must follow AND (write &apos;AND NOT&apos;)</source>
        <translation>NOT debe ir después de AND (escriba &apos;AND NOT&apos;)</translation>
    </message>
    <message>
        <source>No case has a summary on the codes in this report.</source>
        <translation>Ningún caso tiene un resumen sobre los códigos de este informe.</translation>
    </message>
    <message>
        <source>No coded passages in this report.</source>
        <translation>No hay pasajes codificados en este informe.</translation>
    </message>
    <message>
        <source>No coded passages in this report: nothing to chart.</source>
        <translation>No hay pasajes codificados en este informe: nada que representar.</translation>
    </message>
    <message>
        <source>No coded passages in this report: nothing to corroborate.</source>
        <translation>No hay pasajes codificados en este informe: nada que corroborar.</translation>
    </message>
    <message>
        <source>No codes in this report.</source>
        <translation>No hay códigos en este informe.</translation>
    </message>
    <message>
        <source>No documents in this report.</source>
        <translation>No hay documentos en este informe.</translation>
    </message>
    <message>
        <source>No project, document or code memos in this report.</source>
        <translation>No hay memos de proyecto, documento ni código en este informe.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Passages found</source>
        <translation>Pasajes encontrados</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Project memos</source>
        <translation>Memos del proyecto</translation>
    </message>
    <message>
        <source>Pseudonymised</source>
        <translation>Seudonimizado</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Quotes are the coded text exactly as stored in the project. ¶ is the paragraph of the document the passage starts in, counted from 1; a time is the position in the recording, where the document is a subtitle file.</source>
        <translation>Las citas son el texto codificado tal como está guardado en el proyecto. ¶ es el párrafo del documento donde empieza el pasaje, contando desde 1; un tiempo es la posición en la grabación, cuando el documento es un archivo de subtítulos.</translation>
    </message>
    <message>
        <source>Quotes by code</source>
        <translation>Citas por código</translation>
    </message>
    <message>
        <source>Report written {time}</source>
        <translation>Informe escrito el {time}</translation>
    </message>
    <message>
        <source>SHA-256 is the fingerprint of the document&apos;s text as qcode stores it (UTF-8): the same text always gives the same fingerprint.</source>
        <translation>SHA-256 es la huella del texto del documento tal como lo guarda qcode (UTF-8): el mismo texto da siempre la misma huella.</translation>
    </message>
    <message>
        <source>SHA-256 is the fingerprint of the document&apos;s text as qcode stores it (UTF-8): the same text always gives the same fingerprint. The names of the files the documents were imported from are left out of a pseudonymised report: they often hold names.</source>
        <translation>SHA-256 es la huella del texto del documento tal como lo guarda qcode (UTF-8): el mismo texto da siempre la misma huella. Los nombres de los archivos de los que se importaron los documentos se omiten en un informe seudonimizado: a menudo contienen nombres.</translation>
    </message>
    <message>
        <source>START ({start:,}) is after END ({end:,}); nothing was changed</source>
        <translation>START ({start:,}) está después de END ({end:,}); no se cambió nada</translation>
    </message>
    <message>
        <source>Saved queries</source>
        <translation>Consultas guardadas</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>Fuentes: {sources}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>The figures of &apos;qcode agreement&apos; (character unit): every character of a document counts as coded or not coded with each code by each coder.</source>
        <translation>Las cifras de &apos;qcode agreement&apos; (unidad carácter): cada carácter de un documento cuenta como codificado o no codificado con cada código por cada codificador.</translation>
    </message>
    <message>
        <source>The figures of &apos;qcode corroboration&apos;: a source is a case a coded passage belongs to (a passage of no case: its document); first-hand sources have a passage graded first-hand; contradicting links are links of the type &apos;contradicts&apos;. An allegation counts the passages of its sub-codes.</source>
        <translation>Las cifras de &apos;qcode corroboration&apos;: una fuente es el caso al que pertenece un pasaje codificado (un pasaje sin caso: su documento); las fuentes de primera mano tienen un pasaje con grado de primera mano; los vínculos que contradicen son vínculos del tipo &apos;contradicts&apos;. Una alegación cuenta los pasajes de sus subcódigos.</translation>
    </message>
    <message>
        <source>The quotes of this report are limited to {query}.</source>
        <translation>Las citas de este informe se limitan a {query}.</translation>
    </message>
    <message>
        <source>UTF-16 units</source>
        <translation>unidades UTF-16</translation>
    </message>
    <message>
        <source>Update this field to list the headings.</source>
        <translation>Actualice este campo para listar los títulos.</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Escrito</translation>
    </message>
    <message>
        <source>a breakdown by attribute needs the attribute&apos;s name</source>
        <translation>un desglose por atributo necesita el nombre del atributo</translation>
    </message>
    <message>
        <source>a breakdown by case attribute needs the attribute&apos;s name</source>
        <translation>un desglose por atributo de caso necesita el nombre del atributo</translation>
    </message>
    <message>
        <source>a case</source>
        <translation>un caso</translation>
    </message>
    <message>
        <source>a case member is a document, a speaker or a coding</source>
        <translation>un miembro de un caso es un documento, un hablante o una codificación</translation>
    </message>
    <message>
        <source>a case member is a document, a speaker or a coding, not several</source>
        <translation>un miembro de un caso es un documento, un hablante o una codificación, no varios</translation>
    </message>
    <message>
        <source>a code</source>
        <translation>un código</translation>
    </message>
    <message>
        <source>a code without a name is now named &apos;{name}&apos;</source>
        <translation>un código sin nombre se llama ahora &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>a code without a name under &apos;{parent}&apos; is now named &apos;{name}&apos;</source>
        <translation>un código sin nombre bajo &apos;{parent}&apos; se llama ahora &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>a code&apos;s path is missing its closing double quote</source>
        <translation>a la ruta de un código le falta la comilla doble de cierre</translation>
    </message>
    <message>
        <source>a coder</source>
        <translation>un codificador</translation>
    </message>
    <message>
        <source>a coding</source>
        <translation>una codificación</translation>
    </message>
    <message>
        <source>a coding cannot be linked to itself</source>
        <translation>una codificación no puede vincularse consigo misma</translation>
    </message>
    <message>
        <source>a coding to link no longer exists</source>
        <translation>una codificación que vincular ya no existe</translation>
    </message>
    <message>
        <source>a document</source>
        <translation>un documento</translation>
    </message>
    <message>
        <source>a document to auto-code no longer exists</source>
        <translation>un documento que codificar automáticamente ya no existe</translation>
    </message>
    <message>
        <source>a document to link no longer exists; nothing was changed</source>
        <translation>un documento que vincular ya no existe; no se cambió nada</translation>
    </message>
    <message>
        <source>a document to redact no longer exists; nothing was redacted</source>
        <translation>un documento que censurar ya no existe; no se censuró nada</translation>
    </message>
    <message>
        <source>a font that covers it</source>
        <translation>una fuente que lo incluya</translation>
    </message>
    <message>
        <source>a grade</source>
        <translation>un grado</translation>
    </message>
    <message>
        <source>a link from coding {uuid}</source>
        <translation>un enlace desde la codificación {uuid}</translation>
    </message>
    <message>
        <source>a link type</source>
        <translation>un tipo de vínculo</translation>
    </message>
    <message>
        <source>a participant</source>
        <translation>un participante</translation>
    </message>
    <message>
        <source>a participant withdrew: their turns were removed</source>
        <translation>un participante se retiró: se eliminaron sus turnos</translation>
    </message>
    <message>
        <source>a passage without a code</source>
        <translation>un pasaje sin código</translation>
    </message>
    <message>
        <source>a passphrase cannot contain a NUL character</source>
        <translation>una frase de contraseña no puede contener un carácter NUL</translation>
    </message>
    <message>
        <source>a passphrase needs at least {count} characters (a few unrelated words are both strong and easy to remember)</source>
        <translation>una frase de contraseña necesita al menos {count} caracteres (unas cuantas palabras sin relación son seguras y fáciles de recordar)</translation>
    </message>
    <message>
        <source>a project needs a name</source>
        <translation>un proyecto necesita un nombre</translation>
    </message>
    <message>
        <source>a pseudonym needs {what}</source>
        <translation>un seudónimo necesita {what}</translation>
    </message>
    <message>
        <source>a pseudonym&apos;s {what} must be one line</source>
        <translation>{what} de un seudónimo debe ser una sola línea</translation>
    </message>
    <message>
        <source>a pseudonymised agreement workbook needs the project</source>
        <translation>un libro de acuerdo seudonimizado necesita el proyecto</translation>
    </message>
    <message>
        <source>a query</source>
        <translation>una consulta</translation>
    </message>
    <message>
        <source>a recording refers to &apos;{entry}&apos;, outside the archive</source>
        <translation>una grabación remite a &apos;{entry}&apos;, fuera del archivo comprimido</translation>
    </message>
    <message>
        <source>a replacement</source>
        <translation>un reemplazo</translation>
    </message>
    <message>
        <source>a second case named &apos;{old}&apos; is now &apos;{new}&apos;</source>
        <translation>un segundo caso llamado &apos;{old}&apos; es ahora &apos;{new}&apos;</translation>
    </message>
    <message>
        <source>a second document named &apos;{old}&apos; is now &apos;{new}&apos;</source>
        <translation>un segundo documento llamado &apos;{old}&apos; es ahora &apos;{new}&apos;</translation>
    </message>
    <message>
        <source>a second user named &apos;{old}&apos; is now &apos;{new}&apos;</source>
        <translation>un segundo usuario llamado &apos;{old}&apos; es ahora &apos;{new}&apos;</translation>
    </message>
    <message>
        <source>a speaker</source>
        <translation>un hablante</translation>
    </message>
    <message>
        <source>a text to code</source>
        <translation>un texto que codificar</translation>
    </message>
    <message>
        <source>add grade &apos;{grade}&apos;</source>
        <translation>añadir el grado «{grade}»</translation>
    </message>
    <message>
        <source>add link type &apos;{name}&apos;</source>
        <translation>añadir el tipo de vínculo «{name}»</translation>
    </message>
    <message>
        <source>add memo on {target}</source>
        <translation>añadir un memo sobre {target}</translation>
    </message>
    <message>
        <source>add memo on {target} &apos;{name}&apos;</source>
        <translation>añadir un memo sobre {target} «{name}»</translation>
    </message>
    <message>
        <source>add project memo</source>
        <translation>añadir un memo del proyecto</translation>
    </message>
    <message>
        <source>add {count} codings</source>
        <translation>añadir {count} codificaciones</translation>
    </message>
    <message>
        <source>agreement compares at most {most} coders (got {count})</source>
        <translation>el acuerdo compara como máximo {most} codificadores (se recibieron {count})</translation>
    </message>
    <message>
        <source>agreement needs at least {minimum} different coders (got {given})</source>
        <translation>el acuerdo necesita al menos {minimum} codificadores distintos (se recibió: {given})</translation>
    </message>
    <message>
        <source>all match</source>
        <translation>todo coincide</translation>
    </message>
    <message>
        <source>already only the hashes of imported files are kept</source>
        <translation>ya solo se guardan los hashes de los archivos importados</translation>
    </message>
    <message>
        <source>an attribute</source>
        <translation>un atributo</translation>
    </message>
    <message>
        <source>an empty code path</source>
        <translation>una ruta de código vacía</translation>
    </message>
    <message>
        <source>an identifier</source>
        <translation>un identificador</translation>
    </message>
    <message>
        <source>an identifier and its replacement must each be one line of text</source>
        <translation>un identificador y su reemplazo deben ser cada uno una sola línea de texto</translation>
    </message>
    <message>
        <source>an identifier in the pseudonym table of {other}</source>
        <translation>un identificador de la tabla de seudónimos de {other}</translation>
    </message>
    <message>
        <source>an identifier replaced by &apos;{replacement}&apos; in {other}</source>
        <translation>un identificador reemplazado por &apos;{replacement}&apos; en {other}</translation>
    </message>
    <message>
        <source>an identifier replaced by {kept} here is replaced by {theirs} in {other}; kept {kept}</source>
        <translation>un identificador reemplazado aquí por {kept} se reemplaza por {theirs} en {other}; se conservó {kept}</translation>
    </message>
    <message>
        <source>an identifier would be left in the text (a replacement next to other text forms an identifier again); change that replacement; nothing was redacted</source>
        <translation>quedaría un identificador en el texto (un reemplazo junto a otro texto vuelve a formar un identificador); cambie ese reemplazo; no se censuró nada</translation>
    </message>
    <message>
        <source>an origin cannot be on both sides: {origins}</source>
        <translation>un origen no puede estar en ambos lados: {origins}</translation>
    </message>
    <message>
        <source>apply &apos;{code}&apos;</source>
        <translation>aplicar «{code}»</translation>
    </message>
    <message>
        <source>as imported</source>
        <translation>tal como se importó</translation>
    </message>
    <message>
        <source>assign {members} to case &apos;{case}&apos;</source>
        <translation>asignar {members} al caso «{case}»</translation>
    </message>
    <message>
        <source>at the top level</source>
        <translation>en el nivel superior</translation>
    </message>
    <message>
        <source>attribute &apos;{name}&apos;</source>
        <translation>el atributo «{name}»</translation>
    </message>
    <message>
        <source>attribute &apos;{name}&apos; holds {kind} values; &apos;{value}&apos; is not one</source>
        <translation>el atributo «{name}» contiene valores de tipo {kind}; «{value}» no lo es</translation>
    </message>
    <message>
        <source>attribute &apos;{text}&apos; is not KEY=VALUE</source>
        <translation>el atributo «{text}» no es KEY=VALUE</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>audio</translation>
    </message>
    <message>
        <source>auto-code speaker &apos;{speaker}&apos; as &apos;{code}&apos;</source>
        <translation>codificar automáticamente al hablante «{speaker}» como «{code}»</translation>
    </message>
    <message>
        <source>best {count} codes of each passage</source>
        <translation>los {count} códigos más probables de cada pasaje</translation>
    </message>
    <message>
        <source>called &apos;{theirs}&apos; in {other}; kept &apos;{ours}&apos;</source>
        <translation>se llama &apos;{theirs}&apos; en {other}; se conservó &apos;{ours}&apos;</translation>
    </message>
    <message>
        <source>called &apos;{theirs}&apos; in {other}; kept the name &apos;{ours}&apos;</source>
        <translation>se llama &apos;{theirs}&apos; en {other}; se conservó el nombre &apos;{ours}&apos;</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>cannot create {path}: {reason}</source>
        <translation>no se puede crear {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot merge &apos;{source}&apos; into its own sub-code</source>
        <translation>no se puede fusionar «{source}» con uno de sus propios subcódigos</translation>
    </message>
    <message>
        <source>cannot merge a code into itself</source>
        <translation>no se puede fusionar un código consigo mismo</translation>
    </message>
    <message>
        <source>cannot move &apos;{code}&apos; into itself</source>
        <translation>no se puede mover «{code}» dentro de sí mismo</translation>
    </message>
    <message>
        <source>cannot redo &apos;{label}&apos;: {problem}</source>
        <translation>no se puede rehacer «{label}»: {problem}</translation>
    </message>
    <message>
        <source>cannot run now: {problem}</source>
        <translation>no se puede ejecutar ahora: {problem}</translation>
    </message>
    <message>
        <source>cannot splice {column} of {table}</source>
        <translation>no se puede empalmar {column} de {table}</translation>
    </message>
    <message>
        <source>cannot undo &apos;{label}&apos;: {problem}</source>
        <translation>no se puede deshacer «{label}»: {problem}</translation>
    </message>
    <message>
        <source>cannot update {columns} of {table}</source>
        <translation>no se puede actualizar {columns} de {table}</translation>
    </message>
    <message>
        <source>cannot write {file}: {problem}</source>
        <translation>no se puede escribir {file}: {problem}</translation>
    </message>
    <message>
        <source>case</source>
        <translation>el caso</translation>
    </message>
    <message>
        <source>case &apos;{case}&apos; is already on row {row}</source>
        <translation>el caso «{case}» ya está en la fila {row}</translation>
    </message>
    <message>
        <source>case &apos;{case}&apos; refers to a code that is not in the codebook; ignored</source>
        <translation>el caso &apos;{case}&apos; remite a un código que no está en el libro de códigos; se ignoró</translation>
    </message>
    <message>
        <source>close to its description</source>
        <translation>cercano a su descripción</translation>
    </message>
    <message>
        <source>close to its description in this project&apos;s words</source>
        <translation>cercano a su descripción en las palabras de este proyecto</translation>
    </message>
    <message>
        <source>confidence ≥ {cut:g}</source>
        <translation>confianza ≥ {cut:g}</translation>
    </message>
    <message>
        <source>could not write {path} ({problem})</source>
        <translation>no se pudo escribir {path} ({problem})</translation>
    </message>
    <message>
        <source>cut their turns out of it or delete it yourself (others speak in it too)</source>
        <translation>recorte sus turnos o elimínela usted (en ella hablan también otras personas)</translation>
    </message>
    <message>
        <source>delete it yourself</source>
        <translation>elimínela usted</translation>
    </message>
    <message>
        <source>delete it yourself (qcode never deletes it unasked)</source>
        <translation>elimínela usted (qcode nunca la elimina sin que se le pida)</translation>
    </message>
    <message>
        <source>deleted qcode&apos;s own copy of the recording {path} (the .qdpx it came from still holds it)</source>
        <translation>se eliminó la copia propia de qcode de la grabación {path} (el .qdpx del que procede aún la contiene)</translation>
    </message>
    <message>
        <source>deleted the recording {path}</source>
        <translation>se eliminó la grabación {path}</translation>
    </message>
    <message>
        <source>its description: {words}</source>
        <translation>su descripción: {words}</translation>
    </message>
    <message>
        <source>learned from your coding of &apos;{code}&apos;</source>
        <translation>aprendido de su codificación de «{code}»</translation>
    </message>
    <message>
        <source>like passages coded under &apos;{code}&apos;</source>
        <translation>como pasajes codificados bajo «{code}»</translation>
    </message>
    <message>
        <source>next to a passage {what}</source>
        <translation>junto a un pasaje {what}</translation>
    </message>
    <message>
        <source>not deleted: {reason}</source>
        <translation>no eliminada: {reason}</translation>
    </message>
    <message>
        <source>not found, so only referenced by path: {files}</source>
        <translation>no encontradas, así que solo se hace referencia por su ruta: {files}</translation>
    </message>
    <message>
        <source>not put inside, only referenced: the recordings of {documents} (their text was redacted, and they still say what was replaced)</source>
        <translation>no incluidas, solo referenciadas: las grabaciones de {documents} (su texto fue censurado y todavía dicen lo que se reemplazó)</translation>
    </message>
    <message>
        <source>not put inside, only referenced: the recordings of {documents} (they hold passages left out for consent)</source>
        <translation>no incluidas, solo referenciadas: las grabaciones de {documents} (contienen pasajes omitidos por consentimiento)</translation>
    </message>
    <message numerus="yes">
        <source>case &apos;{case}&apos; refers to code &apos;{code}&apos;: its {count:,} coding{s} are members of the case (the code stays)</source>
        <translation>
            <numerusform>el caso &apos;{case}&apos; remite al código &apos;{code}&apos;: su {count:,} codificación es miembro del caso (el código se mantiene)</numerusform>
            <numerusform>el caso &apos;{case}&apos; remite al código &apos;{code}&apos;: sus {count:,} codificaciones son miembros del caso (el código se mantiene)</numerusform>
        </translation>
    </message>
    <message>
        <source>case &apos;{case}&apos;: a second value &apos;{value}&apos; of &apos;{variable}&apos; was not imported (it keeps &apos;{kept}&apos;)</source>
        <translation>caso &apos;{case}&apos;: no se importó un segundo valor &apos;{value}&apos; de &apos;{variable}&apos; (conserva &apos;{kept}&apos;)</translation>
    </message>
    <message>
        <source>case &apos;{case}&apos;: value &apos;{value}&apos; of &apos;{variable}&apos; is not {type}; not imported</source>
        <translation>caso &apos;{case}&apos;: el valor &apos;{value}&apos; de &apos;{variable}&apos; no es {type}; no se importó</translation>
    </message>
    <message numerus="yes">
        <source>case &apos;{case}&apos;: {count:,} passage{s} of it without a code are not its members (qcode&apos;s case members are documents, speakers and codings)</source>
        <translation>
            <numerusform>caso &apos;{case}&apos;: {count:,} pasaje sin código no es miembro (los miembros de un caso en qcode son documentos, hablantes y codificaciones)</numerusform>
            <numerusform>caso &apos;{case}&apos;: {count:,} pasajes sin código no son miembros (los miembros de un caso en qcode son documentos, hablantes y codificaciones)</numerusform>
        </translation>
    </message>
    <message>
        <source>case &apos;{case}&apos;: {what} of it were not imported, so they are not its members</source>
        <translation>caso &apos;{case}&apos;: {what} no se importaron, así que no son miembros</translation>
    </message>
    <message>
        <source>case {name}</source>
        <translation>caso {name}</translation>
    </message>
    <message>
        <source>change &apos;{code}&apos;</source>
        <translation>modificar «{code}»</translation>
    </message>
    <message>
        <source>changed while it was being read; try again</source>
        <translation>cambió mientras se leía; inténtelo de nuevo</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>caracteres</translation>
    </message>
    <message>
        <source>checked the hashes of {count} documents: {outcome}</source>
        <translation>comprobación del hash de {count} documentos: {outcome}</translation>
    </message>
    <message>
        <source>clear the grade of coding</source>
        <translation>quitar el grado de la codificación</translation>
    </message>
    <message>
        <source>clear the grade of {count} codings</source>
        <translation>quitar el grado de {count} codificaciones</translation>
    </message>
    <message>
        <source>closing &lt;{tag}&gt; while &lt;{opened}&gt; is open</source>
        <translation>se cierra &lt;{tag}&gt; mientras &lt;{opened}&gt; está abierto</translation>
    </message>
    <message>
        <source>code</source>
        <translation>el código</translation>
    </message>
    <message>
        <source>code &apos;{code}&apos;</source>
        <translation>el código «{code}»</translation>
    </message>
    <message>
        <source>code &apos;{code}&apos; no longer exists</source>
        <translation>el código «{code}» ya no existe</translation>
    </message>
    <message>
        <source>code &apos;{name}&apos; {where} is now named &apos;{unique}&apos;</source>
        <translation>el código &apos;{name}&apos; {where} se llama ahora &apos;{unique}&apos;</translation>
    </message>
    <message>
        <source>code &apos;{name}&apos; {where} is now named &apos;{unique}&apos; (two codes had that name)</source>
        <translation>el código &apos;{name}&apos; {where} se llama ahora &apos;{unique}&apos; (dos códigos tenían ese nombre)</translation>
    </message>
    <message>
        <source>code &apos;{path}&apos; is marked not codable in the file but has codings; it is codable now</source>
        <translation>el código &apos;{path}&apos; está marcado como no aplicable en el archivo pero tiene codificaciones; ahora es aplicable</translation>
    </message>
    <message>
        <source>code name &apos;{raw}&apos; cleaned to &apos;{name}&apos;</source>
        <translation>el nombre de código &apos;{raw}&apos; se limpió a &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>code path &apos;{path}&apos; has {count:,} levels; {rule}</source>
        <translation>la ruta de código «{path}» tiene {count:,} niveles; {rule}</translation>
    </message>
    <message numerus="yes">
        <source>code set &apos;{set}&apos; is now a project memo listing its {count:,} code{s}</source>
        <translation>
            <numerusform>el conjunto de códigos &apos;{set}&apos; es ahora un memo del proyecto que lista su {count:,} código</numerusform>
            <numerusform>el conjunto de códigos &apos;{set}&apos; es ahora un memo del proyecto que lista sus {count:,} códigos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>code {count:,} answer{s} &apos;{code}&apos;</source>
        <translation>
            <numerusform>codificar {count:,} respuesta como «{code}»</numerusform>
            <numerusform>codificar {count:,} respuestas como «{code}»</numerusform>
        </translation>
    </message>
    <message>
        <source>code {count} {what} as &apos;{code}&apos;</source>
        <translation>codificar {count} {what} como «{code}»</translation>
    </message>
    <message>
        <source>code {guid} has no name</source>
        <translation>el código {guid} no tiene nombre</translation>
    </message>
    <message>
        <source>code {name!r} has an invalid GUID {guid!r}</source>
        <translation>el código {name!r} tiene un GUID no válido {guid!r}</translation>
    </message>
    <message>
        <source>code {name!r} has an invalid colour {color!r}</source>
        <translation>el código {name!r} tiene un color no válido {color!r}</translation>
    </message>
    <message>
        <source>codebook not found: {codebook} (shipped with qcode: {shipped})</source>
        <translation>libro de códigos no encontrado: {codebook} (incluidos con qcode: {shipped})</translation>
    </message>
    <message>
        <source>coded by {coder}</source>
        <translation>codificado por {coder}</translation>
    </message>
    <message>
        <source>coded passages (own)</source>
        <translation>pasajes codificados (propios)</translation>
    </message>
    <message>
        <source>coder &apos;{name}&apos; and &apos;{other}&apos; share a file name; nothing was written</source>
        <translation>los codificadores «{name}» y «{other}» comparten un nombre de archivo; no se escribió nada</translation>
    </message>
    <message>
        <source>coder &apos;{name}&apos; is named twice; nothing was written</source>
        <translation>el codificador «{name}» aparece dos veces; no se escribió nada</translation>
    </message>
    <message>
        <source>coders: {names}</source>
        <translation>codificadores: {names}</translation>
    </message>
    <message>
        <source>codes (with their sub-codes): {names}</source>
        <translation>códigos (con sus subcódigos): {names}</translation>
    </message>
    <message>
        <source>coding</source>
        <translation>la codificación</translation>
    </message>
    <message>
        <source>coding {uuid}</source>
        <translation>codificación {uuid}</translation>
    </message>
    <message>
        <source>codings made: {origins}</source>
        <translation>codificaciones hechas: {origins}</translation>
    </message>
    <message>
        <source>colour &apos;{color}&apos; is not of the form #RRGGBB</source>
        <translation>el color «{color}» no tiene la forma #RRGGBB</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos; cannot be both {role} and {other_role}</source>
        <translation>la columna «{column}» no puede ser a la vez {role} y {other_role}</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>columna {column}</translation>
    </message>
    <message>
        <source>contains XML entities, which qcode refuses for safety</source>
        <translation>contiene entidades XML, que qcode rechaza por seguridad</translation>
    </message>
    <message>
        <source>contains no text (only whitespace)</source>
        <translation>no contiene texto (solo espacios en blanco)</translation>
    </message>
    <message>
        <source>contradicted ({count} link(s))</source>
        <translation>contradicho ({count} vínculo(s))</translation>
    </message>
    <message>
        <source>correct the text of &apos;{document}&apos;</source>
        <translation>corregir el texto de «{document}»</translation>
    </message>
    <message>
        <source>could not delete {file}: {problem}</source>
        <translation>no se pudo eliminar {file}: {problem}</translation>
    </message>
    <message>
        <source>could not write the backup {file} ({error}); nothing was merged</source>
        <translation>no se pudo escribir la copia de seguridad {file} ({error}); no se fusionó nada</translation>
    </message>
    <message>
        <source>could not write the coders&apos; copies ({error}); nothing was written</source>
        <translation>no se pudieron escribir las copias de los codificadores ({error}); no se escribió nada</translation>
    </message>
    <message>
        <source>could not write to {file} ({problem}); &apos;{label}&apos; was not done and the project is as it was</source>
        <translation>no se pudo escribir en {file} ({problem}); no se hizo «{label}» y el proyecto sigue como estaba</translation>
    </message>
    <message>
        <source>create case &apos;{case}&apos;</source>
        <translation>crear el caso «{case}»</translation>
    </message>
    <message>
        <source>create code &apos;{code}&apos;</source>
        <translation>crear el código «{code}»</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>declares an unknown text encoding</source>
        <translation>declara una codificación de texto desconocida</translation>
    </message>
    <message>
        <source>decoded as {encoding}, not UTF-8</source>
        <translation>decodificado como {encoding}, no como UTF-8</translation>
    </message>
    <message numerus="yes">
        <source>decoded as {encoding}, not UTF-8; {count:,} character{s} in it that looked like UTF-8 may show garbled</source>
        <translation>
            <numerusform>decodificado como {encoding}, no como UTF-8; {count:,} carácter que parecía UTF-8 puede verse deformado</numerusform>
            <numerusform>decodificado como {encoding}, no como UTF-8; {count:,} caracteres que parecían UTF-8 pueden verse deformados</numerusform>
        </translation>
    </message>
    <message>
        <source>delete &apos;{document}&apos;</source>
        <translation>eliminar «{document}»</translation>
    </message>
    <message>
        <source>delete a pseudonym ({replacement})</source>
        <translation>eliminar un seudónimo ({replacement})</translation>
    </message>
    <message>
        <source>delete case &apos;{case}&apos;</source>
        <translation>eliminar el caso «{case}»</translation>
    </message>
    <message>
        <source>delete code &apos;{code}&apos;</source>
        <translation>eliminar el código «{code}»</translation>
    </message>
    <message>
        <source>delete from the text of &apos;{document}&apos;</source>
        <translation>eliminar del texto de «{document}»</translation>
    </message>
    <message>
        <source>delete grade &apos;{grade}&apos;</source>
        <translation>eliminar el grado «{grade}»</translation>
    </message>
    <message>
        <source>delete memo</source>
        <translation>eliminar el memo</translation>
    </message>
    <message>
        <source>delete query &apos;{query}&apos;</source>
        <translation>eliminar la consulta «{query}»</translation>
    </message>
    <message>
        <source>delete {count} cases</source>
        <translation>eliminar {count} casos</translation>
    </message>
    <message>
        <source>delete {count} documents ({names})</source>
        <translation>eliminar {count} documentos ({names})</translation>
    </message>
    <message>
        <source>delete {count} pseudonyms</source>
        <translation>eliminar {count} seudónimos</translation>
    </message>
    <message numerus="yes">
        <source>deleted {count} backup{s} that held a withdrawn participant&apos;s data</source>
        <translation>
            <numerusform>se eliminó {count} copia de seguridad con datos de un participante retirado</numerusform>
            <numerusform>se eliminaron {count} copias de seguridad con datos de un participante retirado</numerusform>
        </translation>
    </message>
    <message>
        <source>demo coding {number}: quote not found in {document}</source>
        <translation>codificación de demostración {number}: cita no encontrada en {document}</translation>
    </message>
    <message>
        <source>demo: {count} codings match {reference}, not one</source>
        <translation>demostración: {count} codificaciones coinciden con {reference}, no una</translation>
    </message>
    <message>
        <source>describe speaker &apos;{speaker}&apos;</source>
        <translation>describir al hablante «{speaker}»</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>document</source>
        <translation>el documento</translation>
    </message>
    <message>
        <source>document &apos;{document}&apos; no longer exists</source>
        <translation>el documento «{document}» ya no existe</translation>
    </message>
    <message>
        <source>document attributes: {pairs}</source>
        <translation>atributos de documento: {pairs}</translation>
    </message>
    <message>
        <source>documents: {names}</source>
        <translation>documentos: {names}</translation>
    </message>
    <message>
        <source>does not look like text (binary data)</source>
        <translation>no parece texto (datos binarios)</translation>
    </message>
    <message>
        <source>draws more than {allowed:,} instructions for {characters:,} characters of text (the limit for a PDF&apos;s drawing; set {variable} to allow more)</source>
        <translation>dibuja más de {allowed:,} instrucciones para {characters:,} caracteres de texto (el límite de dibujo de un PDF; defina {variable} para permitir más)</translation>
    </message>
    <message>
        <source>each respondent is a case of type &apos;{type}&apos; holding their attributes ({new:,} new)</source>
        <translation>cada encuestado es un caso de tipo &apos;{type}&apos; con sus atributos ({new:,} nuevos)</translation>
    </message>
    <message>
        <source>each respondent is a case of type &apos;{type}&apos; holding their attributes ({new:,} new, {old:,} already in the project)</source>
        <translation>cada encuestado es un caso de tipo &apos;{type}&apos; con sus atributos ({new:,} nuevos, {old:,} ya en el proyecto)</translation>
    </message>
    <message>
        <source>edit case &apos;{case}&apos;</source>
        <translation>editar el caso «{case}»</translation>
    </message>
    <message>
        <source>edit description of &apos;{code}&apos;</source>
        <translation>editar la descripción de «{code}»</translation>
    </message>
    <message>
        <source>edit grade &apos;{grade}&apos;</source>
        <translation>editar el grado «{grade}»</translation>
    </message>
    <message>
        <source>edit keywords of &apos;{code}&apos;</source>
        <translation>editar las palabras clave de «{code}»</translation>
    </message>
    <message>
        <source>edit link memo</source>
        <translation>editar el memo del vínculo</translation>
    </message>
    <message>
        <source>edit link type &apos;{name}&apos;</source>
        <translation>editar el tipo de vínculo «{name}»</translation>
    </message>
    <message>
        <source>edit memo</source>
        <translation>editar el memo</translation>
    </message>
    <message>
        <source>edit project description</source>
        <translation>editar la descripción del proyecto</translation>
    </message>
    <message>
        <source>encrypted projects need the sqlcipher3 package, which is not installed ({error})</source>
        <translation>los proyectos cifrados necesitan el paquete sqlcipher3, que no está instalado ({error})</translation>
    </message>
    <message>
        <source>entry &apos;{entry}&apos; points outside the archive; refused</source>
        <translation>la entrada &apos;{entry}&apos; apunta fuera del archivo comprimido; rechazado</translation>
    </message>
    <message>
        <source>every cell of {columns} is empty</source>
        <translation>todas las celdas de {columns} están vacías</translation>
    </message>
    <message>
        <source>expands to more than {limit:,} characters (the limit for one document; set {variable} to allow more)</source>
        <translation>se expande a más de {limit:,} caracteres (el límite de un documento; defina {variable} para permitir más)</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close the &apos;(&apos; at column {column}, found {found}</source>
        <translation>se esperaba &apos;)&apos; para cerrar el &apos;(&apos; de la columna {column}, se encontró {found}</translation>
    </message>
    <message>
        <source>expected a code in double quotes or &apos;(&apos;, found {found}</source>
        <translation>se esperaba un código entre comillas dobles o &apos;(&apos;, se encontró {found}</translation>
    </message>
    <message>
        <source>expected an operator (AND, OR, AND NOT, NEAR/…), found {found}</source>
        <translation>se esperaba un operador (AND, OR, AND NOT, NEAR/…), se encontró {found}</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>exportación cancelada</translation>
    </message>
    <message>
        <source>export it as .docx first</source>
        <translation>expórtelo primero como .docx</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>archivo no encontrado</translation>
    </message>
    <message>
        <source>first-hand</source>
        <translation>de primera mano</translation>
    </message>
    <message>
        <source>folder not found: {folder}</source>
        <translation>no se encontró la carpeta: {folder}</translation>
    </message>
    <message>
        <source>for the respondents&apos; ids</source>
        <translation>para los identificadores de los entrevistados</translation>
    </message>
    <message numerus="yes">
        <source>grade &apos;{name}&apos; is given to {count} coding{s}; clear or change their grade first</source>
        <translation>
            <numerusform>el grado «{name}» está asignado a {count} codificación; borre o cambie antes su grado</numerusform>
            <numerusform>el grado «{name}» está asignado a {count} codificaciones; borre o cambie antes su grado</numerusform>
        </translation>
    </message>
    <message>
        <source>grade coding</source>
        <translation>asignar un grado a la codificación</translation>
    </message>
    <message>
        <source>grade coding as &apos;{grade}&apos;</source>
        <translation>asignar a la codificación el grado «{grade}»</translation>
    </message>
    <message>
        <source>grade {count} codings</source>
        <translation>asignar un grado a {count} codificaciones</translation>
    </message>
    <message>
        <source>grade {count} codings as &apos;{grade}&apos;</source>
        <translation>asignar a {count} codificaciones el grado «{grade}»</translation>
    </message>
    <message>
        <source>grade: {grade}</source>
        <translation>grado: {grade}</translation>
    </message>
    <message>
        <source>graph &apos;{name}&apos; ({nodes}, {links}) was not imported: qcode has no network views</source>
        <translation>el grafo &apos;{name}&apos; ({nodes}, {links}) no se importó: qcode no tiene vistas de red</translation>
    </message>
    <message>
        <source>has a header row but no rows of answers</source>
        <translation>tiene una fila de encabezados pero ninguna fila de respuestas</translation>
    </message>
    <message>
        <source>has compressed parts that unpack to more than</source>
        <translation>tiene partes comprimidas que se descomprimen en más de</translation>
    </message>
    <message>
        <source>has more than {cells:,} cells (the most a sheet may have; set {variable} to allow more)</source>
        <translation>tiene más de {cells:,} celdas (el máximo de una hoja; defina {variable} para permitir más)</translation>
    </message>
    <message>
        <source>has more than {limit:,} characters (the limit for one document; set {variable} to allow more)</source>
        <translation>tiene más de {limit:,} caracteres (el límite de un documento; defina {variable} para permitir más)</translation>
    </message>
    <message>
        <source>has more than {rows:,} rows (the most a sheet may have; set {variable} to allow more)</source>
        <translation>tiene más de {rows:,} filas (el máximo de una hoja; defina {variable} para permitir más)</translation>
    </message>
    <message>
        <source>has more than {rows:,} rows or {cells:,} cells (the most a sheet may have; set {rows_variable} or {cells_variable} to allow more)</source>
        <translation>tiene más de {rows:,} filas o {cells:,} celdas (el máximo de una hoja; defina {rows_variable} o {cells_variable} para permitir más)</translation>
    </message>
    <message>
        <source>has no cases (only a header row)</source>
        <translation>no tiene casos (solo una fila de encabezados)</translation>
    </message>
    <message>
        <source>has no column &apos;{column}&apos; for the case name</source>
        <translation>no tiene la columna «{column}» para el nombre del caso</translation>
    </message>
    <message>
        <source>has no column &apos;{column}&apos; for the case type</source>
        <translation>no tiene la columna «{column}» para el tipo del caso</translation>
    </message>
    <message>
        <source>has no column &apos;{column}&apos; {purpose} (its columns: {columns})</source>
        <translation>no tiene la columna «{column}» {purpose} (sus columnas: {columns})</translation>
    </message>
    <message>
        <source>has no sheet named &apos;{sheet}&apos; (its sheets: {sheets} and {more} more)</source>
        <translation>no tiene ninguna hoja llamada &apos;{sheet}&apos; (sus hojas: {sheets} y {more} más)</translation>
    </message>
    <message>
        <source>has no sheet named &apos;{sheet}&apos; (its sheets: {sheets})</source>
        <translation>no tiene ninguna hoja llamada &apos;{sheet}&apos; (sus hojas: {sheets})</translation>
    </message>
    <message>
        <source>has no text layer (a scanned image?) — run OCR first</source>
        <translation>no tiene capa de texto (¿una imagen escaneada?): aplique OCR primero</translation>
    </message>
    <message>
        <source>has no worksheet</source>
        <translation>no tiene ninguna hoja</translation>
    </message>
    <message>
        <source>holds more text than a sheet may</source>
        <translation>contiene más texto del que admite una hoja</translation>
    </message>
    <message>
        <source>holds no project.qde, so it is not a REFI-QDA project file</source>
        <translation>no contiene project.qde, así que no es un archivo de proyecto REFI-QDA</translation>
    </message>
    <message>
        <source>holds {count:,} entries, more than the {most:,} allowed; refused</source>
        <translation>contiene {count:,} entradas, más de las {most:,} permitidas; rechazado</translation>
    </message>
    <message>
        <source>holds {count} entries named &apos;{entry}&apos;; refused</source>
        <translation>contiene {count} entradas llamadas &apos;{entry}&apos;; rechazado</translation>
    </message>
    <message>
        <source>holds {count} project files ({files}); which one to import is unclear</source>
        <translation>contiene {count} archivos de proyecto ({files}); no está claro cuál importar</translation>
    </message>
    <message>
        <source>honoured: nothing had to be left out</source>
        <translation>respetado: no hubo que omitir nada</translation>
    </message>
    <message>
        <source>honoured: {passages} left out, spoken by {who} who did not consent to being quoted</source>
        <translation>respetado: se omitieron pasajes ({passages}), dichos por participantes que no consintieron ser citados ({who})</translation>
    </message>
    <message>
        <source>ignored (own backup): may quote participants who did not consent</source>
        <translation>ignorado (copia de seguridad propia): puede citar a participantes que no consintieron</translation>
    </message>
    <message>
        <source>ignored: this is the project&apos;s own backup, and it may quote participants who did not consent to being quoted; do not share it</source>
        <translation>ignorado: esta es la copia de seguridad propia del proyecto y puede citar a participantes que no consintieron ser citados; no la comparta</translation>
    </message>
    <message>
        <source>import &apos;{document}&apos;</source>
        <translation>importar «{document}»</translation>
    </message>
    <message>
        <source>import cancelled; nothing was imported</source>
        <translation>importación cancelada; no se importó nada</translation>
    </message>
    <message>
        <source>import codebook &apos;{source}&apos;</source>
        <translation>importar el libro de códigos «{source}»</translation>
    </message>
    <message numerus="yes">
        <source>import {count:,} answer{s} from &apos;{source}&apos;</source>
        <translation>
            <numerusform>importar {count:,} respuesta de «{source}»</numerusform>
            <numerusform>importar {count:,} respuestas de «{source}»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>import {count} case{s}</source>
        <translation>
            <numerusform>importar {count} caso</numerusform>
            <numerusform>importar {count} casos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>import {count} case{s} from &apos;{source}&apos;</source>
        <translation>
            <numerusform>importar {count} caso de «{source}»</numerusform>
            <numerusform>importar {count} casos de «{source}»</numerusform>
        </translation>
    </message>
    <message>
        <source>import {count} documents</source>
        <translation>importar {count} documentos</translation>
    </message>
    <message>
        <source>import {file}</source>
        <translation>importar {file}</translation>
    </message>
    <message>
        <source>imported files are already kept</source>
        <translation>los archivos importados ya se guardan</translation>
    </message>
    <message>
        <source>insert into the text of &apos;{document}&apos;</source>
        <translation>insertar en el texto de «{document}»</translation>
    </message>
    <message>
        <source>is a device, not a regular file</source>
        <translation>es un dispositivo, no un archivo normal</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>is a named pipe (FIFO), not a regular file</source>
        <translation>es una tubería con nombre (FIFO), no un archivo normal</translation>
    </message>
    <message>
        <source>is a single table with no named sheets (a sheet is chosen in .xlsx or .ods)</source>
        <translation>es una sola tabla sin hojas con nombre (las hojas se eligen en .xlsx u .ods)</translation>
    </message>
    <message>
        <source>is a socket, not a regular file</source>
        <translation>es un socket, no un archivo normal</translation>
    </message>
    <message>
        <source>is a special file, not a regular file</source>
        <translation>es un archivo especial, no un archivo normal</translation>
    </message>
    <message>
        <source>is a zip archive (a .qdpx project?), not XML</source>
        <translation>es un archivo zip (¿un proyecto .qdpx?), no XML</translation>
    </message>
    <message>
        <source>is damaged (a compressed part of it is broken beyond quick repair)</source>
        <translation>está dañado (una parte comprimida está rota y no se puede reparar rápidamente)</translation>
    </message>
    <message>
        <source>is damaged (its RTF could not be read)</source>
        <translation>está dañado (no se pudo leer su RTF)</translation>
    </message>
    <message>
        <source>is damaged or not a real .docx file</source>
        <translation>está dañado o no es un archivo .docx real</translation>
    </message>
    <message>
        <source>is damaged or not a real .odt file</source>
        <translation>está dañado o no es un archivo .odt real</translation>
    </message>
    <message>
        <source>is damaged or not a valid PDF</source>
        <translation>está dañado o no es un PDF válido</translation>
    </message>
    <message>
        <source>is empty (no header row)</source>
        <translation>está vacío (no hay fila de encabezado)</translation>
    </message>
    <message>
        <source>is encrypted in a way qcode cannot read</source>
        <translation>está cifrado de una forma que qcode no puede leer</translation>
    </message>
    <message>
        <source>is first-hand in {other}; kept this project&apos;s</source>
        <translation>es de primera mano en {other}; se conservó el de este proyecto</translation>
    </message>
    <message>
        <source>is graded &apos;{theirs}&apos; in {other}; kept &apos;{ours}&apos;</source>
        <translation>tiene la valoración &apos;{theirs}&apos; en {other}; se conservó &apos;{ours}&apos;</translation>
    </message>
    <message>
        <source>is larger than</source>
        <translation>es mayor que</translation>
    </message>
    <message>
        <source>is not a REFI-QDA codebook (root element is &lt;{element}&gt; in namespace {namespace})</source>
        <translation>no es un libro de códigos REFI-QDA (el elemento raíz es &lt;{element}&gt; en el espacio de nombres {namespace})</translation>
    </message>
    <message>
        <source>is not a REFI-QDA codebook (root element is &lt;{element}&gt;)</source>
        <translation>no es un libro de códigos REFI-QDA (el elemento raíz es &lt;{element}&gt;)</translation>
    </message>
    <message>
        <source>is not a REFI-QDA project (root element is &lt;{element}&gt; in namespace {namespace})</source>
        <translation>no es un proyecto REFI-QDA (el elemento raíz es &lt;{element}&gt; en el espacio de nombres {namespace})</translation>
    </message>
    <message>
        <source>is not a REFI-QDA project (root element is &lt;{element}&gt;)</source>
        <translation>no es un proyecto REFI-QDA (el elemento raíz es &lt;{element}&gt;)</translation>
    </message>
    <message>
        <source>is not a readable .ods spreadsheet (damaged, or another format)</source>
        <translation>no es una hoja de cálculo .ods legible (dañada o de otro formato)</translation>
    </message>
    <message>
        <source>is not a readable .xlsx workbook (damaged, or another format)</source>
        <translation>no es un libro .xlsx legible (dañado o de otro formato)</translation>
    </message>
    <message>
        <source>is not a readable CSV file (line {line}: {error})</source>
        <translation>no es un archivo CSV legible (línea {line}: {error})</translation>
    </message>
    <message>
        <source>is not a readable zip archive (damaged or truncated)</source>
        <translation>no es un archivo zip legible (dañado o truncado)</translation>
    </message>
    <message>
        <source>is not a sheet qcode reads (.csv, .tsv, .txt, .xlsx or .ods; save an .xls as .xlsx)</source>
        <translation>no es una hoja que qcode lea (.csv, .tsv, .txt, .xlsx u .ods; guarde un .xls como .xlsx)</translation>
    </message>
    <message>
        <source>is not a spreadsheet (.ods)</source>
        <translation>no es una hoja de cálculo (.ods)</translation>
    </message>
    <message>
        <source>is not a text document (.odt)</source>
        <translation>no es un documento de texto (.odt)</translation>
    </message>
    <message>
        <source>is not a valid PDF (it has no PDF header)</source>
        <translation>no es un PDF válido (no tiene cabecera PDF)</translation>
    </message>
    <message>
        <source>is not a zip archive (a .qdpx file is one)</source>
        <translation>no es un archivo zip (un archivo .qdpx lo es)</translation>
    </message>
    <message>
        <source>is not an RTF file (it does not start with {start})</source>
        <translation>no es un archivo RTF (no empieza por {start})</translation>
    </message>
    <message>
        <source>is not first-hand in {other}; kept this project&apos;s</source>
        <translation>no es de primera mano en {other}; se conservó el de este proyecto</translation>
    </message>
    <message>
        <source>is not valid {encoding} text, although it starts with a {encoding} marker</source>
        <translation>no es texto {encoding} válido, aunque empieza con una marca {encoding}</translation>
    </message>
    <message>
        <source>is not well-formed XML (line {line})</source>
        <translation>no es XML bien formado (línea {line})</translation>
    </message>
    <message>
        <source>is of type &apos;{theirs}&apos; in {other}; kept &apos;{ours}&apos;</source>
        <translation>es de tipo &apos;{theirs}&apos; en {other}; se conservó &apos;{ours}&apos;</translation>
    </message>
    <message>
        <source>is of type {ours} here but {theirs} in {other}; its values there were not merged</source>
        <translation>es de tipo {ours} aquí pero {theirs} en {other}; sus valores de allí no se fusionaron</translation>
    </message>
    <message>
        <source>is of type {ours} here but {theirs} in {other}; its values there were not merged ({values})</source>
        <translation>es de tipo {ours} aquí pero {theirs} en {other}; sus valores de allí no se fusionaron ({values})</translation>
    </message>
    <message>
        <source>is password-protected — save an unprotected copy and import that</source>
        <translation>está protegido con contraseña: guarde una copia sin protección e impórtela</translation>
    </message>
    <message>
        <source>it has neither a text file nor text</source>
        <translation>no tiene ni archivo de texto ni texto</translation>
    </message>
    <message>
        <source>it has no text</source>
        <translation>no tiene texto</translation>
    </message>
    <message>
        <source>its colour ({colour})</source>
        <translation>su color ({colour})</translation>
    </message>
    <message>
        <source>its description</source>
        <translation>su descripción</translation>
    </message>
    <message>
        <source>its keywords ({keywords})</source>
        <translation>sus palabras clave ({keywords})</translation>
    </message>
    <message>
        <source>its name (&apos;{name}&apos;)</source>
        <translation>su nombre (&apos;{name}&apos;)</translation>
    </message>
    <message>
        <source>its place (&apos;{path}&apos;)</source>
        <translation>su lugar (&apos;{path}&apos;)</translation>
    </message>
    <message>
        <source>its recording {file_name} is missing (looked for {path})</source>
        <translation>falta su grabación {file_name} (se buscó en {path})</translation>
    </message>
    <message>
        <source>its recording {file_name} is not the file that was linked (bytes changed)</source>
        <translation>su grabación {file_name} no es el archivo que se vinculó (sus bytes cambiaron)</translation>
    </message>
    <message>
        <source>its replacement contains an identifier in this project&apos;s pseudonym table</source>
        <translation>su reemplazo contiene un identificador de la tabla de seudónimos de este proyecto</translation>
    </message>
    <message>
        <source>its replacement contains the identifier it replaces</source>
        <translation>su reemplazo contiene el identificador que reemplaza</translation>
    </message>
    <message>
        <source>its text file ({path}) is not in a bare .qde file</source>
        <translation>su archivo de texto ({path}) no está en un archivo .qde suelto</translation>
    </message>
    <message>
        <source>its text file cannot be read ({problem})</source>
        <translation>no se puede leer su archivo de texto ({problem})</translation>
    </message>
    <message>
        <source>its text file sources/{path} is missing from the archive</source>
        <translation>falta su archivo de texto sources/{path} en el archivo comprimido</translation>
    </message>
    <message>
        <source>its text is kept outside the project file ({reference})</source>
        <translation>su texto se guarda fuera del archivo del proyecto ({reference})</translation>
    </message>
    <message>
        <source>keep imported files</source>
        <translation>conservar los archivos importados</translation>
    </message>
    <message>
        <source>keep only the hashes of imported files</source>
        <translation>conservar solo el hash de los archivos importados</translation>
    </message>
    <message>
        <source>kept until {ours} here but {theirs} in {other}; kept {earlier}</source>
        <translation>se conserva hasta {ours} aquí pero hasta {theirs} en {other}; se mantuvo {earlier}</translation>
    </message>
    <message>
        <source>leaving out speakers: {names}</source>
        <translation>sin los hablantes: {names}</translation>
    </message>
    <message>
        <source>left out the running headers, footers and page numbers repeated on most of its {pages} pages: {examples}</source>
        <translation>se omitieron los encabezados, pies y números de página repetidos en la mayoría de sus {pages} páginas: {examples}</translation>
    </message>
    <message>
        <source>line {number}: the time &apos;{time}&apos; is not a valid timestamp</source>
        <translation>línea {number}: el tiempo &apos;{time}&apos; no es una marca de tiempo válida</translation>
    </message>
    <message>
        <source>link &apos;{link}&apos; from a coding to itself was not imported</source>
        <translation>el enlace &apos;{link}&apos; de una codificación a sí misma no se importó</translation>
    </message>
    <message>
        <source>link &apos;{link}&apos; from a memo to something not imported was dropped; the memo is kept</source>
        <translation>se descartó el enlace &apos;{link}&apos; de un memo a algo no importado; el memo se conserva</translation>
    </message>
    <message>
        <source>link &apos;{link}&apos; was not imported: qcode links codings, and its origin is {what}</source>
        <translation>el enlace &apos;{link}&apos; no se importó: qcode enlaza codificaciones, y su origen es {what}</translation>
    </message>
    <message>
        <source>link &apos;{link}&apos; was not imported: qcode links codings, and its target is {what}</source>
        <translation>el enlace &apos;{link}&apos; no se importó: qcode enlaza codificaciones, y su destino es {what}</translation>
    </message>
    <message>
        <source>link a quote to case &apos;{case}&apos; on &apos;{code}&apos;</source>
        <translation>vincular una cita al caso «{case}» en «{code}»</translation>
    </message>
    <message>
        <source>link codings</source>
        <translation>vincular codificaciones</translation>
    </message>
    <message>
        <source>link codings ({link_type})</source>
        <translation>vincular codificaciones ({link_type})</translation>
    </message>
    <message>
        <source>link the recording {file} to &apos;{document}&apos;</source>
        <translation>vincular la grabación {file} a «{document}»</translation>
    </message>
    <message>
        <source>link type</source>
        <translation>tipo de enlace</translation>
    </message>
    <message>
        <source>link type &apos;{current}&apos; is built in; it cannot be removed</source>
        <translation>el tipo de vínculo «{current}» viene incorporado; no se puede quitar</translation>
    </message>
    <message>
        <source>link type &apos;{current}&apos; is built in; it keeps its name</source>
        <translation>el tipo de vínculo «{current}» viene incorporado; conserva su nombre</translation>
    </message>
    <message numerus="yes">
        <source>Learned {count:,} codes from {passages}</source>
        <translation>
            <numerusform>{count:,} código aprendido de {passages}</numerusform>
            <numerusform>{count:,} códigos aprendidos de {passages}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Learning: {codes:,} of {count:,} codes ({passages})</source>
        <translation>
            <numerusform>Aprendiendo: {codes:,} de {count:,} código ({passages})</numerusform>
            <numerusform>Aprendiendo: {codes:,} de {count:,} códigos ({passages})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading {documents:,} of {count:,} documents ({passages})</source>
        <translation>
            <numerusform>Leyendo {documents:,} de {count:,} documento ({passages})</numerusform>
            <numerusform>Leyendo {documents:,} de {count:,} documentos ({passages})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deleted {count} recording file{s} that held a withdrawn participant&apos;s voice</source>
        <translation>
            <numerusform>se eliminó {count} archivo de grabación con la voz de un participante retirado</numerusform>
            <numerusform>se eliminaron {count} archivos de grabación con la voz de un participante retirado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>keyword{s} {keywords}</source>
        <translation>
            <numerusform>palabra clave {keywords}</numerusform>
            <numerusform>palabras clave {keywords}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>like {count} passage{s} coded &apos;{code}&apos;</source>
        <translation>
            <numerusform>como {count} pasaje codificado «{code}»</numerusform>
            <numerusform>como {count} pasajes codificados «{code}»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>link type &apos;{name}&apos; is used by {count} link{s}; unlink them first</source>
        <translation>
            <numerusform>el tipo de vínculo «{name}» lo usa {count} vínculo; desvincúlelo antes</numerusform>
            <numerusform>el tipo de vínculo «{name}» lo usan {count} vínculos; desvincúlelos antes</numerusform>
        </translation>
    </message>
    <message>
        <source>link {count} quotes to case &apos;{case}&apos; on &apos;{code}&apos;</source>
        <translation>vincular {count} citas al caso «{case}» en «{code}»</translation>
    </message>
    <message numerus="yes">
        <source>mark {count} changed coding{s} reviewed</source>
        <translation>
            <numerusform>marcar como revisada {count} codificación modificada</numerusform>
            <numerusform>marcar como revisadas {count} codificaciones modificadas</numerusform>
        </translation>
    </message>
    <message>
        <source>may be named</source>
        <translation>puede nombrarse</translation>
    </message>
    <message>
        <source>may be quoted</source>
        <translation>puede citarse</translation>
    </message>
    <message>
        <source>memo &apos;{memo}&apos; is empty; not imported</source>
        <translation>el memo &apos;{memo}&apos; está vacío; no se importó</translation>
    </message>
    <message>
        <source>memo &apos;{memo}&apos; is on {count} things; it is now {count} memos, one on each</source>
        <translation>el memo &apos;{memo}&apos; está en {count} elementos; ahora son {count} memos, uno en cada uno</translation>
    </message>
    <message>
        <source>memo &apos;{name}&apos;: {codings} inside it not imported</source>
        <translation>memo &apos;{name}&apos;: no se importaron {codings} de su interior</translation>
    </message>
    <message>
        <source>memo &apos;{name}&apos;: {problem}</source>
        <translation>memo &apos;{name}&apos;: {problem}</translation>
    </message>
    <message>
        <source>merge &apos;{source}&apos; into &apos;{target}&apos;</source>
        <translation>fusionar «{source}» con «{target}»</translation>
    </message>
    <message>
        <source>merge {project}</source>
        <translation>fusionar {project}</translation>
    </message>
    <message>
        <source>merged from {project}</source>
        <translation>fusionado desde {project}</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>more than {most} nested parentheses</source>
        <translation>más de {most} paréntesis anidados</translation>
    </message>
    <message>
        <source>move &apos;{code}&apos;</source>
        <translation>mover «{code}»</translation>
    </message>
    <message>
        <source>move grade &apos;{grade}&apos;</source>
        <translation>mover el grado «{grade}»</translation>
    </message>
    <message>
        <source>moving &apos;{code}&apos;</source>
        <translation>mover «{code}»</translation>
    </message>
    <message>
        <source>moving &apos;{code}&apos; with its sub-codes</source>
        <translation>mover «{code}» con sus subcódigos</translation>
    </message>
    <message>
        <source>name at least one coder to prepare a copy for</source>
        <translation>indique al menos un codificador para quien preparar una copia</translation>
    </message>
    <message>
        <source>named &apos;{raw}&apos; in {other}; cleaned to &apos;{name}&apos;</source>
        <translation>se llama &apos;{raw}&apos; en {other}; se limpió a &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>no attribute &apos;{name}&apos;</source>
        <translation>no hay ningún atributo «{name}»</translation>
    </message>
    <message>
        <source>no case &apos;{name}&apos;</source>
        <translation>no hay ningún caso «{name}»</translation>
    </message>
    <message>
        <source>no case name ({column} is empty)</source>
        <translation>no hay nombre de caso ({column} está vacía)</translation>
    </message>
    <message>
        <source>no cases to delete</source>
        <translation>no hay casos que eliminar</translation>
    </message>
    <message>
        <source>no cases to import</source>
        <translation>no hay casos que importar</translation>
    </message>
    <message>
        <source>no code &apos;{code}&apos; (add --create to make it)</source>
        <translation>no hay ningún código «{code}» (añada --create para crearlo)</translation>
    </message>
    <message>
        <source>no code &apos;{path}&apos;</source>
        <translation>no existe el código «{path}»</translation>
    </message>
    <message>
        <source>no code &apos;{ref}&apos; in {file}</source>
        <translation>no hay ningún código «{ref}» en {file}</translation>
    </message>
    <message>
        <source>no coder named &apos;{name}&apos;</source>
        <translation>no hay ningún codificador llamado «{name}»</translation>
    </message>
    <message>
        <source>no coder named &apos;{name}&apos; in {project}</source>
        <translation>no hay ningún codificador llamado «{name}» en {project}</translation>
    </message>
    <message>
        <source>no coders</source>
        <translation>ningún codificador</translation>
    </message>
    <message>
        <source>no codes</source>
        <translation>ningún código</translation>
    </message>
    <message>
        <source>no coding &apos;{ref}&apos; in {file}</source>
        <translation>no hay ninguna codificación «{ref}» en {file}</translation>
    </message>
    <message>
        <source>no codings to grade</source>
        <translation>no hay codificaciones a las que dar grado</translation>
    </message>
    <message>
        <source>no codings to link as quotes</source>
        <translation>no hay codificaciones que vincular como citas</translation>
    </message>
    <message>
        <source>no document &apos;{ref}&apos; in {file}</source>
        <translation>no hay ningún documento «{ref}» en {file}</translation>
    </message>
    <message>
        <source>no document has codings made both ways ({first}; {second}); name documents with --documents</source>
        <translation>ningún documento tiene codificaciones hechas de ambas formas ({first}; {second}); indique documentos con --documents</translation>
    </message>
    <message>
        <source>no documents</source>
        <translation>ningún documento</translation>
    </message>
    <message>
        <source>no documents to compare</source>
        <translation>no hay documentos que comparar</translation>
    </message>
    <message>
        <source>no documents to import</source>
        <translation>no hay documentos que importar</translation>
    </message>
    <message>
        <source>no documents to redact</source>
        <translation>no hay documentos que censurar</translation>
    </message>
    <message>
        <source>no grade &apos;{name}&apos; (the project has no grades yet)</source>
        <translation>no hay ningún grado «{name}» (el proyecto aún no tiene grados)</translation>
    </message>
    <message>
        <source>no grade &apos;{name}&apos; (the project has {known})</source>
        <translation>no hay ningún grado «{name}» (el proyecto tiene {known})</translation>
    </message>
    <message>
        <source>no link type &apos;{name}&apos;</source>
        <translation>no hay ningún tipo de vínculo «{name}»</translation>
    </message>
    <message>
        <source>no link type &apos;{name}&apos; (the project has {known})</source>
        <translation>no hay ningún tipo de vínculo «{name}» (el proyecto tiene {known})</translation>
    </message>
    <message>
        <source>no links to remove</source>
        <translation>no hay vínculos que quitar</translation>
    </message>
    <message>
        <source>no participant &apos;{name}&apos; in the consent register</source>
        <translation>no hay ningún participante «{name}» en el registro de consentimientos</translation>
    </message>
    <message>
        <source>no pseudonyms to add</source>
        <translation>no hay seudónimos que añadir</translation>
    </message>
    <message>
        <source>no pseudonyms to delete</source>
        <translation>no hay seudónimos que eliminar</translation>
    </message>
    <message>
        <source>no respondent id ({column} is empty)</source>
        <translation>no hay identificador de entrevistado ({column} está vacía)</translation>
    </message>
    <message>
        <source>no saved query &apos;{name}&apos;</source>
        <translation>no hay ninguna consulta guardada «{name}»</translation>
    </message>
    <message>
        <source>no speaker &apos;{speaker}&apos; in &apos;{document}&apos;</source>
        <translation>no hay ningún hablante «{speaker}» en «{document}»</translation>
    </message>
    <message>
        <source>no speaker &apos;{speaker}&apos; in any document</source>
        <translation>no hay ningún hablante «{speaker}» en ningún documento</translation>
    </message>
    <message>
        <source>no speaker has the role &apos;{role}&apos; (roles: {roles})</source>
        <translation>ningún hablante tiene el rol «{role}» (roles: {roles})</translation>
    </message>
    <message>
        <source>no subtitle cues found (no &apos;start --&gt; end&apos; timings)</source>
        <translation>no se encontraron subtítulos (ningún tiempo &apos;start --&gt; end&apos;)</translation>
    </message>
    <message>
        <source>no suffix</source>
        <translation>sin extensión</translation>
    </message>
    <message>
        <source>no text column given (name the columns of answers to code)</source>
        <translation>no se indicó ninguna columna de texto (indique las columnas de respuestas que codificar)</translation>
    </message>
    <message>
        <source>no trained spaCy pipeline is installed: names, places and organisations were only looked for after titles (Dr, Mr, 律师...) and in the pseudonym table (install one with pip, e.g. en_core_web_sm or zh_core_web_sm)</source>
        <translation>no hay ningún pipeline entrenado de spaCy instalado: los nombres, lugares y organizaciones solo se buscaron tras títulos (Dr, Sr, 律师...) y en la tabla de seudónimos (instale uno con pip, p. ej. en_core_web_sm o zh_core_web_sm)</translation>
    </message>
    <message>
        <source>no trained spaCy pipeline recognises names in {languages} (set the documents&apos; language attribute, or install a pipeline with pip): names there were only looked for after titles and in the pseudonym table</source>
        <translation>ningún pipeline entrenado de spaCy reconoce nombres en {languages} (defina el atributo de idioma de los documentos o instale un pipeline con pip): allí los nombres solo se buscaron tras títulos y en la tabla de seudónimos</translation>
    </message>
    <message>
        <source>no version of its text is recorded</source>
        <translation>no hay ninguna versión registrada de su texto</translation>
    </message>
    <message>
        <source>no {what} to code</source>
        <translation>no hay {what} que codificar</translation>
    </message>
    <message>
        <source>no: this report shows names and places as the transcripts hold them</source>
        <translation>no: este informe muestra los nombres y lugares tal como aparecen en las transcripciones</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>none (the whole project)</source>
        <translation>ninguno (todo el proyecto)</translation>
    </message>
    <message>
        <source>none of those codings is flagged &apos;text changed&apos;</source>
        <translation>ninguna de esas codificaciones está marcada como «texto cambiado»</translation>
    </message>
    <message>
        <source>none yet: set one with &apos;qcode speaker&apos;</source>
        <translation>ninguno aún: asigne uno con &apos;qcode speaker&apos;</translation>
    </message>
    <message>
        <source>not a PDF that can be read back: {problem}</source>
        <translation>no es un PDF que se pueda volver a leer: {problem}</translation>
    </message>
    <message>
        <source>not a valid regular expression: {problem}</source>
        <translation>no es una expresión regular válida: {problem}</translation>
    </message>
    <message>
        <source>not a valid regular expression: {problem} at position {position}</source>
        <translation>no es una expresión regular válida: {problem} en la posición {position}</translation>
    </message>
    <message>
        <source>not in the file or not imported</source>
        <translation>no está en el archivo o no se importó</translation>
    </message>
    <message>
        <source>note &apos;{name}&apos;</source>
        <translation>el memo &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>nothing to assign</source>
        <translation>nada que asignar</translation>
    </message>
    <message>
        <source>nothing to change: give a span (START &lt; END) or text to insert</source>
        <translation>nada que cambiar: indique un intervalo (START &lt; END) o un texto que insertar</translation>
    </message>
    <message>
        <source>nothing to change: that is what is recorded for &apos;{name}&apos;</source>
        <translation>nada que cambiar: eso es lo que consta para «{name}»</translation>
    </message>
    <message>
        <source>nothing to change: the text there is already that</source>
        <translation>nada que cambiar: el texto de ahí ya es ese</translation>
    </message>
    <message>
        <source>nothing to evaluate: no code has {count} or more coded passages yet</source>
        <translation>nada que evaluar: ningún código tiene aún {count} o más pasajes codificados</translation>
    </message>
    <message>
        <source>nothing to evaluate: no document has been coded yet</source>
        <translation>nada que evaluar: aún no se ha codificado ningún documento</translation>
    </message>
    <message>
        <source>nothing to rank with: the project has no codable code</source>
        <translation>nada con qué ordenar: el proyecto no tiene ningún código aplicable</translation>
    </message>
    <message>
        <source>nothing to redact: no identifier of the pseudonym table occurs in that document</source>
        <translation>nada que censurar: ningún identificador de la tabla de seudónimos aparece en ese documento</translation>
    </message>
    <message>
        <source>nothing to redact: no identifier of the pseudonym table occurs in those documents</source>
        <translation>nada que censurar: ningún identificador de la tabla de seudónimos aparece en esos documentos</translation>
    </message>
    <message>
        <source>nothing to redo</source>
        <translation>nada que rehacer</translation>
    </message>
    <message>
        <source>nothing to unassign: not members of case &apos;{case}&apos;</source>
        <translation>nada que desasignar: no son miembros del caso «{case}»</translation>
    </message>
    <message>
        <source>nothing to undo</source>
        <translation>nada que deshacer</translation>
    </message>
    <message>
        <source>nothing to unlink: these codings are not quotes of that cell</source>
        <translation>nada que desvincular: esas codificaciones no son citas de esa celda</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>page {page} places more than {most:,} characters, more than a page can hold (a damaged or hostile PDF?)</source>
        <translation>la página {page} coloca más de {most:,} caracteres, más de los que caben en una página (¿un PDF dañado o malicioso?)</translation>
    </message>
    <message numerus="yes">
        <source>page{s} {pages}: more than {most:,} separate lines of text on a page (or {total:,} in all), read line by line from top to bottom</source>
        <translation>
            <numerusform>página {pages}: más de {most:,} líneas de texto separadas en una página (o {total:,} en total), leída línea a línea de arriba abajo</numerusform>
            <numerusform>páginas {pages}: más de {most:,} líneas de texto separadas en una página (o {total:,} en total), leídas línea a línea de arriba abajo</numerusform>
        </translation>
    </message>
    <message>
        <source>passages</source>
        <translation>pasajes</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>imagen</translation>
    </message>
    <message>
        <source>positions start at 0</source>
        <translation>las posiciones empiezan en 0</translation>
    </message>
    <message>
        <source>project not found: {path}</source>
        <translation>proyecto no encontrado: {path}</translation>
    </message>
    <message>
        <source>qcode allows at most {levels} levels of codes</source>
        <translation>qcode admite como máximo {levels} niveles de códigos</translation>
    </message>
    <message>
        <source>qcode&apos;s &apos;{folder}&apos; folder is missing from this installation</source>
        <translation>falta la carpeta &apos;{folder}&apos; de qcode en esta instalación</translation>
    </message>
    <message>
        <source>query results</source>
        <translation>resultados de la consulta</translation>
    </message>
    <message>
        <source>query: column {column}: {problem}</source>
        <translation>consulta: columna {column}: {problem}</translation>
    </message>
    <message>
        <source>recolour &apos;{code}&apos;</source>
        <translation>cambiar el color de «{code}»</translation>
    </message>
    <message>
        <source>record the consent of &apos;{participant}&apos;</source>
        <translation>registrar el consentimiento de «{participant}»</translation>
    </message>
    <message>
        <source>recording may be kept</source>
        <translation>la grabación puede conservarse</translation>
    </message>
    <message numerus="yes">
        <source>redact {count} document{s}</source>
        <translation>
            <numerusform>censurar {count} documento</numerusform>
            <numerusform>censurar {count} documentos</numerusform>
        </translation>
    </message>
    <message>
        <source>redaction: the pseudonym table&apos;s identifiers replaced</source>
        <translation>redacción: se reemplazaron los identificadores de la tabla de seudónimos</translation>
    </message>
    <message>
        <source>reject suggestion</source>
        <translation>rechazar la sugerencia</translation>
    </message>
    <message>
        <source>reject suggestion &apos;{code}&apos;</source>
        <translation>rechazar la sugerencia «{code}»</translation>
    </message>
    <message>
        <source>remove &apos;{code}&apos;</source>
        <translation>quitar «{code}»</translation>
    </message>
    <message>
        <source>remove coding</source>
        <translation>quitar la codificación</translation>
    </message>
    <message>
        <source>remove link type &apos;{name}&apos;</source>
        <translation>quitar el tipo de vínculo «{name}»</translation>
    </message>
    <message>
        <source>remove {count} codings</source>
        <translation>quitar {count} codificaciones</translation>
    </message>
    <message>
        <source>remove {count} links</source>
        <translation>quitar {count} vínculos</translation>
    </message>
    <message>
        <source>rename &apos;{old}&apos; to &apos;{new}&apos;</source>
        <translation>cambiar el nombre de «{old}» a «{new}»</translation>
    </message>
    <message>
        <source>rename case &apos;{old}&apos; to &apos;{new}&apos;</source>
        <translation>cambiar el nombre del caso «{old}» a «{new}»</translation>
    </message>
    <message>
        <source>rename code &apos;{old}&apos; to &apos;{new}&apos;</source>
        <translation>cambiar el nombre del código «{old}» a «{new}»</translation>
    </message>
    <message>
        <source>rename grade &apos;{old}&apos; to &apos;{new}&apos;</source>
        <translation>cambiar el nombre del grado «{old}» a «{new}»</translation>
    </message>
    <message>
        <source>rename project</source>
        <translation>cambiar el nombre del proyecto</translation>
    </message>
    <message>
        <source>rename query &apos;{old}&apos; to &apos;{new}&apos;</source>
        <translation>cambiar el nombre de la consulta «{old}» a «{new}»</translation>
    </message>
    <message>
        <source>respondent &apos;{respondent}&apos; is already on row {row}</source>
        <translation>el entrevistado «{respondent}» ya está en la fila {row}</translation>
    </message>
    <message>
        <source>role</source>
        <translation>función</translation>
    </message>
    <message>
        <source>row {row:,} is past the last row a sheet can have</source>
        <translation>la fila {row:,} está más allá de la última fila que puede tener una hoja</translation>
    </message>
    <message>
        <source>row {row} has a value in {column}, which has no name in the header row (row {header_row})</source>
        <translation>la fila {row} tiene un valor en {column}, que no tiene nombre en la fila de encabezado (fila {header_row})</translation>
    </message>
    <message>
        <source>row {row} has more than {columns:,} columns (the most a sheet may have)</source>
        <translation>la fila {row} tiene más de {columns:,} columnas (el máximo de una hoja)</translation>
    </message>
    <message numerus="yes">
        <source>row {row} has {count:,} field{s} but the header row (row {header_row}) has {header_count:,}: a value or a delimiter is missing or extra</source>
        <translation>
            <numerusform>la fila {row} tiene {count:,} campo, pero la fila de encabezado (fila {header_row}) tiene {header_count:,}: falta o sobra un valor o un delimitador</numerusform>
            <numerusform>la fila {row} tiene {count:,} campos, pero la fila de encabezado (fila {header_row}) tiene {header_count:,}: falta o sobra un valor o un delimitador</numerusform>
        </translation>
    </message>
    <message>
        <source>row {row}: {problem}</source>
        <translation>fila {row}: {problem}</translation>
    </message>
    <message>
        <source>rows for {table} need {count} values</source>
        <translation>las filas de {table} necesitan {count} valores</translation>
    </message>
    <message>
        <source>save it as .docx first</source>
        <translation>guárdelo primero como .docx</translation>
    </message>
    <message>
        <source>save it as .txt first</source>
        <translation>guárdelo primero como .txt</translation>
    </message>
    <message>
        <source>save query &apos;{query}&apos;</source>
        <translation>guardar la consulta «{query}»</translation>
    </message>
    <message>
        <source>saved query &apos;{name}&apos; ({expression}): codings inside its results</source>
        <translation>consulta guardada «{name}» ({expression}): codificaciones dentro de sus resultados</translation>
    </message>
    <message>
        <source>saved query &apos;{name}&apos;: {problem}</source>
        <translation>consulta guardada «{name}»: {problem}</translation>
    </message>
    <message>
        <source>section &apos;{name}&apos;: {reason}</source>
        <translation>sección «{name}»: {reason}</translation>
    </message>
    <message>
        <source>set</source>
        <translation>conjunto</translation>
    </message>
    <message>
        <source>set &apos;{attribute}&apos; of &apos;{document}&apos;</source>
        <translation>establecer «{attribute}» de «{document}»</translation>
    </message>
    <message>
        <source>set &apos;{attribute}&apos; of case &apos;{case}&apos;</source>
        <translation>establecer «{attribute}» del caso «{case}»</translation>
    </message>
    <message numerus="yes">
        <source>set &apos;{set}&apos; is now the yes/no attribute &apos;set: {set}&apos; of {count:,} document{s}</source>
        <translation>
            <numerusform>el conjunto &apos;{set}&apos; es ahora el atributo sí/no &apos;set: {set}&apos; de {count:,} documento</numerusform>
            <numerusform>el conjunto &apos;{set}&apos; es ahora el atributo sí/no &apos;set: {set}&apos; de {count:,} documentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>set &apos;{set}&apos; is now the yes/no attribute &apos;set: {set}&apos; of {count:,} document{s} ({lost} of its members were not imported)</source>
        <translation>
            <numerusform>el conjunto &apos;{set}&apos; es ahora el atributo sí/no &apos;set: {set}&apos; de {count:,} documento ({lost} de sus miembros no se importaron)</numerusform>
            <numerusform>el conjunto &apos;{set}&apos; es ahora el atributo sí/no &apos;set: {set}&apos; de {count:,} documentos ({lost} de sus miembros no se importaron)</numerusform>
        </translation>
    </message>
    <message>
        <source>set &apos;{set}&apos;: its memos are not grouped</source>
        <translation>conjunto &apos;{set}&apos;: sus memos no se agrupan</translation>
    </message>
    <message>
        <source>set a pseudonym (→ {replacement})</source>
        <translation>establecer un seudónimo (→ {replacement})</translation>
    </message>
    <message>
        <source>set role of speaker &apos;{speaker}&apos;</source>
        <translation>establecer el rol del hablante «{speaker}»</translation>
    </message>
    <message>
        <source>set {count} attributes of &apos;{document}&apos;</source>
        <translation>establecer {count} atributos de «{document}»</translation>
    </message>
    <message>
        <source>set {count} attributes of case &apos;{case}&apos;</source>
        <translation>establecer {count} atributos del caso «{case}»</translation>
    </message>
    <message>
        <source>set {count} pseudonyms</source>
        <translation>establecer {count} seudónimos</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; is a chart, not a table</source>
        <translation>la hoja &apos;{sheet}&apos; es un gráfico, no una tabla</translation>
    </message>
    <message>
        <source>some of these codings no longer exist</source>
        <translation>algunas de estas codificaciones ya no existen</translation>
    </message>
    <message>
        <source>some of these links no longer exist</source>
        <translation>algunos de estos vínculos ya no existen</translation>
    </message>
    <message>
        <source>some {table} rows to change no longer exist</source>
        <translation>algunas filas de {table} que había que cambiar ya no existen</translation>
    </message>
    <message>
        <source>some {table} to delete no longer exist</source>
        <translation>algunos {table} que había que eliminar ya no existen</translation>
    </message>
    <message>
        <source>source &apos;{name}&apos;</source>
        <translation>la fuente &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>source: {sources}</source>
        <translation>fuente: {sources}</translation>
    </message>
    <message>
        <source>spaCy is not installed: names, places and organisations were only looked for after titles (Dr, Mr, 律师...) and in the pseudonym table</source>
        <translation>spaCy no está instalado: los nombres, lugares y organizaciones solo se buscaron tras títulos (Dr, Sr, 律师...) y en la tabla de seudónimos</translation>
    </message>
    <message>
        <source>spaCy pipeline &apos;{model}&apos; is not installed (qcode never downloads one; install it with pip, or use &apos;{blank}&apos;)</source>
        <translation>el pipeline de spaCy «{model}» no está instalado (qcode nunca descarga ninguno; instálelo con pip o use «{blank}»)</translation>
    </message>
    <message>
        <source>span {start}–{end} is not inside the document</source>
        <translation>el intervalo {start}–{end} no está dentro del documento</translation>
    </message>
    <message>
        <source>speaker &apos;{speaker}&apos; has no turns in any document</source>
        <translation>el hablante «{speaker}» no tiene turnos en ningún documento</translation>
    </message>
    <message>
        <source>speaker &apos;{speaker}&apos; has no turns in these documents</source>
        <translation>el hablante «{speaker}» no tiene turnos en estos documentos</translation>
    </message>
    <message>
        <source>speakers with the role: {roles}</source>
        <translation>hablantes con el rol: {roles}</translation>
    </message>
    <message>
        <source>speakers: {names}</source>
        <translation>hablantes: {names}</translation>
    </message>
    <message>
        <source>splice {start}:{end} outside a value of {length}</source>
        <translation>empalme {start}:{end} fuera de un valor de longitud {length}</translation>
    </message>
    <message>
        <source>suggestions have not learned &apos;{code}&apos; yet: let them learn again</source>
        <translation>las sugerencias aún no han aprendido «{code}»: deje que aprendan de nuevo</translation>
    </message>
    <message>
        <source>summarise case &apos;{case}&apos; on &apos;{code}&apos;</source>
        <translation>resumir el caso «{case}» en «{code}»</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>that participant is no longer in the register; nothing was changed</source>
        <translation>ese participante ya no está en el registro; no se cambió nada</translation>
    </message>
    <message>
        <source>the Python package {package} (it comes with qcode)</source>
        <translation>el paquete de Python {package} (viene con qcode)</translation>
    </message>
    <message>
        <source>the archive is damaged ({entry}: {error})</source>
        <translation>el archivo comprimido está dañado ({entry}: {error})</translation>
    </message>
    <message>
        <source>the case &apos;{case}&apos; no longer exists</source>
        <translation>el caso «{case}» ya no existe</translation>
    </message>
    <message>
        <source>the case no longer exists</source>
        <translation>el caso ya no existe</translation>
    </message>
    <message>
        <source>the case&apos;s description</source>
        <translation>la descripción del caso</translation>
    </message>
    <message>
        <source>the case&apos;s type</source>
        <translation>el tipo del caso</translation>
    </message>
    <message>
        <source>the charts</source>
        <translation>los gráficos</translation>
    </message>
    <message>
        <source>the code no longer exists</source>
        <translation>el código ya no existe</translation>
    </message>
    <message>
        <source>the codebook has no codes, and a REFI-QDA codebook needs at least one</source>
        <translation>el libro de códigos no tiene códigos, y un libro de códigos REFI-QDA necesita al menos uno</translation>
    </message>
    <message>
        <source>the coders {coders} have not coded any document in common; name documents with --documents</source>
        <translation>los codificadores {coders} no han codificado ningún documento en común; indique documentos con --documents</translation>
    </message>
    <message>
        <source>the coding no longer exists</source>
        <translation>la codificación ya no existe</translation>
    </message>
    <message numerus="yes">
        <source>the comments of coded passages are now memos on {count:,} coding{s}</source>
        <translation>
            <numerusform>los comentarios de los pasajes codificados son ahora memos en {count:,} codificación</numerusform>
            <numerusform>los comentarios de los pasajes codificados son ahora memos en {count:,} codificaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>the document no longer exists</source>
        <translation>el documento ya no existe</translation>
    </message>
    <message>
        <source>the code&apos;s description</source>
        <translation>la descripción del código</translation>
    </message>
    <message>
        <source>the code&apos;s keyword &apos;{keyword}&apos;</source>
        <translation>la palabra clave «{keyword}» del código</translation>
    </message>
    <message>
        <source>the consent reference</source>
        <translation>la referencia del consentimiento</translation>
    </message>
    <message>
        <source>the descriptions of {types}</source>
        <translation>las descripciones de {types}</translation>
    </message>
    <message>
        <source>the document no longer exists; nothing was changed</source>
        <translation>el documento ya no existe; no se cambió nada</translation>
    </message>
    <message>
        <source>the end of the query</source>
        <translation>el final de la consulta</translation>
    </message>
    <message>
        <source>the expected text</source>
        <translation>el texto esperado</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the grade no longer exists</source>
        <translation>el grado ya no existe</translation>
    </message>
    <message>
        <source>the grade&apos;s description</source>
        <translation>la descripción del grado</translation>
    </message>
    <message>
        <source>the identifier</source>
        <translation>el identificador</translation>
    </message>
    <message>
        <source>the identifier is part of a replacement in this project&apos;s pseudonym table; change that replacement, then add the identifier</source>
        <translation>el identificador forma parte de un reemplazo de la tabla de seudónimos de este proyecto; cambie ese reemplazo y luego añada el identificador</translation>
    </message>
    <message>
        <source>the identifier is part of the replacement &apos;{other_replacement}&apos; already in the pseudonym table; change that replacement first</source>
        <translation>el identificador forma parte del reemplazo «{other_replacement}», que ya está en la tabla de seudónimos; cambie antes ese reemplazo</translation>
    </message>
    <message>
        <source>the identifier&apos;s kind</source>
        <translation>el tipo del identificador</translation>
    </message>
    <message>
        <source>the last {percent}% of the coded text (trained on the rest)</source>
        <translation>el último {percent} % del texto codificado (entrenado con el resto)</translation>
    </message>
    <message>
        <source>the link no longer exists</source>
        <translation>el vínculo ya no existe</translation>
    </message>
    <message>
        <source>the link type is called &apos;{theirs}&apos; in {other}; kept &apos;{ours}&apos;</source>
        <translation>el tipo de enlace se llama &apos;{theirs}&apos; en {other}; se conservó &apos;{ours}&apos;</translation>
    </message>
    <message>
        <source>the link type no longer exists</source>
        <translation>el tipo de vínculo ya no existe</translation>
    </message>
    <message>
        <source>the link type&apos;s description</source>
        <translation>la descripción del tipo de vínculo</translation>
    </message>
    <message>
        <source>the link&apos;s memo</source>
        <translation>el memo del vínculo</translation>
    </message>
    <message>
        <source>the memo</source>
        <translation>el memo</translation>
    </message>
    <message>
        <source>the memo is empty</source>
        <translation>el memo está vacío</translation>
    </message>
    <message>
        <source>the memo is empty (delete it instead)</source>
        <translation>el memo está vacío (elimínelo en su lugar)</translation>
    </message>
    <message>
        <source>the memo&apos;s title</source>
        <translation>el título del memo</translation>
    </message>
    <message>
        <source>the name and the type cannot come from the same column</source>
        <translation>el nombre y el tipo no pueden venir de la misma columna</translation>
    </message>
    <message>
        <source>the name is taken by another document here; added as &apos;{name}&apos;</source>
        <translation>el nombre lo usa otro documento aquí; se añadió como &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>the new parent code no longer exists</source>
        <translation>el nuevo código padre ya no existe</translation>
    </message>
    <message>
        <source>the new passphrase is the same as the old one; nothing was changed</source>
        <translation>la nueva frase de contraseña es igual a la anterior; no se cambió nada</translation>
    </message>
    <message>
        <source>the new text holds a control character (U+{codepoint:04X})</source>
        <translation>el nuevo texto contiene un carácter de control (U+{codepoint:04X})</translation>
    </message>
    <message>
        <source>the new text is not valid Unicode (it holds a lone surrogate)</source>
        <translation>el nuevo texto no es Unicode válido (contiene un sustituto aislado)</translation>
    </message>
    <message>
        <source>the original of &apos;{document}&apos; ({file_name}) was not kept in the project, only its size and SHA-256</source>
        <translation>el original de «{document}» ({file_name}) no se guardó en el proyecto, solo su tamaño y su SHA-256</translation>
    </message>
    <message>
        <source>the parent code no longer exists</source>
        <translation>el código padre ya no existe</translation>
    </message>
    <message>
        <source>the project XML declares a DTD or entities, which qcode refuses for safety</source>
        <translation>el XML del proyecto declara una DTD o entidades, que qcode rechaza por seguridad</translation>
    </message>
    <message>
        <source>the project XML declares an unknown encoding</source>
        <translation>el XML del proyecto declara una codificación desconocida</translation>
    </message>
    <message>
        <source>the project XML is empty</source>
        <translation>el XML del proyecto está vacío</translation>
    </message>
    <message>
        <source>the project XML is not well formed (line {line})</source>
        <translation>el XML del proyecto no está bien formado (línea {line})</translation>
    </message>
    <message>
        <source>the project file inside is named &apos;{name}&apos;, not &apos;project.qde&apos; as the standard says; read it anyway</source>
        <translation>el archivo de proyecto interior se llama &apos;{name}&apos;, no &apos;project.qde&apos; como dice el estándar; se leyó de todos modos</translation>
    </message>
    <message>
        <source>the project has changed since ({table} already exist)</source>
        <translation>el proyecto ha cambiado desde entonces ({table} ya existen)</translation>
    </message>
    <message>
        <source>the project has changed since ({table} are missing)</source>
        <translation>el proyecto ha cambiado desde entonces (faltan {table})</translation>
    </message>
    <message>
        <source>the project has changed since ({table} differ)</source>
        <translation>el proyecto ha cambiado desde entonces ({table} difieren)</translation>
    </message>
    <message>
        <source>the project has no cases, links between codings or source grades to corroborate with</source>
        <translation>el proyecto no tiene casos, vínculos entre codificaciones ni grados de fuente con que corroborar</translation>
    </message>
    <message>
        <source>the project has no framework summaries yet (write one with &apos;qcode summary&apos;)</source>
        <translation>el proyecto aún no tiene resúmenes de marco (escriba uno con &apos;qcode summary&apos;)</translation>
    </message>
    <message>
        <source>the project has no saved queries (save one with &apos;qcode query … --save NAME&apos;)</source>
        <translation>el proyecto no tiene consultas guardadas (guarde una con &apos;qcode query … --save NAME&apos;)</translation>
    </message>
    <message>
        <source>the project is encrypted but its recordings are not: qcode links them where they are; keep them on an encrypted disk</source>
        <translation>el proyecto está cifrado pero sus grabaciones no: qcode las vincula donde están; guárdelas en un disco cifrado</translation>
    </message>
    <message>
        <source>the project&apos;s description</source>
        <translation>la descripción del proyecto</translation>
    </message>
    <message>
        <source>the project&apos;s name</source>
        <translation>el nombre del proyecto</translation>
    </message>
    <message>
        <source>the pseudonym table is empty: add the identifiers to replace with &apos;qcode pseudonym&apos; or Privacy ▸ Pseudonyms… first</source>
        <translation>la tabla de seudónimos está vacía: añada antes los identificadores que reemplazar con &apos;qcode pseudonym&apos; o Privacidad ▸ Seudónimos…</translation>
    </message>
    <message>
        <source>the query</source>
        <translation>la consulta</translation>
    </message>
    <message>
        <source>the query is empty</source>
        <translation>la consulta está vacía</translation>
    </message>
    <message>
        <source>the query is longer than {most:,} characters</source>
        <translation>la consulta tiene más de {most:,} caracteres</translation>
    </message>
    <message>
        <source>the query&apos;s {field}</source>
        <translation>{field} de la consulta</translation>
    </message>
    <message>
        <source>the query&apos;s {field} must be a list of names</source>
        <translation>{field} de la consulta debe ser una lista de nombres</translation>
    </message>
    <message>
        <source>the recording beside it was not linked: {problem}</source>
        <translation>no se vinculó la grabación que lo acompaña: {problem}</translation>
    </message>
    <message>
        <source>the recording {file} was written out of {archive}, which is no longer there</source>
        <translation>la grabación {file} se extrajo de {archive}, que ya no está</translation>
    </message>
    <message>
        <source>the replacement</source>
        <translation>el reemplazo</translation>
    </message>
    <message>
        <source>the replacement &apos;{other_replacement}&apos; contains another identifier in the pseudonym table; choose one that names nobody</source>
        <translation>el reemplazo «{other_replacement}» contiene otro identificador de la tabla de seudónimos; elija uno que no nombre a nadie</translation>
    </message>
    <message>
        <source>the replacement &apos;{replacement}&apos; contains another identifier in the pseudonym table; choose one that names nobody</source>
        <translation>el reemplazo «{replacement}» contiene otro identificador de la tabla de seudónimos; elija uno que no nombre a nadie</translation>
    </message>
    <message>
        <source>the replacement &apos;{replacement}&apos; contains the identifier it replaces</source>
        <translation>el reemplazo «{replacement}» contiene el identificador al que reemplaza</translation>
    </message>
    <message>
        <source>the respondent&apos;s id</source>
        <translation>el identificador del entrevistado</translation>
    </message>
    <message>
        <source>the roles and descriptions of {speakers}</source>
        <translation>los papeles y descripciones de {speakers}</translation>
    </message>
    <message>
        <source>the same coding ({uuid}) is {code} at {start}–{end} by {coder} in {other}; kept this project&apos;s</source>
        <translation>la misma codificación ({uuid}) es {code} en {start}–{end} por {coder} en {other}; se conservó la de este proyecto</translation>
    </message>
    <message>
        <source>the same identifier is listed twice; give each one replacement</source>
        <translation>el mismo identificador aparece dos veces; dé a cada uno un solo reemplazo</translation>
    </message>
    <message>
        <source>the saved query &apos;{query}&apos; no longer exists</source>
        <translation>la consulta guardada «{query}» ya no existe</translation>
    </message>
    <message>
        <source>the scale of {grades}</source>
        <translation>la escala de {grades}</translation>
    </message>
    <message>
        <source>the source grades of {codings}</source>
        <translation>las calificaciones de fuente de {codings}</translation>
    </message>
    <message>
        <source>the speaker&apos;s description</source>
        <translation>la descripción del hablante</translation>
    </message>
    <message>
        <source>the speaker&apos;s role</source>
        <translation>el papel del hablante</translation>
    </message>
    <message>
        <source>the speakers assigned to {cases} ({assignments}; REFI-QDA has no speakers, so the {codings} in their turns are written as those cases&apos; selections)</source>
        <translation>los hablantes asignados a {cases} ({assignments}; REFI-QDA no tiene hablantes, así que las {codings} de sus turnos se escriben como selecciones de esos casos)</translation>
    </message>
    <message>
        <source>the stored bytes end early</source>
        <translation>los bytes guardados terminan antes de tiempo</translation>
    </message>
    <message>
        <source>the stored bytes of its original file are damaged</source>
        <translation>los bytes guardados de su archivo original están dañados</translation>
    </message>
    <message>
        <source>the stored bytes of its original file no longer match their hash</source>
        <translation>los bytes guardados de su archivo original ya no coinciden con su hash</translation>
    </message>
    <message>
        <source>the stored original of &apos;{document}&apos; does not match its hash; nothing was written (run &apos;qcode verify&apos;)</source>
        <translation>el original guardado de «{document}» no coincide con su hash; no se escribió nada (ejecute &apos;qcode verify&apos;)</translation>
    </message>
    <message>
        <source>the stored suggestion model cannot be read ({problem})</source>
        <translation>no se puede leer el modelo de sugerencias guardado ({problem})</translation>
    </message>
    <message>
        <source>the stored suggestion model is from another version of qcode</source>
        <translation>el modelo de sugerencias guardado es de otra versión de qcode</translation>
    </message>
    <message>
        <source>the stored text does not match its hash</source>
        <translation>el texto guardado no coincide con su hash</translation>
    </message>
    <message>
        <source>the stored text is not version {version} as recorded</source>
        <translation>el texto guardado no es la versión {version} registrada</translation>
    </message>
    <message>
        <source>the sub-codes of &apos;{code}&apos;</source>
        <translation>los subcódigos de «{code}»</translation>
    </message>
    <message>
        <source>the summary</source>
        <translation>el resumen</translation>
    </message>
    <message>
        <source>the summary is empty</source>
        <translation>el resumen está vacío</translation>
    </message>
    <message>
        <source>the text differs from the one in {other}; its codings were re-anchored onto this project&apos;s text ({changed} now cover changed text)</source>
        <translation>el texto difiere del de {other}; sus codificaciones se reanclaron en el texto de este proyecto ({changed} cubren ahora texto cambiado)</translation>
    </message>
    <message>
        <source>the threshold must be above 0 and at most 1 (got {threshold:g})</source>
        <translation>el umbral debe ser mayor que 0 y como máximo 1 (se recibió {threshold:g})</translation>
    </message>
    <message>
        <source>the turns of speaker &apos;{speaker}&apos; hold no words to code</source>
        <translation>los turnos del hablante «{speaker}» no contienen palabras que codificar</translation>
    </message>
    <message>
        <source>the versions of &apos;{document}&apos; do not add up; run &apos;qcode verify&apos;</source>
        <translation>las versiones de «{document}» no cuadran; ejecute &apos;qcode verify&apos;</translation>
    </message>
    <message>
        <source>the {table} row to change no longer exists</source>
        <translation>la fila de {table} que había que cambiar ya no existe</translation>
    </message>
    <message>
        <source>the {target} no longer exists</source>
        <translation>{target}: ya no existe</translation>
    </message>
    <message>
        <source>their {what} is &apos;{theirs}&apos; in {other}; kept &apos;{ours}&apos;</source>
        <translation>su {what} es &apos;{theirs}&apos; en {other}; se conservó &apos;{ours}&apos;</translation>
    </message>
    <message>
        <source>there are no pseudonyms in {file}: add some with &apos;qcode pseudonym&apos; or Privacy ▸ Pseudonyms…</source>
        <translation>no hay seudónimos en {file}: añada algunos con &apos;qcode pseudonym&apos; o Privacidad ▸ Seudónimos…</translation>
    </message>
    <message>
        <source>there are no search results to code</source>
        <translation>no hay resultados de búsqueda que codificar</translation>
    </message>
    <message>
        <source>there is already a case named &apos;{name}&apos;</source>
        <translation>ya hay un caso llamado «{name}»</translation>
    </message>
    <message>
        <source>there is already a code &apos;{name}&apos; at the top level</source>
        <translation>ya hay un código «{name}» en el nivel superior</translation>
    </message>
    <message>
        <source>there is already a code &apos;{name}&apos; under &apos;{parent}&apos;</source>
        <translation>ya hay un código «{name}» bajo «{parent}»</translation>
    </message>
    <message>
        <source>there is already a document named &apos;{name}&apos;</source>
        <translation>ya hay un documento llamado «{name}»</translation>
    </message>
    <message>
        <source>there is already a grade &apos;{name}&apos;</source>
        <translation>ya hay un grado «{name}»</translation>
    </message>
    <message>
        <source>there is already a link type &apos;{name}&apos;</source>
        <translation>ya hay un tipo de vínculo «{name}»</translation>
    </message>
    <message>
        <source>there is already a saved query named &apos;{name}&apos;</source>
        <translation>ya hay una consulta guardada llamada «{name}»</translation>
    </message>
    <message>
        <source>these codings are already linked as &apos;{link_type}&apos;</source>
        <translation>estas codificaciones ya están vinculadas como «{link_type}»</translation>
    </message>
    <message>
        <source>to import as an attribute</source>
        <translation>que importar como atributo</translation>
    </message>
    <message>
        <source>to import as text</source>
        <translation>que importar como texto</translation>
    </message>
    <message>
        <source>too little coded text to hold part of it out</source>
        <translation>hay muy poco texto codificado para reservar una parte</translation>
    </message>
    <message>
        <source>type something to search for</source>
        <translation>escriba algo que buscar</translation>
    </message>
    <message>
        <source>unassign {members} from case &apos;{case}&apos;</source>
        <translation>quitar {members} del caso «{case}»</translation>
    </message>
    <message>
        <source>under &apos;{path}&apos;</source>
        <translation>bajo &apos;{path}&apos;</translation>
    </message>
    <message>
        <source>unexpected &apos;{text}&apos;</source>
        <translation>«{text}» inesperado</translation>
    </message>
    <message>
        <source>unexpected &apos;{text}&apos; (put code paths in double quotes)</source>
        <translation>«{text}» inesperado (ponga las rutas de código entre comillas dobles)</translation>
    </message>
    <message>
        <source>unexpected &apos;{text}&apos;: expected AND, OR, AND NOT or NEAR/… (put code paths in double quotes)</source>
        <translation>«{text}» inesperado: se esperaba AND, OR, AND NOT o NEAR/… (ponga las rutas de código entre comillas dobles)</translation>
    </message>
    <message>
        <source>unit must be one of {units}</source>
        <translation>la unidad debe ser una de: {units}</translation>
    </message>
    <message>
        <source>unknown author</source>
        <translation>autor desconocido</translation>
    </message>
    <message>
        <source>unknown breakdown &apos;{by}&apos; (one of {breakdowns})</source>
        <translation>desglose desconocido «{by}» (uno de {breakdowns})</translation>
    </message>
    <message>
        <source>unknown column {column} of {table}</source>
        <translation>columna desconocida {column} de {table}</translation>
    </message>
    <message>
        <source>unknown columns for {table}: {columns}</source>
        <translation>columnas desconocidas en {table}: {columns}</translation>
    </message>
    <message>
        <source>unknown origin &apos;{origin}&apos; (origins: {origins})</source>
        <translation>origen desconocido «{origin}» (orígenes: {origins})</translation>
    </message>
    <message>
        <source>unknown origin: {unknown} (origins: {origins})</source>
        <translation>origen desconocido: {unknown} (orígenes: {origins})</translation>
    </message>
    <message>
        <source>unknown section(s) {unknown}: use {sections} (comma-separated)</source>
        <translation>sección(es) desconocida(s) {unknown}: use {sections} (separadas por comas)</translation>
    </message>
    <message>
        <source>unknown sheet(s) {unknown}: use {sheets}</source>
        <translation>hoja(s) desconocida(s) {unknown}: use {sheets}</translation>
    </message>
    <message>
        <source>unknown source {source} (use {sources})</source>
        <translation>fuente desconocida {source} (use {sources})</translation>
    </message>
    <message>
        <source>unknown table {table}</source>
        <translation>tabla desconocida {table}</translation>
    </message>
    <message>
        <source>unknown unit &apos;{unit}&apos;: use {units}</source>
        <translation>unidad desconocida «{unit}»: use {units}</translation>
    </message>
    <message>
        <source>unlink a quote from case &apos;{case}&apos; on &apos;{code}&apos;</source>
        <translation>desvincular una cita del caso «{case}» en «{code}»</translation>
    </message>
    <message>
        <source>unlink codings</source>
        <translation>desvincular codificaciones</translation>
    </message>
    <message>
        <source>unlink the recording of &apos;{document}&apos;</source>
        <translation>desvincular la grabación de «{document}»</translation>
    </message>
    <message>
        <source>unlink {count} quotes from case &apos;{case}&apos; on &apos;{code}&apos;</source>
        <translation>desvincular {count} citas del caso «{case}» en «{code}»</translation>
    </message>
    <message>
        <source>unlinked and deleted the recording {path}</source>
        <translation>se desvinculó y eliminó la grabación {path}</translation>
    </message>
    <message>
        <source>unpacks to more than</source>
        <translation>se descomprime en más de</translation>
    </message>
    <message>
        <source>unpacks to more than the {most} allowed (a zip bomb?); refused</source>
        <translation>se descomprime en más de los {most} permitidos (¿una bomba zip?); rechazado</translation>
    </message>
    <message>
        <source>unpacks to more than {limit:,} bytes</source>
        <translation>se descomprime en más de {limit:,} bytes</translation>
    </message>
    <message>
        <source>unsupported file type &apos;{suffix}&apos; (qcode reads {known})</source>
        <translation>tipo de archivo no admitido &apos;{suffix}&apos; (qcode lee {known})</translation>
    </message>
    <message>
        <source>unsupported file type (no extension) (qcode reads {known})</source>
        <translation>tipo de archivo no admitido (sin extensión) (qcode lee {known})</translation>
    </message>
    <message>
        <source>user</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>variable</translation>
    </message>
    <message>
        <source>variable &apos;{name}&apos; ({type}) is kept as text</source>
        <translation>la variable &apos;{name}&apos; ({type}) se conserva como texto</translation>
    </message>
    <message>
        <source>variable &apos;{name}&apos; has no name or GUID</source>
        <translation>la variable &apos;{name}&apos; no tiene nombre o GUID</translation>
    </message>
    <message>
        <source>variable &apos;{old}&apos; is now named &apos;{new}&apos;</source>
        <translation>la variable &apos;{old}&apos; se llama ahora &apos;{new}&apos;</translation>
    </message>
    <message>
        <source>version {version} cannot be rebuilt as recorded</source>
        <translation>la versión {version} no se puede reconstruir tal como se registró</translation>
    </message>
    <message>
        <source>version {version} of &apos;{document}&apos; can no longer be shown: version {version2} (a redaction or withdrawal) erased the versions before it</source>
        <translation>la versión {version} de «{document}» ya no se puede mostrar: la versión {version2} (una censura o una retirada) borró las versiones anteriores</translation>
    </message>
    <message>
        <source>version {version} of &apos;{document}&apos; does not match its recorded hash; run &apos;qcode verify&apos;</source>
        <translation>la versión {version} de «{document}» no coincide con su hash registrado; ejecute &apos;qcode verify&apos;</translation>
    </message>
    <message>
        <source>video</source>
        <translation>vídeo</translation>
    </message>
    <message>
        <source>warning: the recording {path} still holds their voice; qcode unlinked it and never deletes it unasked: {what}</source>
        <translation>advertencia: la grabación {path} aún contiene su voz; qcode la desvinculó y nunca la elimina sin que se le pida: {what}</translation>
    </message>
    <message>
        <source>warning: unlinked the recording {path}: their consent does not allow keeping it; the file is still on disk: {what}</source>
        <translation>advertencia: se desvinculó la grabación {path}: su consentimiento no permite conservarla; el archivo sigue en el disco: {what}</translation>
    </message>
    <message>
        <source>warning: {problem}</source>
        <translation>advertencia: {problem}</translation>
    </message>
    <message>
        <source>what the codebook says of &apos;{code}&apos;</source>
        <translation>lo que el libro de códigos dice de «{code}»</translation>
    </message>
    <message>
        <source>whether it can be applied</source>
        <translation>si se puede aplicar</translation>
    </message>
    <message>
        <source>which {target} is the memo on?</source>
        <translation>¿sobre qué elemento ({target}) es el memo?</translation>
    </message>
    <message>
        <source>who made {links} without a memo, and when (a link&apos;s memo carries them)</source>
        <translation>quién hizo {links} sin memo, y cuándo (el memo de un vínculo los lleva)</translation>
    </message>
    <message>
        <source>whole-number</source>
        <translation>número entero</translation>
    </message>
    <message>
        <source>with its keywords</source>
        <translation>con sus palabras clave</translation>
    </message>
    <message>
        <source>withdraw a participant</source>
        <translation>retirar a un participante</translation>
    </message>
    <message>
        <source>withdrew participant {participant} and deleted their data: {counts}</source>
        <translation>retirada del participante {participant} y eliminación de sus datos: {counts}</translation>
    </message>
    <message>
        <source>work by user {guid}, who is not among the file&apos;s users, is attributed to a new coder &apos;user {short}&apos;</source>
        <translation>el trabajo del usuario {guid}, que no está entre los usuarios del archivo, se atribuye a un nuevo codificador &apos;user {short}&apos;</translation>
    </message>
    <message>
        <source>would unpack to {size}, more than the {most} allowed; refused</source>
        <translation>se descomprimiría en {size}, más de los {most} permitidos; rechazado</translation>
    </message>
    <message>
        <source>wrote out the original of &apos;{document}&apos; (sha256 {digest}…)</source>
        <translation>se escribió el archivo original de «{document}» (sha256 {digest}…)</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>sí/no</translation>
    </message>
    <message>
        <source>yes: every identifier in the project&apos;s pseudonym table is replaced by its pseudonym, and the written file was checked for identifiers</source>
        <translation>sí: cada identificador de la tabla de seudónimos del proyecto se reemplaza por su seudónimo, y se comprobó que el archivo escrito no contiene identificadores</translation>
    </message>
    <message>
        <source>{archive} no longer holds the recording {file} that the import wrote out</source>
        <translation>{archive} ya no contiene la grabación {file} que extrajo la importación</translation>
    </message>
    <message>
        <source>{article} {what}</source>
        <translation>{article} {what}</translation>
    </message>
    <message>
        <source>{cells} (summaries and their quotes)</source>
        <translation>{cells} (resúmenes y sus citas)</translation>
    </message>
    <message>
        <source>{code}: the quotes</source>
        <translation>{code}: las citas</translation>
    </message>
    <message>
        <source>{column} has no name in the header row (row {row})</source>
        <translation>{column} no tiene nombre en la fila de encabezado (fila {row})</translation>
    </message>
    <message>
        <source>{column}&apos;s name holds an invalid character</source>
        <translation>el nombre de {column} contiene un carácter no válido</translation>
    </message>
    <message>
        <source>{count:,} answer repeats a text already in the project or the sheet (imported all the same)</source>
        <translation>{count:,} respuesta repite un texto que ya está en el proyecto o en la hoja (se importó igualmente)</translation>
    </message>
    <message>
        <source>{count:,} answers repeat a text already in the project or the sheet (imported all the same)</source>
        <translation>{count:,} respuestas repiten un texto que ya está en el proyecto o en la hoja (se importaron igualmente)</translation>
    </message>
    <message>
        <source>{count} folds of whole documents</source>
        <translation>{count} partes de documentos completos</translation>
    </message>
    <message>
        <source>{count} runs of passages in reading order</source>
        <translation>{count} tramos de pasajes en orden de lectura</translation>
    </message>
    <message>
        <source>{file}: the file&apos;s path is not valid UTF-8 text, so it cannot be linked; rename it (or its folder) and link it again</source>
        <translation>{file}: la ruta del archivo no es texto UTF-8 válido, así que no se puede vincular; cambie su nombre (o el de su carpeta) y vuelva a vincularlo</translation>
    </message>
    <message>
        <source>{file}: the project file is damaged: a text stored in it is not valid UTF-8 (another program wrote it, or the disk failed)</source>
        <translation>{file}: el archivo del proyecto está dañado: un texto guardado en él no es UTF-8 válido (lo escribió otro programa, o falló el disco)</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation>{first}; {second}</translation>
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
        <translation>{path} es ahora otro archivo; muévalo para volver a escribir allí la grabación</translation>
    </message>
    <message>
        <source>{path}: qcode&apos;s own copy (written out of a .qdpx); qcode deletes it</source>
        <translation>{path}: copia propia de qcode (extraída de un .qdpx); qcode la elimina</translation>
    </message>
    <message>
        <source>{path}: their own file, not a copy qcode wrote (or changed since); unlinked; qcode does not delete it unasked: delete it yourself</source>
        <translation>{path}: su propio archivo, no una copia escrita por qcode (o modificado después); desvinculado; qcode no lo elimina sin que se le pida: elimínelo usted</translation>
    </message>
    <message>
        <source>{path}: their own interview; qcode deletes it</source>
        <translation>{path}: su propia entrevista; qcode la elimina</translation>
    </message>
    <message>
        <source>{path}: unlinked; others speak in it too: cut their turns out of it or delete it yourself</source>
        <translation>{path}: desvinculada; en ella hablan también otras personas: recorte sus turnos o elimínela usted</translation>
    </message>
    <message>
        <source>{path}: unlinked; qcode does not delete it unasked: delete it yourself</source>
        <translation>{path}: desvinculada; qcode no la elimina sin que se le pida: elimínela usted</translation>
    </message>
    <message>
        <source>{path}: unlinked; their consent record says the recording may be kept (keep recording: yes): delete it yourself if their withdrawal covers it</source>
        <translation>{path}: desvinculada; su registro de consentimiento dice que la grabación puede conservarse (conservar grabación: sí): elimínela usted si su retirada la incluye</translation>
    </message>
    <message>
        <source>{progress}, about {duration} left</source>
        <translation>{progress}, quedan unos {duration}</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{types} no link uses</source>
        <translation>{types} que ningún vínculo usa</translation>
    </message>
    <message numerus="yes">
        <source>similar to {count} segment{s} coded &apos;{code}&apos;</source>
        <translation>
            <numerusform>similar a {count} segmento codificado «{code}»</numerusform>
            <numerusform>similar a {count} segmentos codificados «{code}»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the keywords of {count:,} codes</source>
        <translation>
            <numerusform>las palabras clave de {count:,} código</numerusform>
            <numerusform>las palabras clave de {count:,} códigos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the speaker turns of {count:,} documents (their labels stay in the text)</source>
        <translation>
            <numerusform>los turnos de palabra de {count:,} documento (sus etiquetas quedan en el texto)</numerusform>
            <numerusform>los turnos de palabra de {count:,} documentos (sus etiquetas quedan en el texto)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} assignment{s}</source>
        <translation>
            <numerusform>{count:,} asignación</numerusform>
            <numerusform>{count:,} asignaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} associative or two-way link{s} now go from their origin to their target</source>
        <translation>
            <numerusform>{count:,} enlace asociativo o bidireccional va ahora de su origen a su destino</numerusform>
            <numerusform>{count:,} enlaces asociativos o bidireccionales van ahora de su origen a su destino</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} attribute values REFI-QDA cannot hold</source>
        <translation>
            <numerusform>{count:,} valor de atributo que REFI-QDA no puede contener</numerusform>
            <numerusform>{count:,} valores de atributo que REFI-QDA no puede contener</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} attribute value{s} of variables the file does not define not imported</source>
        <translation>
            <numerusform>no se importó {count:,} valor de atributo de variables que el archivo no define</numerusform>
            <numerusform>no se importaron {count:,} valores de atributo de variables que el archivo no define</numerusform>
        </translation>
    </message>
    <message>
        <source>{count:,} bytes</source>
        <translation>{count:,} bytes</translation>
    </message>
    <message numerus="yes">
        <source>{count:,} bytes that are not valid UTF-8 replaced by � on line{s} {lines}</source>
        <translation>
            <numerusform>{count:,} bytes no válidos en UTF-8 sustituidos por � en la línea {lines}</numerusform>
            <numerusform>{count:,} bytes no válidos en UTF-8 sustituidos por � en las líneas {lines}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} byte{s} not valid in its code page ({encoding}) replaced by �</source>
        <translation>
            <numerusform>{count:,} byte no válido en su página de códigos ({encoding}) sustituido por �</numerusform>
            <numerusform>{count:,} bytes no válidos en su página de códigos ({encoding}) sustituidos por �</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} case{s}</source>
        <translation>
            <numerusform>{count:,} caso</numerusform>
            <numerusform>{count:,} casos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} code{s}</source>
        <translation>
            <numerusform>{count:,} código</numerusform>
            <numerusform>{count:,} códigos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} code{s} already in the project (same GUID or path) kept as they are; the file&apos;s codings of them are on them</source>
        <translation>
            <numerusform>{count:,} código ya en el proyecto (mismo GUID o ruta) se mantiene como está; las codificaciones del archivo con él están en él</numerusform>
            <numerusform>{count:,} códigos ya en el proyecto (mismo GUID o ruta) se mantienen como están; las codificaciones del archivo con ellos están en ellos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} coding{s}</source>
        <translation>
            <numerusform>{count:,} codificación</numerusform>
            <numerusform>{count:,} codificaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} coding{s} of codes missing from the codebook not imported</source>
        <translation>
            <numerusform>no se importó {count:,} codificación de códigos que faltan en el libro de códigos</numerusform>
            <numerusform>no se importaron {count:,} codificaciones de códigos que faltan en el libro de códigos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} coding{s} repeating another (same code, passage and coder) not imported again</source>
        <translation>
            <numerusform>no se importó de nuevo {count:,} codificación que repite otra (mismo código, pasaje y codificador)</numerusform>
            <numerusform>no se importaron de nuevo {count:,} codificaciones que repiten otra (mismo código, pasaje y codificador)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} coding{s} without an author: attributed to a coder &apos;{tool} user&apos;</source>
        <translation>
            <numerusform>{count:,} codificación sin autor: atribuida a un codificador &apos;{tool} user&apos;</numerusform>
            <numerusform>{count:,} codificaciones sin autor: atribuidas a un codificador &apos;{tool} user&apos;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} document{s}</source>
        <translation>
            <numerusform>{count:,} documento</numerusform>
            <numerusform>{count:,} documentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} empty answer{s} skipped</source>
        <translation>
            <numerusform>se omitió {count:,} respuesta vacía</numerusform>
            <numerusform>se omitieron {count:,} respuestas vacías</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} framework matrix cell{s}</source>
        <translation>
            <numerusform>{count:,} celda de matriz</numerusform>
            <numerusform>{count:,} celdas de matriz</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} link type{s}</source>
        <translation>
            <numerusform>{count:,} tipo de vínculo</numerusform>
            <numerusform>{count:,} tipos de vínculo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} link{s}</source>
        <translation>
            <numerusform>{count:,} enlace</numerusform>
            <numerusform>{count:,} enlaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} link{s} repeating another (same type, origin and target) not imported again</source>
        <translation>
            <numerusform>no se importó de nuevo {count:,} enlace que repite otro (mismo tipo, origen y destino)</numerusform>
            <numerusform>no se importaron de nuevo {count:,} enlaces que repiten otro (mismo tipo, origen y destino)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} link{s} to passages with several codings link their first codings</source>
        <translation>
            <numerusform>{count:,} enlace a pasajes con varias codificaciones enlaza sus primeras codificaciones</numerusform>
            <numerusform>{count:,} enlaces a pasajes con varias codificaciones enlazan sus primeras codificaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} link{s} without a name are of type &apos;{type}&apos;</source>
        <translation>
            <numerusform>{count:,} enlace sin nombre es del tipo &apos;{type}&apos;</numerusform>
            <numerusform>{count:,} enlaces sin nombre son del tipo &apos;{type}&apos;</numerusform>
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
            <numerusform>{count:,} nodo</numerusform>
            <numerusform>{count:,} nodos</numerusform>
        </translation>
    </message>
    <message>
        <source>{count:,} of the chosen answers no longer exist; nothing coded</source>
        <translation>{count:,} de las respuestas elegidas ya no existen; no se codificó nada</translation>
    </message>
    <message numerus="yes">
        <source>{count:,} original file{s}</source>
        <translation>
            <numerusform>{count:,} archivo de origen</numerusform>
            <numerusform>{count:,} archivos de origen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} passages</source>
        <translation>
            <numerusform>{count:,} pasaje</numerusform>
            <numerusform>{count:,} pasajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} recording link{s}</source>
        <translation>
            <numerusform>{count:,} vínculo de grabación</numerusform>
            <numerusform>{count:,} vínculos de grabación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} recordings (a voice identifies: a pseudonymised copy leaves them out)</source>
        <translation>
            <numerusform>{count:,} grabación (una voz identifica: una copia seudonimizada la deja fuera)</numerusform>
            <numerusform>{count:,} grabaciones (una voz identifica: una copia seudonimizada las deja fuera)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} recording{s} inside the file</source>
        <translation>
            <numerusform>{count:,} grabación dentro del archivo</numerusform>
            <numerusform>{count:,} grabaciones dentro del archivo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} recording{s} referenced by their path, not inside the file</source>
        <translation>
            <numerusform>{count:,} grabación referenciada por su ruta, no dentro del archivo</numerusform>
            <numerusform>{count:,} grabaciones referenciadas por su ruta, no dentro del archivo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} rejected suggestions</source>
        <translation>
            <numerusform>{count:,} sugerencia rechazada</numerusform>
            <numerusform>{count:,} sugerencias rechazadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} saved queries</source>
        <translation>
            <numerusform>{count:,} consulta guardada</numerusform>
            <numerusform>{count:,} consultas guardadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} saved query</source>
        <translation>
            <numerusform>{count:,} consulta guardada</numerusform>
            <numerusform>{count:,} consultas guardadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} selection{s}</source>
        <translation>
            <numerusform>{count:,} selección</numerusform>
            <numerusform>{count:,} selecciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} set{s} without imported members: {sets}</source>
        <translation>
            <numerusform>{count:,} conjunto sin miembros importados: {sets}</numerusform>
            <numerusform>{count:,} conjuntos sin miembros importados: {sets}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} shared document{s}</source>
        <translation>
            <numerusform>{count:,} documento compartido</numerusform>
            <numerusform>{count:,} documentos compartidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} source grade{s}</source>
        <translation>
            <numerusform>{count:,} calificación de fuente</numerusform>
            <numerusform>{count:,} calificaciones de fuente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} source{s}</source>
        <translation>
            <numerusform>{count:,} fuente</numerusform>
            <numerusform>{count:,} fuentes</numerusform>
        </translation>
    </message>
    <message>
        <source>{count:,} text file the project refers to is missing from the archive</source>
        <translation>falta en el archivo comprimido {count:,} archivo de texto al que remite el proyecto</translation>
    </message>
    <message>
        <source>{count:,} text files the project refers to are missing from the archive</source>
        <translation>faltan en el archivo comprimido {count:,} archivos de texto a los que remite el proyecto</translation>
    </message>
    <message numerus="yes">
        <source>{count:,} text version{s}</source>
        <translation>
            <numerusform>{count:,} versión del texto</numerusform>
            <numerusform>{count:,} versiones del texto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} turn{s}</source>
        <translation>
            <numerusform>{count:,} turno</numerusform>
            <numerusform>{count:,} turnos</numerusform>
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
            <numerusform>{count} codificador</numerusform>
            <numerusform>{count} codificadores</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} codes in this report, of {total}</source>
        <translation>{count} códigos en este informe, de {total}</translation>
    </message>
    <message numerus="yes">
        <source>{count} code{s}</source>
        <translation>
            <numerusform>{count} código</numerusform>
            <numerusform>{count} códigos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} document{s}</source>
        <translation>
            <numerusform>{count} documento</numerusform>
            <numerusform>{count} documentos</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} members</source>
        <translation>{count} miembros</translation>
    </message>
    <message>
        <source>{count} of its {total} passages are not quoted: their speakers did not consent to being quoted (they are counted above).</source>
        <translation>{count} de sus {total} pasajes no se citan: sus hablantes no consintieron ser citados (se cuentan arriba).</translation>
    </message>
    <message>
        <source>{count} of the project&apos;s {total}</source>
        <translation>{count} de los {total} del proyecto</translation>
    </message>
    <message numerus="yes">
        <source>{count:,} speaker{s}</source>
        <translation>
            <numerusform>{count:,} hablante</numerusform>
            <numerusform>{count:,} hablantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} participant{s}</source>
        <translation>
            <numerusform>{count} participante</numerusform>
            <numerusform>{count} participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} passage{s}</source>
        <translation>
            <numerusform>{count} pasaje</numerusform>
            <numerusform>{count} pasajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} passage{s} left out: {reason}</source>
        <translation>
            <numerusform>{count} pasaje omitido: {reason}</numerusform>
            <numerusform>{count} pasajes omitidos: {reason}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} problem{s}</source>
        <translation>
            <numerusform>{count} problema</numerusform>
            <numerusform>{count} problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>{detail}; {count} coding(s) on text that is not here ({spans} in {other}) were kept on &apos;{copy}&apos;</source>
        <translation>{detail}; {count} codificación(es) sobre texto que no está aquí ({spans} en {other}) se conservaron en &apos;{copy}&apos;</translation>
    </message>
    <message>
        <source>{documents}, {turns} in {shared}, {codings}, {memos}, {originals}, {versions}, {cases}, {recordings}</source>
        <translation>{documents}, {turns} en {shared}, {codings}, {memos}, {originals}, {versions}, {cases}, {recordings}</translation>
    </message>
    <message>
        <source>{entry} was not added: {problem}</source>
        <translation>{entry} no se añadió: {problem}</translation>
    </message>
    <message>
        <source>{examples}, and {more} more</source>
        <translation>{examples} y {more} más</translation>
    </message>
    <message>
        <source>{file} already exists in {folder}; nothing was written</source>
        <translation>{file} ya existe en {folder}; no se escribió nada</translation>
    </message>
    <message>
        <source>{file} already exists; choose another name</source>
        <translation>{file} ya existe; elija otro nombre</translation>
    </message>
    <message>
        <source>{file} already exists; nothing was written</source>
        <translation>{file} ya existe; no se escribió nada</translation>
    </message>
    <message>
        <source>{file} and {other_file} hold the same text; nothing was imported</source>
        <translation>{file} y {other_file} contienen el mismo texto; no se importó nada</translation>
    </message>
    <message>
        <source>{file} is a bare project file without its source files: texts it keeps in separate files cannot be imported</source>
        <translation>{file} es un archivo de proyecto suelto sin sus archivos de fuentes: los textos que guarda en archivos aparte no se pueden importar</translation>
    </message>
    <message>
        <source>{file} is already encrypted; nothing was changed</source>
        <translation>{file} ya está cifrado; no se cambió nada</translation>
    </message>
    <message>
        <source>{file} is already the recording of &apos;{document}&apos;</source>
        <translation>{file} ya es la grabación de «{document}»</translation>
    </message>
    <message>
        <source>{file} is encrypted: a passphrase is needed</source>
        <translation>{file} está cifrado: se necesita una frase de contraseña</translation>
    </message>
    <message>
        <source>{file} is not a qcode project</source>
        <translation>{file} no es un proyecto de qcode</translation>
    </message>
    <message>
        <source>{file} is not encrypted; nothing was changed</source>
        <translation>{file} no está cifrado; no se cambió nada</translation>
    </message>
    <message>
        <source>{file} is open for editing in another qcode window or command (waited {seconds:g} s); close it there first (it can still be read meanwhile)</source>
        <translation>{file} está abierto para edición en otra ventana u orden de qcode (tras esperar {seconds:g} s); ciérrelo allí primero (mientras tanto se puede leer)</translation>
    </message>
    <message>
        <source>{file} is open for editing in another qcode window or command; close it there first (it can still be read meanwhile)</source>
        <translation>{file} está abierto para edición en otra ventana u orden de qcode; ciérrelo allí primero (mientras tanto se puede leer)</translation>
    </message>
    <message>
        <source>{file} is open read-only; nothing was changed</source>
        <translation>{file} está abierto en solo lectura; no se cambió nada</translation>
    </message>
    <message>
        <source>{file} is open read-only; nothing was merged</source>
        <translation>{file} está abierto solo para lectura; no se fusionó nada</translation>
    </message>
    <message>
        <source>{file} is the project itself; choose another file</source>
        <translation>{file} es el propio proyecto; elija otro archivo</translation>
    </message>
    <message>
        <source>{file} needs upgrading to the current project format; open it once for editing</source>
        <translation>{file} necesita actualizarse al formato de proyecto actual; ábralo una vez para editarlo</translation>
    </message>
    <message>
        <source>{file} was made by a newer qcode (project format {version}); please upgrade qcode</source>
        <translation>{file} se creó con un qcode más reciente (formato de proyecto {version}); actualice qcode</translation>
    </message>
    <message>
        <source>{file} was made by a newer qcode (project format {version}, this qcode reads up to {supported}); please upgrade qcode</source>
        <translation>{file} se creó con un qcode más reciente (formato de proyecto {version}; este qcode lee hasta el {supported}); actualice qcode</translation>
    </message>
    <message>
        <source>{file} was moved, replaced or deleted while open; nothing was changed (save a copy of the project to keep working)</source>
        <translation>{file} se movió, reemplazó o eliminó mientras estaba abierto; no se cambió nada (guarde una copia del proyecto para seguir trabajando)</translation>
    </message>
    <message>
        <source>{file}: a REFI-QDA project file&apos;s name must end in .qdpx</source>
        <translation>{file}: el nombre de un archivo de proyecto REFI-QDA debe terminar en .qdpx</translation>
    </message>
    <message>
        <source>{file}: a document changed since the agreement was computed; compute it again, then export</source>
        <translation>{file}: un documento cambió después de calcular el acuerdo; vuelva a calcularlo y luego exporte</translation>
    </message>
    <message>
        <source>{file}: a document&apos;s text is written to NAME.txt or a folder</source>
        <translation>{file}: el texto de un documento se escribe en NOMBRE.txt o en una carpeta</translation>
    </message>
    <message>
        <source>{file}: a project file name must end in .qcode</source>
        <translation>{file}: el nombre de un archivo de proyecto debe terminar en .qcode</translation>
    </message>
    <message>
        <source>{file}: a report is written as .docx (Word) or .pdf (got &apos;{suffix}&apos;)</source>
        <translation>{file}: un informe se escribe como .docx (Word) o .pdf (se recibió «{suffix}»)</translation>
    </message>
    <message>
        <source>{file}: an Excel workbook&apos;s name must end in .xlsx</source>
        <translation>{file}: el nombre de un libro de Excel debe terminar en .xlsx</translation>
    </message>
    <message>
        <source>{file}: cannot be checked for identifiers ({problem})</source>
        <translation>{file}: no se puede comprobar si contiene identificadores ({problem})</translation>
    </message>
    <message>
        <source>{file}: cannot be written ({problem})</source>
        <translation>{file}: no se puede escribir ({problem})</translation>
    </message>
    <message>
        <source>{file}: cannot open the project ({error})</source>
        <translation>{file}: no se puede abrir el proyecto ({error})</translation>
    </message>
    <message>
        <source>{file}: could not make the redaction permanent ({error}); it can still be undone, and will be made permanent when the project is next opened or closed</source>
        <translation>{file}: no se pudo hacer permanente la censura ({error}); aún se puede deshacer, y se hará permanente la próxima vez que se abra o se cierre el proyecto</translation>
    </message>
    <message>
        <source>{file}: could not rebuild the file after a withdrawal ({error}); it will be tried again when the project is next opened or closed</source>
        <translation>{file}: no se pudo reconstruir el archivo tras una retirada ({error}); se volverá a intentar la próxima vez que se abra o se cierre el proyecto</translation>
    </message>
    <message>
        <source>{file}: could not write the new copy ({error}); nothing was changed</source>
        <translation>{file}: no se pudo escribir la nueva copia ({error}); no se cambió nada</translation>
    </message>
    <message>
        <source>{file}: folder {folder} does not exist</source>
        <translation>{file}: la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>{file}: folder {parent} does not exist</source>
        <translation>{file}: la carpeta {parent} no existe</translation>
    </message>
    <message>
        <source>{file}: is a folder</source>
        <translation>{file}: es una carpeta</translation>
    </message>
    <message>
        <source>{file}: its codes are nested {levels:,} levels deep; {rule}, and flattening them would change the codebook; nothing was imported</source>
        <translation>{file}: sus códigos están anidados en {levels:,} niveles; {rule}, y aplanarlos cambiaría el libro de códigos; no se importó nada</translation>
    </message>
    <message>
        <source>{file}: name one document with --documents DOC (or give an existing folder to write each document there)</source>
        <translation>{file}: indique un documento con --documents DOC (o dé una carpeta existente para escribir allí cada documento)</translation>
    </message>
    <message>
        <source>{file}: no font here can show {character}: install {what}, or write the report as .docx</source>
        <translation>{file}: ninguna fuente de este equipo muestra {character}: instale {what} o escriba el informe como .docx</translation>
    </message>
    <message>
        <source>{file}: no font to write a PDF with: install the Python package {package} (it comes with qcode), or write the report as .docx</source>
        <translation>{file}: no hay ninguna fuente para escribir un PDF: instale el paquete de Python {package} (viene con qcode) o escriba el informe como .docx</translation>
    </message>
    <message>
        <source>{file}: no such file ({other})</source>
        <translation>{file}: no existe ese archivo ({other})</translation>
    </message>
    <message>
        <source>{file}: not a project file (it is a folder)</source>
        <translation>{file}: no es un archivo de proyecto (es una carpeta)</translation>
    </message>
    <message>
        <source>{file}: pseudonymised export refused: &apos;{identifier}&apos; would leak in {where}</source>
        <translation>{file}: exportación seudonimizada rechazada: «{identifier}» se filtraría en {where}</translation>
    </message>
    <message>
        <source>{file}: row {row}: </source>
        <translation>{file}: fila {row}: </translation>
    </message>
    <message>
        <source>{file}: the document has no text</source>
        <translation>{file}: el documento no tiene texto</translation>
    </message>
    <message>
        <source>{file}: the new copy did not come out identical; nothing was changed</source>
        <translation>{file}: la nueva copia no salió idéntica; no se cambió nada</translation>
    </message>
    <message>
        <source>{file}: the project file is damaged ({table} refer to {missing} that are not there); nothing was merged</source>
        <translation>{file}: el archivo del proyecto está dañado ({table} remiten a {missing} que no están); no se fusionó nada</translation>
    </message>
    <message>
        <source>{file}: the project has no documents to export</source>
        <translation>{file}: el proyecto no tiene documentos que exportar</translation>
    </message>
    <message>
        <source>{file}: the same text is already in the project as &apos;{existing}&apos;; nothing was imported</source>
        <translation>{file}: el mismo texto ya está en el proyecto como «{existing}»; no se importó nada</translation>
    </message>
    <message>
        <source>{file}: this is the project itself; choose another project to merge into it</source>
        <translation>{file}: es el propio proyecto; elija otro proyecto para fusionar con él</translation>
    </message>
    <message>
        <source>{file}: wrong passphrase (or the file is damaged)</source>
        <translation>{file}: frase de contraseña incorrecta (o el archivo está dañado)</translation>
    </message>
    <message>
        <source>{file}: {consent}; no document may be written (--ignore-consent for the project&apos;s own backups)</source>
        <translation>{file}: {consent}; no se puede escribir ningún documento (--ignore-consent para las copias de seguridad propias del proyecto)</translation>
    </message>
    <message>
        <source>{file}: {consent}; nothing was written (--ignore-consent for the project&apos;s own backups)</source>
        <translation>{file}: {consent}; no se escribió nada (--ignore-consent para las copias de seguridad propias del proyecto)</translation>
    </message>
    <message>
        <source>{file}: {error}; nothing was imported</source>
        <translation>{file}: {error}; no se importó nada</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>{first} and {second} are both named &apos;{name}&apos; in the header row (row {row})</source>
        <translation>{first} y {second} se llaman ambas &apos;{name}&apos; en la fila de encabezado (fila {row})</translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <source>{flag} needs one of: {origins}</source>
        <translation>{flag} necesita uno de: {origins}</translation>
    </message>
    <message>
        <source>{label}: </source>
        <translation>{label}: </translation>
    </message>
    <message>
        <source>{label}: &apos;{key}&apos;</source>
        <translation>{label}: «{key}»</translation>
    </message>
    <message>
        <source>{label}: &apos;{key}&apos; is given twice</source>
        <translation>{label}: «{key}» aparece dos veces</translation>
    </message>
    <message>
        <source>{label}: &apos;{key}&apos; is missing</source>
        <translation>{label}: falta «{key}»</translation>
    </message>
    <message>
        <source>{label}: &apos;{key}&apos; is not a usable number ({literal})</source>
        <translation>{label}: «{key}» no es un número utilizable ({literal})</translation>
    </message>
    <message>
        <source>{label}: &apos;{key}&apos; must be a whole number</source>
        <translation>{label}: «{key}» debe ser un número entero</translation>
    </message>
    <message>
        <source>{label}: &apos;{key}&apos; must be text</source>
        <translation>{label}: «{key}» debe ser texto</translation>
    </message>
    <message>
        <source>{label}: the code no longer exists</source>
        <translation>{label}: el código ya no existe</translation>
    </message>
    <message>
        <source>{label}: {problem}</source>
        <translation>{label}: {problem}</translation>
    </message>
    <message>
        <source>{list} and {last}</source>
        <translation>{list} y {last}</translation>
    </message>
    <message>
        <source>{list}, {item}</source>
        <translation>{list}, {item}</translation>
    </message>
    <message>
        <source>{names} and {more} more</source>
        <translation>{names} y {more} más</translation>
    </message>
    <message>
        <source>{name} (a grouping code: not applied to text)</source>
        <translation>{name} (un código de agrupación: no se aplica al texto)</translation>
    </message>
    <message>
        <source>{name}: a REFI-QDA project can only be imported into a project without documents or codings, and this one has {held}; create a new project for it</source>
        <translation>{name}: un proyecto REFI-QDA solo se puede importar en un proyecto sin documentos ni codificaciones, y este tiene {held}; cree un proyecto nuevo para él</translation>
    </message>
    <message>
        <source>{note} (the figures of charts, agreement and corroboration still count those passages)</source>
        <translation>{note} (las cifras de gráficos, acuerdo y corroboración siguen contando esos pasajes)</translation>
    </message>
    <message>
        <source>{numbers} and {more:,} more</source>
        <translation>{numbers} y {more:,} más</translation>
    </message>
    <message>
        <source>{other} describes it otherwise; kept this project&apos;s description, theirs is in a memo on the case titled &apos;{title}&apos;</source>
        <translation>{other} lo describe de otro modo; se conservó la descripción de este proyecto, la suya está en un memo del caso titulado &apos;{title}&apos;</translation>
    </message>
    <message>
        <source>{other} differs in {differences}; kept this project&apos;s</source>
        <translation>{other} difiere en {differences}; se conservó el de este proyecto</translation>
    </message>
    <message>
        <source>{other} differs in {differences}; kept this project&apos;s; their description is in a memo on the code titled &apos;Description in {other}&apos;</source>
        <translation>{other} difiere en {differences}; se conservó el de este proyecto; su descripción está en un memo del código titulado &apos;Description in {other}&apos;</translation>
    </message>
    <message>
        <source>{other} has a document of this name with another text ({percent}% alike); it was added as &apos;{copy}&apos; with its codings</source>
        <translation>{other} tiene un documento con este nombre y otro texto (parecido en un {percent}%); se añadió como &apos;{copy}&apos; con sus codificaciones</translation>
    </message>
    <message>
        <source>{other} has another memo on it; kept this project&apos;s, theirs is in a memo on the origin coding titled &apos;{title}&apos;</source>
        <translation>{other} tiene otro memo en él; se conservó el de este proyecto, el suyo está en un memo de la codificación de origen titulado &apos;{title}&apos;</translation>
    </message>
    <message>
        <source>{other} has two codes of this name here; both were merged into one</source>
        <translation>{other} tiene aquí dos códigos con este nombre; ambos se fusionaron en uno</translation>
    </message>
    <message>
        <source>{other} holds another text of this memo; both were kept, theirs titled &apos;{title}&apos;</source>
        <translation>{other} tiene otro texto de este memo; se conservaron ambos, el suyo titulado &apos;{title}&apos;</translation>
    </message>
    <message>
        <source>{other} links it to the recording {theirs} (SHA-256 {their_hash}…), this project to another file, {ours} ({our_hash}…); this project&apos;s recording was kept</source>
        <translation>{other} lo vincula a la grabación {theirs} (SHA-256 {their_hash}…), este proyecto a otro archivo, {ours} ({our_hash}…); se conservó la grabación de este proyecto</translation>
    </message>
    <message>
        <source>{other} saved another query under this name; kept both, theirs as &apos;{name}&apos;</source>
        <translation>{other} guardó otra consulta con este nombre; se conservaron ambas, la suya como &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>{other} summarises it otherwise; kept this project&apos;s summary, theirs is in a memo on the case titled &apos;{title}&apos;</source>
        <translation>{other} lo resume de otro modo; se conservó el resumen de este proyecto, el suyo está en un memo del caso titulado &apos;{title}&apos;</translation>
    </message>
    <message>
        <source>{other}: its code &apos;{path}&apos; would be at level {number} here; {rule}; nothing was merged</source>
        <translation>{other}: su código «{path}» quedaría aquí en el nivel {number}; {rule}; no se fusionó nada</translation>
    </message>
    <message>
        <source>{owner} refers to &apos;{reference}&apos;, outside the archive; refused</source>
        <translation>{owner} remite a &apos;{reference}&apos;, fuera del archivo comprimido; rechazado</translation>
    </message>
    <message>
        <source>{owner}: a second value &apos;{value}&apos; of &apos;{variable}&apos; for one document was not imported (it keeps &apos;{kept}&apos;)</source>
        <translation>{owner}: no se importó un segundo valor &apos;{value}&apos; de &apos;{variable}&apos; para un documento (conserva &apos;{kept}&apos;)</translation>
    </message>
    <message>
        <source>{owner}: value &apos;{value}&apos; of &apos;{variable}&apos; is not {type}; not imported</source>
        <translation>{owner}: el valor &apos;{value}&apos; de &apos;{variable}&apos; no es {type}; no se importó</translation>
    </message>
    <message>
        <source>{owner}: {problem}</source>
        <translation>{owner}: {problem}</translation>
    </message>
    <message>
        <source>{participant} did not consent to being quoted</source>
        <translation>{participant} no dio su consentimiento para ser citado</translation>
    </message>
    <message>
        <source>{path}: another document still links it</source>
        <translation>{path}: otro documento todavía la vincula</translation>
    </message>
    <message>
        <source>{path}: it holds other people&apos;s voices too</source>
        <translation>{path}: también contiene la voz de otras personas</translation>
    </message>
    <message>
        <source>{path}: its bytes are not those of the recording linked</source>
        <translation>{path}: sus bytes no son los de la grabación vinculada</translation>
    </message>
    <message>
        <source>{path}: not found</source>
        <translation>{path}: no se encontró</translation>
    </message>
    <message>
        <source>{path}: their consent record says the recording may be kept (keep recording: yes); delete it yourself if their withdrawal covers it</source>
        <translation>{path}: su registro de consentimiento dice que la grabación se puede conservar (conservar grabación: sí); elimínela usted mismo si su retiro la abarca</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}: {problem}</translation>
    </message>
    <message>
        <source>{problem} (a codebook: import it as a .qdc file)</source>
        <translation>{problem} (un libro de códigos: impórtelo como archivo .qdc)</translation>
    </message>
    <message>
        <source>{problem}; {hint}</source>
        <translation>{problem}; {hint}</translation>
    </message>
    <message>
        <source>{removed:,} → {added:,} characters at {start:,}</source>
        <translation>{removed:,} → {added:,} caracteres en la posición {start:,}</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{sources} and {selections}</source>
        <translation>{sources} y {selections}</translation>
    </message>
    <message>
        <source>{source}: a document named &apos;{name}&apos; is already in the project (was this sheet imported before?); nothing was imported</source>
        <translation>{source}: ya hay un documento llamado «{name}» en el proyecto (¿se importó antes esta hoja?); no se importó nada</translation>
    </message>
    <message>
        <source>{source}: code &apos;{path}&apos; would be at level {level}; {rule}; nothing was imported</source>
        <translation>{source}: el código «{path}» quedaría en el nivel {level}; {rule}; no se importó nada</translation>
    </message>
    <message>
        <source>{source}: coding {number}</source>
        <translation>{source}: codificación {number}</translation>
    </message>
    <message>
        <source>{source}: coding {number}: not an object</source>
        <translation>{source}: codificación {number}: no es un objeto</translation>
    </message>
    <message>
        <source>{source}: column &apos;{column}&apos;: {problem}</source>
        <translation>{source}: columna «{column}»: {problem}</translation>
    </message>
    <message>
        <source>{source}: expected a JSON list of codings</source>
        <translation>{source}: se esperaba una lista JSON de codificaciones</translation>
    </message>
    <message>
        <source>{source}: its codes are nested {levels:,} levels deep; {rule}, and flattening them would change the codebook; nothing was imported</source>
        <translation>{source}: sus códigos están anidados en {levels:,} niveles; {rule}, y aplanarlos cambiaría el libro de códigos; no se importó nada</translation>
    </message>
    <message>
        <source>{source}: not valid JSON (line {lineno}: {msg})</source>
        <translation>{source}: no es JSON válido (línea {lineno}: {msg})</translation>
    </message>
    <message>
        <source>{source}: not valid JSON (nested too deeply)</source>
        <translation>{source}: no es JSON válido (anidado demasiado hondo)</translation>
    </message>
    <message>
        <source>{source}: row {row}: respondent &apos;{respondent}&apos; makes the same case name as row {other_row}; nothing was imported</source>
        <translation>{source}: fila {row}: el entrevistado «{respondent}» da el mismo nombre de caso que la fila {other_row}; no se importó nada</translation>
    </message>
    <message>
        <source>{source}: row {row}: there is already a case named &apos;{name}&apos; of type &apos;{type}&apos;, not a respondent; nothing was imported</source>
        <translation>{source}: fila {row}: ya hay un caso llamado «{name}» de tipo «{type}», no un entrevistado; no se importó nada</translation>
    </message>
    <message>
        <source>{source}: row {row}: {attribute} is &apos;{value}&apos; but respondent &apos;{respondent}&apos; already has &apos;{held}&apos;; nothing was imported</source>
        <translation>{source}: fila {row}: {attribute} es «{value}» pero el entrevistado «{respondent}» ya tiene «{held}»; no se importó nada</translation>
    </message>
    <message>
        <source>{source}: row {row}: {problem}</source>
        <translation>{source}: fila {row}: {problem}</translation>
    </message>
    <message>
        <source>{spans} and {more} more</source>
        <translation>{spans} y {more} más</translation>
    </message>
    <message>
        <source>{things} with a GUID used twice in the file got a new one</source>
        <translation>{things} con un GUID usado dos veces en el archivo recibieron uno nuevo</translation>
    </message>
    <message>
        <source>{time} UTC</source>
        <translation>{time} UTC</translation>
    </message>
    <message>
        <source>{time} by qcode {version}</source>
        <translation>{time} con qcode {version}</translation>
    </message>
    <message>
        <source>{variable} must be a number of seconds to wait for another writer (0 = do not wait), not {given}</source>
        <translation>{variable} debe ser un número de segundos de espera a otro escritor (0 = no esperar), no {given}</translation>
    </message>
    <message>
        <source>{variable} must be a whole number, like {default}; it is {shown}</source>
        <translation>{variable} debe ser un número entero, como {default}; es {shown}</translation>
    </message>
    <message>
        <source>{variable} must be more than 0</source>
        <translation>{variable} debe ser mayor que 0</translation>
    </message>
    <message>
        <source>{what} contains an invalid character (a lone surrogate)</source>
        <translation>{what} contiene un carácter no válido (un sustituto aislado)</translation>
    </message>
    <message>
        <source>{what} must be yes, no or unknown, not &apos;{value}&apos;</source>
        <translation>{what} debe ser yes, no o unknown, no «{value}»</translation>
    </message>
    <message>
        <source>{what} name &apos;{old}&apos; is now &apos;{new}&apos;</source>
        <translation>el nombre de {what} &apos;{old}&apos; es ahora &apos;{new}&apos;</translation>
    </message>
    <message>
        <source>{what} name cannot contain control characters (U+{codepoint:04X} found in &apos;{value}&apos;)</source>
        <translation>el nombre de {what} no puede contener caracteres de control (U+{codepoint:04X} en «{value}»)</translation>
    </message>
    <message>
        <source>{what} name cannot contain unpaired surrogates (U+{codepoint:04X} found in &apos;{value}&apos;)</source>
        <translation>el nombre de {what} no puede contener sustitutos sin pareja (U+{codepoint:04X} en «{value}»)</translation>
    </message>
    <message>
        <source>{what} needs a name</source>
        <translation>{what} necesita un nombre</translation>
    </message>
    <message>
        <source>{what} needs a name (&apos;{value}&apos; is only spaces or invisible characters)</source>
        <translation>{what} necesita un nombre («{value}» solo tiene espacios o caracteres invisibles)</translation>
    </message>
    <message>
        <source>{what} under &apos;{parent}&apos; would reach level {level}; {rule}</source>
        <translation>{what} bajo «{parent}» llegaría al nivel {level}; {rule}</translation>
    </message>
    <message>
        <source>{what} would reach level {level}; {rule}</source>
        <translation>{what} llegaría al nivel {level}; {rule}</translation>
    </message>
    <message>
        <source>{what} {size} (the limit for one import; set {variable} to allow more)</source>
        <translation>{what} {size} (el límite de una importación; defina {variable} para permitir más)</translation>
    </message>
    <message>
        <source>{what} {size} (the limit for one sheet; set {variable} to allow more)</source>
        <translation>{what} {size} (el límite de una hoja; defina {variable} para permitir más)</translation>
    </message>
    <message>
        <source>{where}&apos;{code}&apos; is a grouping code only</source>
        <translation>{where}«{code}» es solo un código de agrupación</translation>
    </message>
    <message>
        <source>{where}span {start}–{end} is not inside the document (0–{length}, start before end)</source>
        <translation>{where}el intervalo {start}–{end} no está dentro del documento (0–{length}, inicio antes del final)</translation>
    </message>
    <message>
        <source>{where}start and end must be whole numbers</source>
        <translation>{where}el inicio y el final deben ser números enteros</translation>
    </message>
    <message>
        <source>{where}the coding&apos;s origin</source>
        <translation>{where}el origen de la codificación</translation>
    </message>
    <message>
        <source>{where}the coding&apos;s origin is not valid (it needs a source, and a confidence from 0 to 1 if any)</source>
        <translation>{where}el origen de la codificación no es válido (necesita una fuente, y una confianza de 0 a 1 si la hay)</translation>
    </message>
    <message>
        <source>{where}the document no longer exists</source>
        <translation>{where}el documento ya no existe</translation>
    </message>
    <message>
        <source>{where}the text at {start}–{end} is {actual!r}, not {expected!r} (offsets must count code points)</source>
        <translation>{where}el texto en {start}–{end} es {actual!r}, no {expected!r} (las posiciones deben contar puntos de código)</translation>
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
        <translation>No hay forma de abrir el proyecto sin ella: si se olvida, el proyecto se pierde. Guárdela en un lugar seguro, lejos del equipo.</translation>
    </message>
    <message>
        <source>{name} will be encrypted: from now on it opens only with the passphrase. {forgotten}

The old unencrypted contents may still be readable on this disk (SSDs move data around), and copies, backups and exports made earlier stay unencrypted: encryption protects best a project that was encrypted from the start.</source>
        <translation>{name} se cifrará: a partir de ahora solo se abre con la frase de contraseña. {forgotten}

El contenido anterior sin cifrar puede seguir siendo legible en este disco (los SSD mueven los datos), y las copias, copias de seguridad y exportaciones hechas antes siguen sin cifrar: el cifrado protege mejor un proyecto cifrado desde el principio.</translation>
    </message>
    <message>
        <source>{name} will be decrypted: a plain file that anyone who has it can read, every transcript and name in it included. Encrypted backups beside it still need the passphrase.

Decrypt it?</source>
        <translation>{name} se descifrará: un archivo normal que cualquiera que lo tenga puede leer, con todas sus transcripciones y nombres. Las copias de seguridad cifradas junto a él seguirán necesitando la frase de contraseña.

¿Descifrarlo?</translation>
    </message>
</context>
<context>
    <name>privacy.passphrase_dialog</name>
    <message>
        <source>Encrypted project</source>
        <translation>Proyecto cifrado</translation>
    </message>
    <message>
        <source>{problem}{name} is encrypted. Its passphrase:</source>
        <translation>{problem}{name} está cifrado. Su frase de contraseña:</translation>
    </message>
    <message>
        <source>Wrong passphrase (or the file is damaged); try again.

</source>
        <translation>Frase de contraseña incorrecta (o el archivo está dañado); inténtelo de nuevo.

</translation>
    </message>
    <message>
        <source>New encrypted project</source>
        <translation>Nuevo proyecto cifrado</translation>
    </message>
    <message>
        <source>qcode projects (*.qcode)</source>
        <translation>Proyectos de qcode (*.qcode)</translation>
    </message>
    <message>
        <source>{name} will be encrypted with this passphrase. {forgotten}</source>
        <translation>{name} se cifrará con esta frase de contraseña. {forgotten}</translation>
    </message>
    <message>
        <source>{name} is already encrypted.</source>
        <translation>{name} ya está cifrado.</translation>
    </message>
    <message>
        <source>{name} is open read-only (it is open for editing elsewhere); close it there first to encrypt it.</source>
        <translation>{name} está abierto en solo lectura (está abierto para edición en otro lugar); ciérrelo allí primero para cifrarlo.</translation>
    </message>
    <message>
        <source>Encrypt this project</source>
        <translation>Cifrar este proyecto</translation>
    </message>
    <message>
        <source>The project was not encrypted: {problem}</source>
        <translation>El proyecto no se cifró: {problem}</translation>
    </message>
    <message>
        <source>Could not reopen the project: {problem}</source>
        <translation>No se pudo volver a abrir el proyecto: {problem}</translation>
    </message>
    <message>
        <source>{name} is not encrypted.</source>
        <translation>{name} no está cifrado.</translation>
    </message>
    <message>
        <source>{name} is open read-only (it is open for editing elsewhere); close it there first to {doing}.</source>
        <translation>{name} está abierto en solo lectura (está abierto para edición en otro lugar); ciérrelo allí primero para {doing}.</translation>
    </message>
    <message>
        <source>To go on, type the current passphrase.

</source>
        <translation>Para continuar, escriba la frase de contraseña actual.

</translation>
    </message>
    <message>
        <source>That is not the current passphrase; nothing was done.</source>
        <translation>Esa no es la frase de contraseña actual; no se hizo nada.</translation>
    </message>
    <message>
        <source>change its passphrase</source>
        <translation>cambiar su frase de contraseña</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar frase de contraseña</translation>
    </message>
    <message>
        <source>{name} will open only with this new passphrase. {forgotten} Backups and coders&apos; copies made earlier keep the old one.</source>
        <translation>{name} solo se abrirá con esta nueva frase de contraseña. {forgotten} Las copias de seguridad y las copias de los codificadores hechas antes conservan la anterior.</translation>
    </message>
    <message>
        <source>The passphrase was not changed: {problem}</source>
        <translation>La frase de contraseña no se cambió: {problem}</translation>
    </message>
    <message>
        <source>decrypt it</source>
        <translation>descifrarlo</translation>
    </message>
    <message>
        <source>Decrypt this project</source>
        <translation>Descifrar este proyecto</translation>
    </message>
    <message>
        <source>The project was not decrypted: {problem}</source>
        <translation>El proyecto no se descifró: {problem}</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>No cases yet: make them in the Cases panel (View ▸ Cases) and assign documents, speakers or codings to them.</source>
        <translation>Aún no hay casos: créelos en el panel Casos (Ver ▸ Casos) y asígneles documentos, hablantes o codificaciones.</translation>
    </message>
    <message>
        <source>Code × case</source>
        <translation>Código × caso</translation>
    </message>
    <message>
        <source>&amp;Word (.docx)</source>
        <translation>&amp;Word (.docx)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>Acerca de este informe</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Libro de códigos</translation>
    </message>
    <message>
        <source>Quotes by code</source>
        <translation>Citas por código</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>Memos</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Saved queries</source>
        <translation>Consultas guardadas</translation>
    </message>
    <message>
        <source>Framework matrix</source>
        <translation>Matriz de marco</translation>
    </message>
    <message>
        <source>Corroboration</source>
        <translation>Corroboración</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Coded segments</source>
        <translation>Segmentos codificados</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caracteres</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Codificadores</translation>
    </message>
    <message>
        <source>&lt;b&gt;own&lt;/b&gt;: a code&apos;s own codings; &lt;b&gt;with sub-codes&lt;/b&gt;: also those of all its sub-codes. Characters (and their words) count once where codings overlap. Double-click a row to list its coded segments.</source>
        <translation>&lt;b&gt;propias&lt;/b&gt;: las codificaciones propias de un código; &lt;b&gt;con subcódigos&lt;/b&gt;: también las de todos sus subcódigos. Los caracteres (y sus palabras) cuentan una sola vez donde las codificaciones se solapan. Haga doble clic en una fila para listar sus segmentos codificados.</translation>
    </message>
    <message>
        <source>Double-click a cell (or press Return) to list the coded segments behind it.</source>
        <translation>Haga doble clic en una celda (o pulse Intro) para listar los segmentos codificados que hay detrás.</translation>
    </message>
    <message>
        <source>{metric}
(own)</source>
        <translation>{metric}
(propias)</translation>
    </message>
    <message>
        <source>{metric}
(with sub-codes)</source>
        <translation>{metric}
(con subcódigos)</translation>
    </message>
    <message>
        <source>Code frequencies</source>
        <translation>Frecuencias de códigos</translation>
    </message>
    <message>
        <source>Code × document</source>
        <translation>Código × documento</translation>
    </message>
    <message>
        <source>Code × attribute</source>
        <translation>Código × atributo</translation>
    </message>
    <message>
        <source>Co-occurrence</source>
        <translation>Coocurrencia</translation>
    </message>
    <message>
        <source>Word frequencies</source>
        <translation>Frecuencias de palabras</translation>
    </message>
</context>
<context>
    <name>reports.report_dialog</name>
    <message>
        <source>Every participant in the consent register may be quoted.</source>
        <translation>Todos los participantes del registro de consentimiento pueden ser citados.</translation>
    </message>
    <message>
        <source>Wrote {target}: {sections}, {quotes}.</source>
        <translation>Se escribió {target}: {sections}, {quotes}.</translation>
    </message>
    <message>
        <source> Consent register ignored: this is the project&apos;s own backup.</source>
        <translation> Registro de consentimiento ignorado: es la copia de seguridad propia del proyecto.</translation>
    </message>
    <message>
        <source> Consent: {lines}.</source>
        <translation> Consentimiento: {lines}.</translation>
    </message>
    <message>
        <source>Write report</source>
        <translation>Escribir informe</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Escribiendo el informe…</translation>
    </message>
    <message>
        <source>Report cancelled: no file was written.</source>
        <translation>Informe cancelado: no se escribió ningún archivo.</translation>
    </message>
</context>
<context>
    <name>suggestions.trainer</name>
    <message>
        <source>signal {number}</source>
        <translation>señal {number}</translation>
    </message>
    <message>
        <source>Learning from your coding stopped: it was stopped by the system ({signal}, perhaps out of memory). Retry with fewer passages?</source>
        <translation>El aprendizaje a partir de su codificación se detuvo: el sistema lo detuvo ({signal}, quizá por falta de memoria). ¿Reintentar con menos pasajes?</translation>
    </message>
    <message>
        <source>Learning from your coding stopped: it ended unexpectedly (exit code {code}). Retry with fewer passages?</source>
        <translation>El aprendizaje a partir de su codificación se detuvo: terminó inesperadamente (código de salida {code}). ¿Reintentar con menos pasajes?</translation>
    </message>
</context>
<context>
    <name>team.agreement_compare</name>
    <message>
        <source>No disagreements</source>
        <translation>Sin desacuerdos</translation>
    </message>
</context>
<context>
    <name>team.agreement_tables</name>
    <message>
        <source>Matched codings: {both}
Unmatched codings: {some}</source>
        <translation>Codificaciones emparejadas: {both}
Sin pareja: {some}</translation>
    </message>
    <message>
        <source>Coded by every coder: {both}
Coded by none: {neither}
Coded by only some: {some}</source>
        <translation>Codificado por todos los codificadores: {both}
Por ninguno: {neither}
Solo por algunos: {some}</translation>
    </message>
</context>
<context>
    <name>team.merge_dialog</name>
    <message>
        <source>Merge projects into this one</source>
        <translation>Fusionar proyectos con este</translation>
    </message>
    <message>
        <source>qcode projects (*.qcode)</source>
        <translation>Proyectos de qcode (*.qcode)</translation>
    </message>
    <message>
        <source>{name}: this is the open project; choose another project to merge into it</source>
        <translation>{name}: es el proyecto abierto; elija otro proyecto para fusionarlo con este</translation>
    </message>
    <message>
        <source>Merge projects</source>
        <translation>Fusionar proyectos</translation>
    </message>
    <message>
        <source>Wrong passphrase. </source>
        <translation>Frase de contraseña incorrecta. </translation>
    </message>
    <message>
        <source>It has another passphrase than this project. </source>
        <translation>Tiene una frase de contraseña distinta de la de este proyecto. </translation>
    </message>
    <message>
        <source>{name} was not merged: no passphrase given</source>
        <translation>{name} no se fusionó: no se dio ninguna frase de contraseña</translation>
    </message>
    <message>
        <source>{get}

(characters {start}–{end})</source>
        <translation>{get}

(caracteres {start}–{end})</translation>
    </message>
</context>
<context>
    <name>widgets.dialogs</name>
    <message>
        <source>Who is coding?</source>
        <translation>¿Quién codifica?</translation>
    </message>
    <message>
        <source>Your name, as it will be recorded on every coding you make
(colleagues see it when you merge projects and compare coding):</source>
        <translation>Su nombre, tal como quedará registrado en cada codificación que haga
(sus colegas lo ven cuando fusionan proyectos y comparan la codificación):</translation>
    </message>
</context>
</TS>
