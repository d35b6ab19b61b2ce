<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AboutDialog</name>
    <message>
        <source>qcode is free software: you may share and change it under the GNU General Public License, version 3 or (at your option) any later version ({licence}). It comes with no warranty.</source>
        <translation>qcode برنامج حر: يمكنك مشاركته وتعديله بموجب رخصة غنو العمومية العامة، الإصدار 3 أو (حسب اختيارك) أي إصدار لاحق ({licence}). يأتي دون أي ضمان.</translation>
    </message>
    <message>
        <source>This qcode runs from a Python installation, not from an app bundle. The third-party notices are generated when a bundle is built (packaging/notices.py); here, each installed package&apos;s licence is in that package&apos;s own metadata.</source>
        <translation>تعمل نسخة qcode هذه من تثبيت Python، لا من حزمة تطبيق. تُنشأ إشعارات الأطراف الثالثة عند بناء الحزمة (packaging/notices.py)؛ أما هنا، فرخصة كل حزمة مثبتة موجودة في البيانات الوصفية للحزمة نفسها.</translation>
    </message>
    <message>
        <source>About qcode</source>
        <translation>حول qcode</translation>
    </message>
    <message>
        <source>&lt;h2&gt;qcode {__version__}&lt;/h2&gt;Qualitative coding of interview transcripts, fully offline. Your text never leaves this computer.</source>
        <translation>&lt;h2&gt;qcode {__version__}&lt;/h2&gt;ترميز نوعي لنصوص المقابلات، دون اتصال بالإنترنت بالكامل. لا يغادر نصك هذا الحاسوب أبدًا.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Third-party notices&lt;/b&gt;</source>
        <translation>&lt;b&gt;إشعارات الأطراف الثالثة&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>إشعارات الأطراف الثالثة</translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation>&amp;نسخ الإصدارات</translation>
    </message>
    <message>
        <source>Copy qcode&apos;s and its libraries&apos; versions, for a bug report</source>
        <translation>نسخ إصدارات qcode ومكتباته، من أجل بلاغ عن خطأ</translation>
    </message>
    <message>
        <source>app bundle</source>
        <translation>حزمة تطبيق</translation>
    </message>
    <message>
        <source>Python installation</source>
        <translation>تثبيت Python</translation>
    </message>
</context>
<context>
    <name>AgreementWindow</name>
    <message>
        <source>Inter-coder agreement — {name} — qcode</source>
        <translation>الاتفاق بين المُرمِّزين — {name} — qcode</translation>
    </message>
    <message>
        <source>Inter-coder agreement</source>
        <translation>الاتفاق بين المُرمِّزين</translation>
    </message>
    <message>
        <source>Coders to compare</source>
        <translation>المُرمِّزون المراد مقارنتهم</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>What is compared: each character, each sentence or paragraph (coded when any of it is), or each coded segment matched by overlap</source>
        <translation>ما تجري مقارنته: كل حرف، أو كل جملة أو فقرة (تُعدّ مُرمَّزة إذا رُمِّز أي جزء منها)، أو كل مقتطف مُرمَّز يُطابَق بحسب التداخل</translation>
    </message>
    <message>
        <source>Overlap threshold</source>
        <translation>عتبة التداخل</translation>
    </message>
    <message>
        <source>Two coded segments count as the same when their overlap divided by their union (IoU) is at least this</source>
        <translation>يُعدّ مقتطفان مُرمَّزان متطابقين عندما يبلغ تداخلهما مقسومًا على اتحادهما (IoU) هذه القيمة على الأقل</translation>
    </message>
    <message>
        <source>Every document all chosen coders coded</source>
        <translation>كل مستند رمّزه جميع المُرمِّزين المختارين</translation>
    </message>
    <message>
        <source>Only the documents ticked below</source>
        <translation>المستندات المحددة أدناه فقط</translation>
    </message>
    <message>
        <source>Documents to compare</source>
        <translation>المستندات المراد مقارنتها</translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation>&amp;احسب</translation>
    </message>
    <message>
        <source>Export to E&amp;xcel…</source>
        <translation>تصدير إلى &amp;Excel…</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>الوحدة:</translation>
    </message>
    <message>
        <source>IoU threshold:</source>
        <translation>عتبة IoU:</translation>
    </message>
    <message>
        <source>Coders:</source>
        <translation>المُرمِّزون:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>المستندات:</translation>
    </message>
    <message>
        <source>Choose coders and press Compute.</source>
        <translation>اختر المُرمِّزين واضغط «احسب».</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>الاتفاق</translation>
    </message>
    <message>
        <source>Agreement by code</source>
        <translation>الاتفاق حسب الرمز</translation>
    </message>
    <message>
        <source>Agreement by document</source>
        <translation>الاتفاق حسب المستند</translation>
    </message>
    <message>
        <source>Unmatched codings</source>
        <translation>ترميزات غير متطابقة</translation>
    </message>
    <message>
        <source>By code</source>
        <translation>حسب الرمز</translation>
    </message>
    <message>
        <source>By document</source>
        <translation>حسب المستند</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>مقارنة</translation>
    </message>
    <message>
        <source>Double-click a code to compare the coders side by side</source>
        <translation>انقر نقرًا مزدوجًا على رمز لمقارنة المُرمِّزين جنبًا إلى جنب</translation>
    </message>
    <message>
        <source>Excluded documents</source>
        <translation>المستندات المستبعدة</translation>
    </message>
    <message>
        <source>&amp;Agreement</source>
        <translation>&amp;الاتفاق</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;تصدير إلى Excel…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>The project has changed since: press Compute to bring the figures up to date.</source>
        <translation>تغيّر المشروع منذ ذلك الحين: اضغط «احسب» لتحديث الأرقام.</translation>
    </message>
    <message>
        <source>Tick at least two coders to compare.</source>
        <translation>حدّد مُرمِّزَين اثنين على الأقل للمقارنة.</translation>
    </message>
    <message>
        <source>Tick at least one document, or compare every document.</source>
        <translation>حدّد مستندًا واحدًا على الأقل، أو قارن جميع المستندات.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>المُرمِّز</translation>
    </message>
    <message>
        <source>Best overlap</source>
        <translation>أفضل تداخل</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Unmatched codings ({n_unmatched})</source>
        <translation>ترميزات غير متطابقة ({n_unmatched})</translation>
    </message>
    <message numerus="yes">
        <source>{unit_name} compared between {coders}, in %Ln documents.</source>
        <translation>
            <numerusform>{unit_name}: مقارنة بين {coders}، في %Ln مستند.</numerusform>
            <numerusform>{unit_name}: مقارنة بين {coders}، في مستند واحد.</numerusform>
            <numerusform>{unit_name}: مقارنة بين {coders}، في مستندان.</numerusform>
            <numerusform>{unit_name}: مقارنة بين {coders}، في %Ln مستندات.</numerusform>
            <numerusform>{unit_name}: مقارنة بين {coders}، في %Ln مستندًا.</numerusform>
            <numerusform>{unit_name}: مقارنة بين {coders}، في %Ln مستند.</numerusform>
        </translation>
    </message>
    <message>
        <source> Coded segments match when their overlap (IoU) is ≥ {threshold}.</source>
        <translation> تتطابق المقتطفات المُرمَّزة عندما يكون تداخلها (IoU) ≥ {threshold}.</translation>
    </message>
    <message>
        <source>Not compared (not coded by every chosen coder): {names}. </source>
        <translation>لم تُقارَن (لم يرمّزها كل المُرمِّزين المختارين): {names}. </translation>
    </message>
    <message>
        <source>Press Compute first: there are no figures to export yet.</source>
        <translation>اضغط «احسب» أولًا: لا توجد أرقام لتصديرها بعد.</translation>
    </message>
</context>
<context>
    <name>AttributesDialog</name>
    <message>
        <source>Attributes of &apos;{name}&apos;</source>
        <translation>سمات «{name}»</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>السمات</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>السمة</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>&amp;Add attribute</source>
        <translation>إ&amp;ضافة سمة</translation>
    </message>
    <message>
        <source>&amp;Remove attribute</source>
        <translation>إ&amp;زالة سمة</translation>
    </message>
    <message>
        <source>Attribute problem</source>
        <translation>مشكلة في السمة</translation>
    </message>
    <message>
        <source>the value &apos;{value}&apos; needs an attribute name</source>
        <translation>القيمة «{value}» تحتاج إلى اسم سمة</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is listed twice</source>
        <translation>«{name}» مذكورة مرتين</translation>
    </message>
</context>
<context>
    <name>BreakdownTab</name>
    <message>
        <source>By document</source>
        <translation>حسب المستند</translation>
    </message>
    <message>
        <source>By coder</source>
        <translation>حسب المُرمِّز</translation>
    </message>
    <message>
        <source>By attribute</source>
        <translation>حسب السمة</translation>
    </message>
    <message>
        <source>Attribute to break down by</source>
        <translation>السمة المراد التفصيل حسبها</translation>
    </message>
    <message>
        <source>Attri&amp;bute:</source>
        <translation>ال&amp;سمة:</translation>
    </message>
    <message>
        <source>No document has attributes yet.</source>
        <translation>لا يملك أي مستند سمات بعد.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>المُرمِّز</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source> in {group}</source>
        <translation> في {group}</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>New case</source>
        <translation>حالة جديدة</translation>
    </message>
    <message>
        <source>Case &apos;{name}&apos;</source>
        <translation>الحالة «{name}»</translation>
    </message>
    <message>
        <source>Case name</source>
        <translation>اسم الحالة</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>نوع الحالة</translation>
    </message>
    <message>
        <source>Case description</source>
        <translation>وصف الحالة</translation>
    </message>
    <message>
        <source>Who or what this case is, in a few words</source>
        <translation>من أو ما هذه الحالة، في بضع كلمات</translation>
    </message>
    <message>
        <source>Case problem</source>
        <translation>مشكلة في الحالة</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>الن&amp;وع:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>الو&amp;صف:</translation>
    </message>
</context>
<context>
    <name>CaseMatrixTab</name>
    <message>
        <source>Include &amp;sub-codes</source>
        <translation>تضمين الرموز ال&amp;فرعية</translation>
    </message>
    <message>
        <source>Count each code&apos;s sub-codes in its row</source>
        <translation>احتساب الرموز الفرعية لكل رمز في صفّه</translation>
    </message>
    <message>
        <source>Codings that belong to each case (its documents, speakers and codings). </source>
        <translation>الترميزات التي تنتمي إلى كل حالة (مستنداتها ومتحدثوها وترميزاتها). </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>{paths} in the case {name}</source>
        <translation>{paths} في الحالة {name}</translation>
    </message>
</context>
<context>
    <name>CasesPanel</name>
    <message>
        <source>Cases</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <source>Members of the case</source>
        <translation>أعضاء الحالة</translation>
    </message>
    <message>
        <source>Double-click a document or coding to open it</source>
        <translation>انقر نقرًا مزدوجًا على مستند أو ترميز لفتحه</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>الأعضاء:</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>جديدة…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تحرير…</translation>
    </message>
    <message>
        <source>Attributes…</source>
        <translation>السمات…</translation>
    </message>
    <message>
        <source>Memo…</source>
        <translation>مذكرة…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>استيراد قائمة…</translation>
    </message>
    <message>
        <source>{action} case</source>
        <translation>{action} (الحالة)</translation>
    </message>
    <message>
        <source>Import case list</source>
        <translation>استيراد قائمة الحالات</translation>
    </message>
    <message>
        <source>A CSV or Excel sheet: a row per case, a column each</source>
        <translation>ورقة CSV أو Excel: صف لكل حالة، وعمود لكل حقل</translation>
    </message>
    <message>
        <source>Remove from case</source>
        <translation>إزالة من الحالة</translation>
    </message>
    <message>
        <source>Remove the chosen members from the case</source>
        <translation>إزالة الأعضاء المختارين من الحالة</translation>
    </message>
    <message>
        <source>Members: choose one case above.</source>
        <translation>الأعضاء: اختر حالة واحدة أعلاه.</translation>
    </message>
    <message>
        <source>Members of &apos;{name}&apos; ({n_found}): documents, speakers, codings</source>
        <translation>أعضاء «{name}» ({n_found}): مستندات، متحدثون، ترميزات</translation>
    </message>
    <message>
        <source>Coding (deleted)</source>
        <translation>ترميز (محذوف)</translation>
    </message>
    <message>
        <source>Coding {code_path} in {document}: “{text}”</source>
        <translation>ترميز {code_path} في {document}: «{text}»</translation>
    </message>
    <message>
        <source>in every document</source>
        <translation>في كل مستند</translation>
    </message>
    <message>
        <source>in {place}</source>
        <translation>في {place}</translation>
    </message>
    <message>
        <source>Speaker {speaker} {where}</source>
        <translation>المتحدث {speaker} {where}</translation>
    </message>
    <message>
        <source>Document {place}</source>
        <translation>المستند {place}</translation>
    </message>
    <message>
        <source>Memos on case &apos;{name}&apos;</source>
        <translation>مذكرات عن الحالة «{name}»</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation>
            <numerusform>%Ln أخرى</numerusform>
            <numerusform>واحد آخر</numerusform>
            <numerusform>اثنان آخران</numerusform>
            <numerusform>%Ln أخرى</numerusform>
            <numerusform>%Ln أخرى</numerusform>
            <numerusform>%Ln أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete cases</source>
        <translation>حذف الحالات</translation>
    </message>
    <message>
        <source>Delete {names}, with their attributes, memos and framework summaries? The documents and codings stay.

You can undo this with Edit ▸ Undo.</source>
        <translation>حذف {names}، مع سماتها ومذكراتها وملخصات الإطار الخاصة بها؟ تبقى المستندات والترميزات.

يمكنك التراجع عن ذلك عبر تحرير ▸ تراجع.</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>حالة جديدة…</translation>
    </message>
    <message>
        <source>Edit name, type and description…</source>
        <translation>تحرير الاسم والنوع والوصف…</translation>
    </message>
    <message>
        <source>Import case list…</source>
        <translation>استيراد قائمة الحالات…</translation>
    </message>
</context>
<context>
    <name>ChangedCodingsDialog</name>
    <message>
        <source>Codings whose text was changed</source>
        <translation>ترميزات تغيّر نصها</translation>
    </message>
    <message>
        <source>Changed codings</source>
        <translation>الترميزات المتغيرة</translation>
    </message>
    <message>
        <source>&amp;Show in text</source>
        <translation>إ&amp;ظهار في النص</translation>
    </message>
    <message>
        <source>&amp;Mark reviewed</source>
        <translation>و&amp;سمها كمُراجَعة</translation>
    </message>
    <message>
        <source>Clear the “text changed” flag of the selected codings</source>
        <translation>مسح علامة «تغيّر النص» عن الترميزات المحددة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>A correction of the text cut through these codings: each was kept on what remains of its text. Read them again, then mark them reviewed.</source>
        <translation>قطع تصحيحٌ للنص هذه الترميزات: أُبقي كل منها على ما تبقى من نصه. اقرأها مجددًا، ثم وسمها كمُراجَعة.</translation>
    </message>
    <message>
        <source>No coding is flagged “text changed”.</source>
        <translation>لا يوجد ترميز موسوم بـ«تغيّر النص».</translation>
    </message>
    <message>
        <source>Select the codings you have reviewed first.</source>
        <translation>حدد أولًا الترميزات التي راجعتها.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln codings marked reviewed.</source>
        <translation>
            <numerusform>وُسم بالمراجعة: %Ln ترميز.</numerusform>
            <numerusform>وُسم بالمراجعة: ترميز واحد.</numerusform>
            <numerusform>وُسم بالمراجعة: ترميزان.</numerusform>
            <numerusform>وُسم بالمراجعة: %Ln ترميزات.</numerusform>
            <numerusform>وُسم بالمراجعة: %Ln ترميزًا.</numerusform>
            <numerusform>وُسم بالمراجعة: %Ln ترميز.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangedModel</name>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>المُرمِّز</translation>
    </message>
    <message>
        <source>Text now</source>
        <translation>النص الآن</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>كان</translation>
    </message>
    <message>
        <source>Where the coding was before the correction (characters)</source>
        <translation>موضع الترميز قبل التصحيح (بالأحرف)</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>version {version}, {when}</source>
        <translation>النسخة {version}، {when}</translation>
    </message>
</context>
<context>
    <name>ChoiceButton</name>
    <message>
        <source>all</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>All ({none_text})</source>
        <translation>الكل ({none_text})</translation>
    </message>
    <message>
        <source>{n_chosen} of {n_actions}</source>
        <translation>{n_chosen} من {n_actions}</translation>
    </message>
</context>
<context>
    <name>CodeList</name>
    <message>
        <source>Filter codes…</source>
        <translation>تصفية الرموز…</translation>
    </message>
    <message>
        <source>Filter codes</source>
        <translation>تصفية الرموز</translation>
    </message>
    <message>
        <source>Codes to insert</source>
        <translation>الرموز المراد إدراجها</translation>
    </message>
    <message>
        <source>Double-click a code to put it in the query</source>
        <translation>انقر نقرًا مزدوجًا على رمز لوضعه في الاستعلام</translation>
    </message>
    <message>
        <source>with sub-codes (/**)</source>
        <translation>مع الرموز الفرعية (/**)</translation>
    </message>
    <message>
        <source>Insert codes with their sub-codes</source>
        <translation>إدراج الرموز مع رموزها الفرعية</translation>
    </message>
    <message>
        <source>Codes (double-click to insert):</source>
        <translation>الرموز (انقر نقرًا مزدوجًا للإدراج):</translation>
    </message>
</context>
<context>
    <name>CodePicker</name>
    <message>
        <source>Code as…</source>
        <translation>ترميز كـ…</translation>
    </message>
    <message>
        <source>Type part of a code&apos;s name…</source>
        <translation>اكتب جزءًا من اسم رمز…</translation>
    </message>
    <message>
        <source>Code name filter</source>
        <translation>تصفية أسماء الرموز</translation>
    </message>
    <message>
        <source>Matching codes</source>
        <translation>الرموز المطابقة</translation>
    </message>
    <message>
        <source>Apply which code?</source>
        <translation>أي رمز يُطبَّق؟</translation>
    </message>
</context>
<context>
    <name>CodebookModel</name>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>الترميزات</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
</context>
<context>
    <name>CodebookPanel</name>
    <message>
        <source>Find a code…</source>
        <translation>ابحث عن رمز…</translation>
    </message>
    <message>
        <source>Find code</source>
        <translation>البحث عن رمز</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>دفتر الرموز</translation>
    </message>
    <message>
        <source>&amp;New Code…</source>
        <translation>رمز &amp;جديد…</translation>
    </message>
    <message>
        <source>New &amp;Sub-code…</source>
        <translation>رمز &amp;فرعي جديد…</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>إعادة ت&amp;سمية</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>ال&amp;لون…</translation>
    </message>
    <message>
        <source>&amp;Description and Keywords…</source>
        <translation>ال&amp;وصف والكلمات المفتاحية…</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;دمج في…</translation>
    </message>
    <message>
        <source>&amp;Delete Code…</source>
        <translation>&amp;حذف الرمز…</translation>
    </message>
    <message>
        <source>Show Coded &amp;Segments</source>
        <translation>إ&amp;ظهار المقتطفات المُرمَّزة</translation>
    </message>
    <message>
        <source>&amp;Apply to Selection</source>
        <translation>&amp;تطبيق على التحديد</translation>
    </message>
    <message>
        <source>Favourite &amp;Key</source>
        <translation>م&amp;فتاح مفضّل</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>{own} codings of this code</source>
        <translation>{own} ترميز بهذا الرمز</translation>
    </message>
    <message>
        <source>{tip}, {total} with its sub-codes</source>
        <translation>{tip}، و{total} مع رموزه الفرعية</translation>
    </message>
    <message>
        <source> under &apos;{name}&apos;</source>
        <translation> تحت «{name}»</translation>
    </message>
    <message>
        <source>New Code</source>
        <translation>رمز جديد</translation>
    </message>
    <message>
        <source>Name of the new code{where}:</source>
        <translation>اسم الرمز الجديد{where}:</translation>
    </message>
    <message>
        <source>Colour of &apos;{name}&apos;</source>
        <translation>لون «{name}»</translation>
    </message>
    <message>
        <source>There is no other code to merge into.</source>
        <translation>لا يوجد رمز آخر للدمج فيه.</translation>
    </message>
    <message>
        <source> and its {n_below} sub-codes</source>
        <translation> ورموزه الفرعية الـ{n_below}</translation>
    </message>
    <message>
        <source>Delete the code {what}? {codings} codings will be removed with it.</source>
        <translation>حذف الرمز {what}؟ ستُزال معه {codings} ترميزًا.</translation>
    </message>
    <message>
        <source>Delete Code</source>
        <translation>حذف الرمز</translation>
    </message>
    <message>
        <source>The dragged text could not be read.</source>
        <translation>تعذّرت قراءة النص المسحوب.</translation>
    </message>
</context>
<context>
    <name>CoderCopiesDialog</name>
    <message>
        <source>Give each coder their file; when they are done, use File ▸ Merge project… to bring their coding back.</source>
        <translation>أعطِ كل مُرمِّز ملفه؛ وعندما ينتهون، استخدم ملف ▸ دمج مشروع… لاستعادة ترميزهم.</translation>
    </message>
    <message>
        <source>Prepare coder copies — qcode</source>
        <translation>إعداد نسخ المُرمِّزين — qcode</translation>
    </message>
    <message>
        <source>Prepare coder copies</source>
        <translation>إعداد نسخ المُرمِّزين</translation>
    </message>
    <message>
        <source>Each coder gets a copy of &lt;b&gt;{project}&lt;/b&gt; to code on their own, named &lt;i&gt;{stem}-NAME.qcode&lt;/i&gt;.</source>
        <translation>يحصل كل مُرمِّز على نسخة من &lt;b&gt;{project}&lt;/b&gt; ليرمّزها بمفرده، باسم &lt;i&gt;{stem}-NAME.qcode&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>Coder names</source>
        <translation>أسماء المُرمِّزين</translation>
    </message>
    <message>
        <source>One name a line</source>
        <translation>اسم واحد في كل سطر</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Choose folder</source>
        <translation>اختيار مجلد</translation>
    </message>
    <message>
        <source>Coders (one a line):</source>
        <translation>المُرمِّزون (واحد في كل سطر):</translation>
    </message>
    <message>
        <source>Write the copies to:</source>
        <translation>كتابة النسخ إلى:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <source>Prepare copies</source>
        <translation>إعداد النسخ</translation>
    </message>
    <message>
        <source>Where to write the coders&apos; copies</source>
        <translation>مكان كتابة نسخ المُرمِّزين</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
    <message>
        <source>Enter at least one coder&apos;s name.</source>
        <translation>أدخل اسم مُرمِّز واحد على الأقل.</translation>
    </message>
    <message>
        <source>{folder}: could not write the copies ({strerror})</source>
        <translation>{folder}: تعذّرت كتابة النسخ ({strerror})</translation>
    </message>
    <message>
        <source>Wrote {n_written} coder copies to {folder}.</source>
        <translation>كُتبت {n_written} نسخة للمُرمِّزين في {folder}.</translation>
    </message>
    <message>
        <source>Coder copies</source>
        <translation>نسخ المُرمِّزين</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln files:
{files}

{hint}</source>
        <translation>
            <numerusform>كُتب: %Ln ملف
{files}

{hint}</numerusform>
            <numerusform>كُتب: ملف واحد
{files}

{hint}</numerusform>
            <numerusform>كُتب: ملفان
{files}

{hint}</numerusform>
            <numerusform>كُتب: %Ln ملفات
{files}

{hint}</numerusform>
            <numerusform>كُتب: %Ln ملفًا
{files}

{hint}</numerusform>
            <numerusform>كُتب: %Ln ملف
{files}

{hint}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoderPane</name>
    <message>
        <source>Text as coder {side} coded it</source>
        <translation>النص كما رمّزه المُرمِّز {side}</translation>
    </message>
</context>
<context>
    <name>CodingFindings</name>
    <message>
        <source>Assign coding {label} to case…</source>
        <translation>إسناد الترميز {label} إلى حالة…</translation>
    </message>
    <message>
        <source>Link coding {label} to…</source>
        <translation>ربط الترميز {label} بـ…</translation>
    </message>
    <message>
        <source>Remember coding {label} for linking</source>
        <translation>تذكّر الترميز {label} للربط</translation>
    </message>
    <message>
        <source>Links of {label} ({n_links})</source>
        <translation>روابط {label} ({n_links})</translation>
    </message>
    <message>
        <source>Grade of {label}</source>
        <translation>درجة {label}</translation>
    </message>
    <message>
        <source>(no grade)</source>
        <translation>(بلا درجة)</translation>
    </message>
    <message>
        <source>Define grades…</source>
        <translation>تعريف الدرجات…</translation>
    </message>
    <message>
        <source>Open the other end</source>
        <translation>فتح الطرف الآخر</translation>
    </message>
    <message>
        <source>Edit the link&apos;s memo…</source>
        <translation>تحرير مذكرة الرابط…</translation>
    </message>
    <message>
        <source>Remove the link</source>
        <translation>إزالة الرابط</translation>
    </message>
    <message>
        <source>Remembered: right-click another coding ▸ Link coding … to…</source>
        <translation>تم التذكّر: انقر بالزر الأيمن على ترميز آخر ▸ ربط الترميز … بـ…</translation>
    </message>
    <message>
        <source>the coding</source>
        <translation>الترميز</translation>
    </message>
    <message>
        <source>Link memo</source>
        <translation>مذكرة الرابط</translation>
    </message>
    <message>
        <source>Memo on the link:</source>
        <translation>مذكرة عن الرابط:</translation>
    </message>
    <message>
        <source>    grade: {get}</source>
        <translation>    الدرجة: {get}</translation>
    </message>
    <message>
        <source>    links: {shown}</source>
        <translation>    الروابط: {shown}</translation>
    </message>
</context>
<context>
    <name>CodingMargin</name>
    <message>
        <source>Coding stripes</source>
        <translation>أشرطة الترميز</translation>
    </message>
    <message>
        <source>Which codes cover each line; hover a stripe for details</source>
        <translation>الرموز التي تغطي كل سطر؛ مرّر المؤشر فوق شريط لرؤية التفاصيل</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Code to compare</source>
        <translation>الرمز المراد مقارنته</translation>
    </message>
    <message>
        <source>Document to compare</source>
        <translation>المستند المراد مقارنته</translation>
    </message>
    <message>
        <source>Coder A</source>
        <translation>المُرمِّز أ</translation>
    </message>
    <message>
        <source>Coder B</source>
        <translation>المُرمِّز ب</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ السابق</translation>
    </message>
    <message>
        <source>Previous disagreement</source>
        <translation>الاختلاف السابق</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>التالي ▶</translation>
    </message>
    <message>
        <source>Next disagreement</source>
        <translation>الاختلاف التالي</translation>
    </message>
    <message>
        <source>{accessibleName}: text only one of the coders coded</source>
        <translation>{accessibleName}: نص رمّزه أحد المُرمِّزَين فقط</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>الاختلافات</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;background:{both_color}&quot;&gt;&amp;nbsp;coded by both&amp;nbsp;&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&quot;background:{one_color}&quot;&gt;&amp;nbsp;coded by this coder only&amp;nbsp;&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;background:{both_color}&quot;&gt;&amp;nbsp;رمّزه كلاهما&amp;nbsp;&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&quot;background:{one_color}&quot;&gt;&amp;nbsp;رمّزه هذا المُرمِّز فقط&amp;nbsp;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>مفتاح الألوان</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>الرمز:</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>المستند:</translation>
    </message>
    <message>
        <source>A:</source>
        <translation>أ:</translation>
    </message>
    <message>
        <source>B:</source>
        <translation>ب:</translation>
    </message>
    <message>
        <source>Choose two different coders to compare.</source>
        <translation>اختر مُرمِّزَين مختلفَين للمقارنة.</translation>
    </message>
    <message>
        <source>the code &apos;{code_path}&apos; no longer exists</source>
        <translation>الرمز «{code_path}» لم يعد موجودًا</translation>
    </message>
    <message>
        <source>A: {a} — {code_path}</source>
        <translation>أ: {a} — {code_path}</translation>
    </message>
    <message>
        <source>B: {b} — {code_path}</source>
        <translation>ب: {b} — {code_path}</translation>
    </message>
    <message>
        <source>{number} of {total}: {coder} only</source>
        <translation>{number} من {total}: {coder} فقط</translation>
    </message>
</context>
<context>
    <name>CooccurrenceTab</name>
    <message>
        <source>Count codings &amp;near each other (same paragraph or turn)</source>
        <translation>عدّ الترميزات ال&amp;متقاربة (الفقرة نفسها أو الدور نفسه)</translation>
    </message>
    <message>
        <source>Count codings in the same paragraph or speaker turn</source>
        <translation>عدّ الترميزات في الفقرة نفسها أو دور المتحدث نفسه</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>in the same paragraph or turn</source>
        <translation>في الفقرة نفسها أو الدور نفسه</translation>
    </message>
    <message>
        <source>overlapping</source>
        <translation>متداخلة</translation>
    </message>
    <message>
        <source>Pairs of codings {kind}; the darker the cell, the more pairs. {drill_note}</source>
        <translation>أزواج الترميزات {kind}؛ كلما كانت الخلية أدكن، زاد عدد الأزواج. {drill_note}</translation>
    </message>
    <message>
        <source>near</source>
        <translation>متقاربة</translation>
    </message>
    <message>
        <source>{first} and {second}: codings of either {how} the other</source>
        <translation>{first} و{second}: ترميزات كلٍّ منهما {how} مع الآخر</translation>
    </message>
</context>
<context>
    <name>CorrectTextDialog</name>
    <message>
        <source>Correct the text of &apos;{name}&apos;</source>
        <translation>تصحيح نص «{name}»</translation>
    </message>
    <message>
        <source>Insert at character {start}</source>
        <translation>إدراج عند الحرف {start}</translation>
    </message>
    <message>
        <source>Characters {start}–{end} of {n_text}</source>
        <translation>الأحرف {start}–{end} من {n_text}</translation>
    </message>
    <message>
        <source>(nothing selected: the new text is inserted)</source>
        <translation>(لا شيء محدد: سيُدرَج النص الجديد)</translation>
    </message>
    <message>
        <source>Text now</source>
        <translation>النص الآن</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>استبداله بـ</translation>
    </message>
    <message>
        <source>
One edit: Edit ▸ Undo takes it back. The earlier text is kept as a version; the original file is never changed.</source>
        <translation>
تعديل واحد: تحرير ▸ تراجع يلغيه. يُحفظ النص السابق كنسخة؛ ولا يُغيَّر الملف الأصلي أبدًا.</translation>
    </message>
    <message>
        <source>What happens to the codings</source>
        <translation>ما يحدث للترميزات</translation>
    </message>
    <message>
        <source>&amp;Apply correction</source>
        <translation>&amp;تطبيق التصحيح</translation>
    </message>
    <message>
        <source>{where}. Text now:</source>
        <translation>{where}. النص الآن:</translation>
    </message>
    <message>
        <source>Replace with:</source>
        <translation>استبداله بـ:</translation>
    </message>
</context>
<context>
    <name>CorroborationWindow</name>
    <message>
        <source>Corroboration — {name} — qcode</source>
        <translation>تعزيز الأدلة — {name} — qcode</translation>
    </message>
    <message>
        <source>Corroboration</source>
        <translation>تعزيز الأدلة</translation>
    </message>
    <message>
        <source>Filter codes…</source>
        <translation>تصفية الرموز…</translation>
    </message>
    <message>
        <source>Filter codes</source>
        <translation>تصفية الرموز</translation>
    </message>
    <message>
        <source>Allegation codes</source>
        <translation>رموز الادعاءات</translation>
    </message>
    <message>
        <source>with sub-codes</source>
        <translation>مع الرموز الفرعية</translation>
    </message>
    <message>
        <source>Count each allegation&apos;s sub-codes</source>
        <translation>احتساب الرموز الفرعية لكل ادعاء</translation>
    </message>
    <message>
        <source>Codings made</source>
        <translation>مصدر الترميزات</translation>
    </message>
    <message>
        <source>Only the codings made these ways count</source>
        <translation>لا تُحتسب إلا الترميزات التي صُنعت بهذه الطرق</translation>
    </message>
    <message>
        <source>Allegations</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>الاقتباسات</translation>
    </message>
    <message>
        <source>Choose an allegation to read its quotes.</source>
        <translation>اختر ادعاءً لقراءة اقتباساته.</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>تصدير إلى Excel…</translation>
    </message>
    <message>
        <source>Export corroboration to Excel</source>
        <translation>تصدير تعزيز الأدلة إلى Excel</translation>
    </message>
    <message>
        <source>Allegations (tick the codes):</source>
        <translation>الادعاءات (حدّد الرموز):</translation>
    </message>
    <message>
        <source>Sources are cases; a coding in no case counts as its document.</source>
        <translation>المصادر هي الحالات؛ والترميز غير المنتمي إلى أي حالة يُحتسب بمستنده.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>no code &apos;{path}&apos;</source>
        <translation>لا يوجد رمز «{path}»</translation>
    </message>
    <message>
        <source>Tick codes on the left, then choose one to read its quotes.</source>
        <translation>حدّد الرموز على اليمين، ثم اختر أحدها لقراءة اقتباساته.</translation>
    </message>
    <message>
        <source>{code_path}: {quotes} from {sources} ({first_hand} first-hand). Double-click a quote to read it in its text.</source>
        <translation>{code_path}: {quotes} من {sources} (المباشرة منها: {first_hand}). انقر نقرًا مزدوجًا على اقتباس لقراءته في نصه.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln quotes</source>
        <translation>
            <numerusform>%Ln اقتباس</numerusform>
            <numerusform>اقتباس واحد</numerusform>
            <numerusform>اقتباسان</numerusform>
            <numerusform>%Ln اقتباسات</numerusform>
            <numerusform>%Ln اقتباسًا</numerusform>
            <numerusform>%Ln اقتباس</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sources</source>
        <translation>
            <numerusform>%Ln مصدر</numerusform>
            <numerusform>مصدر واحد</numerusform>
            <numerusform>مصدران</numerusform>
            <numerusform>%Ln مصادر</numerusform>
            <numerusform>%Ln مصدرًا</numerusform>
            <numerusform>%Ln مصدر</numerusform>
        </translation>
    </message>
    <message>
        <source>this version of qcode cannot write a Corroboration sheet</source>
        <translation>هذا الإصدار من qcode لا يستطيع كتابة ورقة تعزيز الأدلة</translation>
    </message>
    <message>
        <source>Export corroboration</source>
        <translation>تصدير تعزيز الأدلة</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Wrote the corroboration table to {target}.</source>
        <translation>كُتب جدول تعزيز الأدلة في {target}.</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>جارٍ كتابة المصنف…</translation>
    </message>
</context>
<context>
    <name>CrosstabTab</name>
    <message>
        <source>Attribute for the columns</source>
        <translation>السمة المستخدمة للأعمدة</translation>
    </message>
    <message>
        <source>Attri&amp;bute:</source>
        <translation>ال&amp;سمة:</translation>
    </message>
    <message>
        <source>No document or case has attributes yet.</source>
        <translation>لا يملك أي مستند أو حالة سمات بعد.</translation>
    </message>
    <message>
        <source>Codings whose case holds each value (a coding of two cases counts under both).</source>
        <translation>الترميزات التي تحمل حالتها كل قيمة (الترميز المنتمي إلى حالتين يُحتسب تحت كلتيهما).</translation>
    </message>
</context>
<context>
    <name>DescriptionDialog</name>
    <message>
        <source>Describe &apos;{name}&apos;</source>
        <translation>وصف «{name}»</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>الكلمات المفتاحية</translation>
    </message>
    <message>
        <source>e.g. threat, intimidation</source>
        <translation>مثلًا: تهديد، ترهيب</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>ال&amp;وصف:</translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation>الكلمات ال&amp;مفتاحية:</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Document details</source>
        <translation>تفاصيل المستند</translation>
    </message>
    <message>
        <source>Code selection as…</source>
        <translation>ترميز التحديد كـ…</translation>
    </message>
    <message>
        <source>Code in vivo (new code named after the text)</source>
        <translation>ترميز حرفي (رمز جديد يحمل اسم النص)</translation>
    </message>
    <message>
        <source>Apply favourite code {key}</source>
        <translation>تطبيق الرمز المفضّل {key}</translation>
    </message>
    <message>
        <source>  No document open — pick one in the Documents list.</source>
        <translation>  لا يوجد مستند مفتوح — اختر واحدًا من قائمة المستندات.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln characters</source>
        <translation>
            <numerusform>%Ln حرف</numerusform>
            <numerusform>حرف واحد</numerusform>
            <numerusform>حرفان</numerusform>
            <numerusform>%Ln أحرف</numerusform>
            <numerusform>%Ln حرفًا</numerusform>
            <numerusform>%Ln حرف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln codings</source>
        <translation>
            <numerusform>%Ln ترميز</numerusform>
            <numerusform>ترميز واحد</numerusform>
            <numerusform>ترميزان</numerusform>
            <numerusform>%Ln ترميزات</numerusform>
            <numerusform>%Ln ترميزًا</numerusform>
            <numerusform>%Ln ترميز</numerusform>
        </translation>
    </message>
    <message>
        <source>speakers: {names}</source>
        <translation>المتحدثون: {names}</translation>
    </message>
    <message>
        <source>showing {coder_filter}&apos;s coding only</source>
        <translation>يُعرض ترميز {coder_filter} فقط</translation>
    </message>
    <message>
        <source>Select some text first, then choose a code for it.</source>
        <translation>حدد بعض النص أولًا، ثم اختر رمزًا له.</translation>
    </message>
    <message>
        <source>Select the words to use as the new code&apos;s name.</source>
        <translation>حدد الكلمات التي ستُستخدم اسمًا للرمز الجديد.</translation>
    </message>
    <message>
        <source>Code selection as</source>
        <translation>ترميز التحديد كـ</translation>
    </message>
    <message>
        <source>Remove coding &apos;{name}&apos; ({who})</source>
        <translation>إزالة الترميز «{name}» ({who})</translation>
    </message>
    <message>
        <source>Memo on coding &apos;{name}&apos; ({who})…</source>
        <translation>مذكرة عن الترميز «{name}» ({who})…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>{name} (this code)</source>
        <translation>{name} (هذا الرمز)</translation>
    </message>
    <message>
        <source>Memo on coding &apos;{name}&apos;</source>
        <translation>مذكرة عن الترميز «{name}»</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Filter documents…</source>
        <translation>تصفية المستندات…</translation>
    </message>
    <message>
        <source>Filter documents</source>
        <translation>تصفية المستندات</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>إعادة &amp;تسمية</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>Edit &amp;attributes…</source>
        <translation>تحرير ال&amp;سمات…</translation>
    </message>
    <message>
        <source>Document &amp;memo…</source>
        <translation>&amp;مذكرة المستند…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln codings</source>
        <translation>
            <numerusform>%Ln ترميز</numerusform>
            <numerusform>ترميز واحد</numerusform>
            <numerusform>ترميزان</numerusform>
            <numerusform>%Ln ترميزات</numerusform>
            <numerusform>%Ln ترميزًا</numerusform>
            <numerusform>%Ln ترميز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation>
            <numerusform>%Ln أخرى</numerusform>
            <numerusform>واحد آخر</numerusform>
            <numerusform>اثنان آخران</numerusform>
            <numerusform>%Ln أخرى</numerusform>
            <numerusform>%Ln أخرى</numerusform>
            <numerusform>%Ln أخرى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln documents ({names}) and their {coding_words}</source>
        <translation>
            <numerusform>%Ln مستند ({names}) و{coding_words}</numerusform>
            <numerusform>مستند واحد ({names}) و{coding_words}</numerusform>
            <numerusform>مستندان ({names}) و{coding_words}</numerusform>
            <numerusform>%Ln مستندات ({names}) و{coding_words}</numerusform>
            <numerusform>%Ln مستندًا ({names}) و{coding_words}</numerusform>
            <numerusform>%Ln مستند ({names}) و{coding_words}</numerusform>
        </translation>
    </message>
    <message>
        <source>the document &apos;{name}&apos; and its {coding_words}</source>
        <translation>المستند «{name}» و{coding_words}</translation>
    </message>
    <message>
        <source>Delete documents</source>
        <translation>حذف المستندات</translation>
    </message>
    <message>
        <source>Delete {what}? Memos on them go too.

You can undo this with Edit ▸ Undo.</source>
        <translation>حذف {what}؟ ستُحذف المذكرات المتعلقة بها أيضًا.

يمكنك التراجع عن ذلك عبر تحرير ▸ تراجع.</translation>
    </message>
    <message>
        <source>Memos on &apos;{name}&apos;</source>
        <translation>مذكرات عن «{name}»</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>How good are suggestions?</source>
        <translation>ما مدى جودة الاقتراحات؟</translation>
    </message>
    <message>
        <source>Measuring on your coding (this retrains a few times)…</source>
        <translation>جارٍ القياس على ترميزك (يُعاد التدريب بضع مرات)…</translation>
    </message>
    <message>
        <source>Judged against</source>
        <translation>الحكم مقارنةً بـ</translation>
    </message>
    <message>
        <source>everyone&apos;s coding</source>
        <translation>ترميز الجميع</translation>
    </message>
    <message>
        <source>Judged against:</source>
        <translation>الحكم مقارنةً بـ:</translation>
    </message>
    <message>
        <source>Suggestions report</source>
        <translation>تقرير الاقتراحات</translation>
    </message>
    <message>
        <source>Could not measure: {problem}</source>
        <translation>تعذّر القياس: {problem}</translation>
    </message>
    <message>
        <source>Measured on your own coding:</source>
        <translation>مَقيسة على ترميزك أنت:</translation>
    </message>
</context>
<context>
    <name>EvaluationReport</name>
    <message>
        <source>Beside a colleague (their coding judged against {coder}&apos;s the same way, on the same passages):</source>
        <translation>بجانب زميل (يُحكم على ترميزه مقارنةً بترميز {coder} بالطريقة نفسها، على المقاطع نفسها):</translation>
    </message>
    <message numerus="yes">
        <source>{colleague}, on %Ln passages: their coding F1 {f1} (precision {precision}, recall {recall}); the suggestions F1 {mine}, {share} of theirs</source>
        <translation>
            <numerusform>{colleague}، على %Ln مقطع: F1 لترميزه {f1} (الدقة {precision}، الاستدعاء {recall})؛ F1 للاقتراحات {mine}، أي {share} من قيمته</numerusform>
            <numerusform>{colleague}، على %Ln مقطع: F1 لترميزه {f1} (الدقة {precision}، الاستدعاء {recall})؛ F1 للاقتراحات {mine}، أي {share} من قيمته</numerusform>
            <numerusform>{colleague}، على %Ln مقطع: F1 لترميزه {f1} (الدقة {precision}، الاستدعاء {recall})؛ F1 للاقتراحات {mine}، أي {share} من قيمته</numerusform>
            <numerusform>{colleague}، على %Ln مقطع: F1 لترميزه {f1} (الدقة {precision}، الاستدعاء {recall})؛ F1 للاقتراحات {mine}، أي {share} من قيمته</numerusform>
            <numerusform>{colleague}، على %Ln مقطع: F1 لترميزه {f1} (الدقة {precision}، الاستدعاء {recall})؛ F1 للاقتراحات {mine}، أي {share} من قيمته</numerusform>
            <numerusform>{colleague}، على %Ln مقطع: F1 لترميزه {f1} (الدقة {precision}، الاستدعاء {recall})؛ F1 للاقتراحات {mine}، أي {share} من قيمته</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Judged on %Ln passages of coded documents: {how}.</source>
        <translation>
            <numerusform>قُيّم على %Ln مقطع من المستندات المرمّزة: {how}.</numerusform>
            <numerusform>قُيّم على مقطع واحد من المستندات المرمّزة: {how}.</numerusform>
            <numerusform>قُيّم على مقطعين من المستندات المرمّزة: {how}.</numerusform>
            <numerusform>قُيّم على %Ln مقاطع من المستندات المرمّزة: {how}.</numerusform>
            <numerusform>قُيّم على %Ln مقطعًا من المستندات المرمّزة: {how}.</numerusform>
            <numerusform>قُيّم على %Ln مقطع من المستندات المرمّزة: {how}.</numerusform>
        </translation>
    </message>
    <message>
        <source>At the learned thresholds: {precision} of the suggestions were right (precision), and they found {recall} of what you coded (recall); F1 {f1}.</source>
        <translation>عند العتبات المتعلَّمة: كانت {precision} من الاقتراحات صحيحة (الدقة)، ووجدت {recall} مما رمّزته (الاستدعاء)؛ F1 {f1}.</translation>
    </message>
    <message>
        <source>Ranking quality (average precision): {value}.</source>
        <translation>جودة الترتيب (متوسط الدقة): {value}.</translation>
    </message>
    <message>
        <source>Keywords alone: F1 {f1}.</source>
        <translation>الكلمات المفتاحية وحدها: F1 {f1}.</translation>
    </message>
    <message>
        <source>All three sources together (what the Suggestions panel shows unless you untick some): precision {precision}, recall {recall}, F1 {f1}.</source>
        <translation>المصادر الثلاثة معًا (ما تعرضه لوحة الاقتراحات ما لم تُلغِ تحديد بعضها): الدقة {precision}، الاستدعاء {recall}، F1 {f1}.</translation>
    </message>
    <message>
        <source>How often suggestions were right, by confidence:</source>
        <translation>نسبة الاقتراحات الصحيحة بحسب الثقة:</translation>
    </message>
    <message numerus="yes">
        <source>{low}–{high}: {rate} of %Ln</source>
        <translation>
            <numerusform>{low}–{high}: {rate} من %Ln</numerusform>
            <numerusform>{low}–{high}: {rate} من %Ln</numerusform>
            <numerusform>{low}–{high}: {rate} من %Ln</numerusform>
            <numerusform>{low}–{high}: {rate} من %Ln</numerusform>
            <numerusform>{low}–{high}: {rate} من %Ln</numerusform>
            <numerusform>{low}–{high}: {rate} من %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewing more (the slider towards “many, to review”):</source>
        <translation>مراجعة المزيد (المنزلق نحو «كثيرة، للمراجعة»):</translation>
    </message>
    <message>
        <source>{how}: finds {recall} of your coding, {precision} right, {count} per passage</source>
        <translation>{how}: يجد {recall} من ترميزك، {precision} صحيحة، {count} لكل مقطع</translation>
    </message>
    <message>
        <source>Learning curve (F1 after learning from this many coded passages):</source>
        <translation>منحنى التعلّم (F1 بعد التعلّم من هذا العدد من المقاطع المرمّزة):</translation>
    </message>
    <message>
        <source>{count}: F1 {f1}</source>
        <translation>{count}: F1 {f1}</translation>
    </message>
    <message>
        <source>Per code (precision/recall/F1, average precision):</source>
        <translation>لكل رمز (الدقة/الاستدعاء/F1، متوسط الدقة):</translation>
    </message>
    <message numerus="yes">
        <source>{code}: {precision}/{recall}/{f1}, AP {ap} (%Ln coded)</source>
        <translation>
            <numerusform>{code}: {precision}/{recall}/{f1}، متوسط الدقة {ap} (%Ln مرمّز)</numerusform>
            <numerusform>{code}: {precision}/{recall}/{f1}، متوسط الدقة {ap} (%Ln مرمّز)</numerusform>
            <numerusform>{code}: {precision}/{recall}/{f1}، متوسط الدقة {ap} (%Ln مرمّز)</numerusform>
            <numerusform>{code}: {precision}/{recall}/{f1}، متوسط الدقة {ap} (%Ln مرمّز)</numerusform>
            <numerusform>{code}: {precision}/{recall}/{f1}، متوسط الدقة {ap} (%Ln مرمّز)</numerusform>
            <numerusform>{code}: {precision}/{recall}/{f1}، متوسط الدقة {ap} (%Ln مرمّز)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpressionEditor</name>
    <message>
        <source>Query expression</source>
        <translation>تعبير الاستعلام</translation>
    </message>
    <message>
        <source>e.g. &quot;Harms/**&quot; AND NOT &quot;Notice&quot;   ·   &quot;Stopped&quot; NEAR/turn &quot;Station&quot;</source>
        <translation>مثلًا: ⁦&quot;Harms/**&quot; AND NOT &quot;Notice&quot;   ·   &quot;Stopped&quot; NEAR/turn &quot;Station&quot;⁩</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>ت&amp;شغيل</translation>
    </message>
    <message>
        <source>Run the query</source>
        <translation>تشغيل الاستعلام</translation>
    </message>
    <message>
        <source>Insert {text}</source>
        <translation>إدراج {text}</translation>
    </message>
    <message>
        <source>NEAR distance in characters</source>
        <translation>مسافة NEAR بالأحرف</translation>
    </message>
    <message>
        <source>NEAR unit</source>
        <translation>وحدة NEAR</translation>
    </message>
    <message>
        <source>Insert NEAR</source>
        <translation>إدراج NEAR</translation>
    </message>
    <message>
        <source>The codings of the left side that lie within N characters of (or share a sentence, paragraph or speaker turn with) a coding of the right side</source>
        <translation>ترميزات الطرف الأيسر التي تقع على بعد N حرفًا من ترميز في الطرف الأيمن (أو تشاركه جملة أو فقرة أو دور متحدث)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Clear the query</source>
        <translation>مسح الاستعلام</translation>
    </message>
    <message>
        <source>Query problem</source>
        <translation>مشكلة في الاستعلام</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>الا&amp;ستعلام:</translation>
    </message>
</context>
<context>
    <name>FigureTab</name>
    <message>
        <source>with sub-codes</source>
        <translation>مع الرموز الفرعية</translation>
    </message>
    <message>
        <source>own codings</source>
        <translation>الترميزات الخاصة</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <source>&amp;New project…</source>
        <translation>مشروع &amp;جديد…</translation>
    </message>
    <message>
        <source>New encr&amp;ypted project…</source>
        <translation>مشروع جد&amp;يد مشفّر…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;فتح مشروع…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>فتح ال&amp;أخيرة</translation>
    </message>
    <message>
        <source>&amp;Import documents…</source>
        <translation>&amp;استيراد مستندات…</translation>
    </message>
    <message>
        <source>Import sur&amp;vey or spreadsheet…</source>
        <translation>استيراد استبيان أو جدول &amp;بيانات…</translation>
    </message>
    <message>
        <source>Import code&amp;book (.qdc)…</source>
        <translation>استيراد &amp;دفتر رموز (.qdc)…</translation>
    </message>
    <message>
        <source>&amp;Export codebook (.qdc)…</source>
        <translation>&amp;تصدير دفتر الرموز (.qdc)…</translation>
    </message>
    <message>
        <source>Export to E&amp;xcel…</source>
        <translation>تصدير إلى E&amp;xcel…</translation>
    </message>
    <message>
        <source>Report in &amp;Word or PDF…</source>
        <translation>تقرير بصيغة &amp;Word أو PDF…</translation>
    </message>
    <message>
        <source>Import REFI-QDA pro&amp;ject (.qdpx)…</source>
        <translation>استيراد م&amp;شروع REFI-QDA (.qdpx)…</translation>
    </message>
    <message>
        <source>Export REFI-QDA projec&amp;t (.qdpx)…</source>
        <translation>تصدير مشر&amp;وع REFI-QDA (.qdpx)…</translation>
    </message>
    <message>
        <source>Project &amp;memo…</source>
        <translation>م&amp;ذكرة المشروع…</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>حفظ &amp;نسخة باسم…</translation>
    </message>
    <message>
        <source>Encry&amp;pt this project…</source>
        <translation>تشفي&amp;ر هذا المشروع…</translation>
    </message>
    <message>
        <source>Change pa&amp;ssphrase…</source>
        <translation>تغيير &amp;عبارة المرور…</translation>
    </message>
    <message>
        <source>&amp;Decrypt this project…</source>
        <translation>ف&amp;ك تشفير هذا المشروع…</translation>
    </message>
    <message>
        <source>Mer&amp;ge project…</source>
        <translation>د&amp;مج مشروع…</translation>
    </message>
    <message>
        <source>Prepare coder cop&amp;ies…</source>
        <translation>&amp;إعداد نسخ المُرمِّزين…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <source>qcode projects (*.qcode)</source>
        <translation>مشاريع qcode (*.qcode)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>فتح مشروع</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(لا شيء بعد)</translation>
    </message>
    <message>
        <source>Save a copy of the project</source>
        <translation>حفظ نسخة من المشروع</translation>
    </message>
    <message>
        <source>{stem} copy.qcode</source>
        <translation>{stem} copy.qcode</translation>
    </message>
    <message>
        <source>Could not save a copy: {problem}</source>
        <translation>تعذّر حفظ نسخة: {problem}</translation>
    </message>
    <message>
        <source>Saved a copy as {path}.</source>
        <translation>حُفظت نسخة باسم {path}.</translation>
    </message>
    <message>
        <source>Project memo</source>
        <translation>مذكرة المشروع</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Codes (with their sub-codes)</source>
        <translation>الرموز (مع رموزها الفرعية)</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>المُرمِّزون</translation>
    </message>
    <message>
        <source>Codings made</source>
        <translation>مصدر الترميزات</translation>
    </message>
    <message>
        <source>e.g. gender=female, city=Beijing</source>
        <translation>مثلًا: gender=female, city=Beijing</translation>
    </message>
    <message>
        <source>Document attributes, as name=value, comma-separated</source>
        <translation>سمات المستند، بصيغة اسم=قيمة، مفصولة بفواصل</translation>
    </message>
    <message>
        <source>A document must match every named attribute; the same name twice means either value.</source>
        <translation>يجب أن يطابق المستند كل سمة مذكورة؛ وتكرار الاسم نفسه مرتين يعني أيًّا من القيمتين.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>Add an attribute value to the filter</source>
        <translation>إضافة قيمة سمة إلى عامل التصفية</translation>
    </message>
    <message>
        <source>&amp;Apply filters</source>
        <translation>&amp;تطبيق عوامل التصفية</translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation>تطبيق عوامل التصفية</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>م&amp;سح</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>مسح جميع عوامل التصفية</translation>
    </message>
    <message>
        <source>Filters in use</source>
        <translation>عوامل التصفية المستخدمة</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>ال&amp;مستندات</translation>
    </message>
    <message>
        <source>C&amp;odes</source>
        <translation>ال&amp;رموز</translation>
    </message>
    <message>
        <source>Cod&amp;ers</source>
        <translation>المُر&amp;مِّزون</translation>
    </message>
    <message>
        <source>Codings &amp;made</source>
        <translation>م&amp;صدر الترميزات</translation>
    </message>
    <message>
        <source>A&amp;ttributes</source>
        <translation>ال&amp;سمات</translation>
    </message>
    <message>
        <source>{name}: none selected means all</source>
        <translation>{name}: عدم تحديد أي شيء يعني الكل</translation>
    </message>
    <message>
        <source>Select one or more (Ctrl+click, Shift+click); none selected means all.</source>
        <translation>حدد واحدًا أو أكثر (Ctrl+نقر، Shift+نقر)؛ عدم تحديد أي شيء يعني الكل.</translation>
    </message>
    <message>
        <source>(no document has attributes)</source>
        <translation>(لا يملك أي مستند سمات)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Filters:&lt;/b&gt; {escaped}</source>
        <translation>&lt;b&gt;عوامل التصفية:&lt;/b&gt; {escaped}</translation>
    </message>
</context>
<context>
    <name>FrameworkWindow</name>
    <message>
        <source>Framework matrix — {name} — qcode</source>
        <translation>مصفوفة الإطار — {name} — qcode</translation>
    </message>
    <message>
        <source>Framework matrix</source>
        <translation>مصفوفة الإطار</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>الرموز</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>مقترحة</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <source>with sub-codes</source>
        <translation>مع الرموز الفرعية</translation>
    </message>
    <message>
        <source>Count each code&apos;s sub-codes in its column</source>
        <translation>احتساب الرموز الفرعية لكل رمز في عموده</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>تصدير إلى Excel…</translation>
    </message>
    <message>
        <source>Export the framework matrix to Excel</source>
        <translation>تصدير مصفوفة الإطار إلى Excel</translation>
    </message>
    <message>
        <source>Framework grid</source>
        <translation>شبكة الإطار</translation>
    </message>
    <message>
        <source>Choose a cell: a case (row) and a code (column).</source>
        <translation>اختر خلية: حالة (صف) ورمزًا (عمود).</translation>
    </message>
    <message>
        <source>Cell chosen</source>
        <translation>الخلية المختارة</translation>
    </message>
    <message>
        <source>Coded text of the cell</source>
        <translation>النص المُرمَّز في الخلية</translation>
    </message>
    <message>
        <source>Tick a passage to link it to the summary as a quote</source>
        <translation>حدّد مقتطفًا لربطه بالملخص كاقتباس</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Your summary of this case on this code…</source>
        <translation>ملخصك لهذه الحالة بشأن هذا الرمز…</translation>
    </message>
    <message>
        <source>&amp;Save summary</source>
        <translation>&amp;حفظ الملخص</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>حفظ الملخص</translation>
    </message>
    <message>
        <source>Summary saved or not</source>
        <translation>هل حُفظ الملخص أم لا</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Coded text (tick a passage to quote it in the summary):</source>
        <translation>النص المُرمَّز (حدّد مقتطفًا لاقتباسه في الملخص):</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>ال&amp;ملخص:</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{case}&lt;/b&gt; × &lt;b&gt;{code}&lt;/b&gt; — %Ln coded passages, {n_quoted} quoted</source>
        <translation>
            <numerusform>&lt;b&gt;{case}&lt;/b&gt; × &lt;b&gt;{code}&lt;/b&gt; — %Ln مقتطف مُرمَّز، المقتبس منها: {n_quoted}</numerusform>
            <numerusform>&lt;b&gt;{case}&lt;/b&gt; × &lt;b&gt;{code}&lt;/b&gt; — مقتطف مُرمَّز واحد، المقتبس منها: {n_quoted}</numerusform>
            <numerusform>&lt;b&gt;{case}&lt;/b&gt; × &lt;b&gt;{code}&lt;/b&gt; — مقتطفان مُرمَّزان، المقتبس منها: {n_quoted}</numerusform>
            <numerusform>&lt;b&gt;{case}&lt;/b&gt; × &lt;b&gt;{code}&lt;/b&gt; — %Ln مقتطفات مُرمَّزة، المقتبس منها: {n_quoted}</numerusform>
            <numerusform>&lt;b&gt;{case}&lt;/b&gt; × &lt;b&gt;{code}&lt;/b&gt; — %Ln مقتطفًا مُرمَّزًا، المقتبس منها: {n_quoted}</numerusform>
            <numerusform>&lt;b&gt;{case}&lt;/b&gt; × &lt;b&gt;{code}&lt;/b&gt; — %Ln مقتطف مُرمَّز، المقتبس منها: {n_quoted}</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved yet (saved when you leave the editor).</source>
        <translation>لم يُحفظ بعد (يُحفظ عند مغادرة المحرر).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>this version of qcode cannot write a Framework sheet</source>
        <translation>هذا الإصدار من qcode لا يستطيع كتابة ورقة الإطار</translation>
    </message>
    <message>
        <source>Export framework matrix</source>
        <translation>تصدير مصفوفة الإطار</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Wrote the framework matrix to {target}.</source>
        <translation>كُتبت مصفوفة الإطار في {target}.</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>جارٍ كتابة المصنف…</translation>
    </message>
</context>
<context>
    <name>FrequenciesTab</name>
    <message>
        <source>{m}: the code&apos;s own codings</source>
        <translation>{m}: الترميزات الخاصة بالرمز</translation>
    </message>
    <message>
        <source>{m}: the code&apos;s codings and its sub-codes&apos;</source>
        <translation>{m}: ترميزات الرمز ورموزه الفرعية</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>المسار</translation>
    </message>
</context>
<context>
    <name>GradesDialog</name>
    <message>
        <source>first-hand witness</source>
        <translation>شاهد مباشر</translation>
    </message>
    <message>
        <source>second-hand</source>
        <translation>غير مباشر</translation>
    </message>
    <message>
        <source>documentary</source>
        <translation>وثائقي</translation>
    </message>
    <message>
        <source>Source grades</source>
        <translation>درجات المصادر</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>الدرجات</translation>
    </message>
    <message>
        <source>&amp;First-hand (the source saw or lived it)</source>
        <translation>&amp;مباشر (رأى المصدر الأمر أو عاشه)</translation>
    </message>
    <message>
        <source>The chosen grade is first-hand</source>
        <translation>الدرجة المختارة مباشرة</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>إ&amp;ضافة…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>إعادة &amp;تسمية…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>نقل لأ&amp;على</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>نقل لأ&amp;سفل</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Add the usual three</source>
        <translation>إضافة الدرجات الثلاث المعتادة</translation>
    </message>
    <message>
        <source>{action} grade</source>
        <translation>{action} (الدرجة)</translation>
    </message>
    <message>
        <source>A coding can carry one grade (right-click it in the text ▸ Grade). The corroboration table counts the sources with a first-hand grade.</source>
        <translation>يمكن أن يحمل الترميز درجة واحدة (انقر عليه بالزر الأيمن في النص ▸ الدرجة). يحصي جدول تعزيز الأدلة المصادر ذات الدرجة المباشرة.</translation>
    </message>
    <message>
        <source>  (first-hand)</source>
        <translation>  (مباشر)</translation>
    </message>
    <message>
        <source>New grade</source>
        <translation>درجة جديدة</translation>
    </message>
    <message>
        <source>Name of the grade:</source>
        <translation>اسم الدرجة:</translation>
    </message>
    <message>
        <source>Rename grade</source>
        <translation>إعادة تسمية الدرجة</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>الاسم الجديد:</translation>
    </message>
</context>
<context>
    <name>HitsModel</name>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>المقتطف</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>How the codings in the passage were made</source>
        <translation>كيف صُنعت الترميزات في هذا المقتطف</translation>
    </message>
</context>
<context>
    <name>HitsView</name>
    <message>
        <source>Query results</source>
        <translation>نتائج الاستعلام</translation>
    </message>
</context>
<context>
    <name>IdentifiersDialog</name>
    <message>
        <source>Replace</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>السياق</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>عُثر عليه بواسطة</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>البديل</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>نمط</translation>
    </message>
    <message>
        <source>language model</source>
        <translation>نموذج لغوي</translation>
    </message>
    <message>
        <source>pseudonym table</source>
        <translation>جدول الأسماء المستعارة</translation>
    </message>
    <message>
        <source>Find identifying details — qcode</source>
        <translation>البحث عن التفاصيل المُعرِّفة — qcode</translation>
    </message>
    <message>
        <source>Find identifying details</source>
        <translation>البحث عن التفاصيل المُعرِّفة</translation>
    </message>
    <message>
        <source>Look in</source>
        <translation>البحث في</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>جميع المستندات</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>ال&amp;بحث في:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Identifying details</source>
        <translation>التفاصيل المُعرِّفة</translation>
    </message>
    <message>
        <source>&amp;Add to pseudonyms</source>
        <translation>إ&amp;ضافة إلى الأسماء المستعارة</translation>
    </message>
    <message>
        <source>Add to pseudonyms</source>
        <translation>إضافة إلى الأسماء المستعارة</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>تحديد ال&amp;كل</translation>
    </message>
    <message>
        <source>&amp;Untick all</source>
        <translation>إلغاء تحديد ا&amp;لكل</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Tick the details that could identify someone and check each replacement; exports will show the replacement instead. Double-click a row to see it in its document.</source>
        <translation>حدّد التفاصيل التي قد تكشف هوية شخص ما وتحقق من كل بديل؛ ستُظهر عمليات التصدير البديل بدلًا منها. انقر نقرًا مزدوجًا على صف لرؤيته في مستنده.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln possible identifying details found.</source>
        <translation>
            <numerusform>عُثر على %Ln تفصيل قد يكشف الهوية.</numerusform>
            <numerusform>عُثر على تفصيل قد يكشف الهوية واحد.</numerusform>
            <numerusform>عُثر على تفصيلان قد يكشفان الهوية.</numerusform>
            <numerusform>عُثر على %Ln تفاصيل قد تكشف الهوية.</numerusform>
            <numerusform>عُثر على %Ln تفصيلًا قد يكشف الهوية.</numerusform>
            <numerusform>عُثر على %Ln تفصيل قد يكشف الهوية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln pseudonyms (Edit ▸ Undo takes them back).</source>
        <translation>
            <numerusform>تمت إضافة %Ln اسم مستعار (تحرير ▸ تراجع يلغي ذلك).</numerusform>
            <numerusform>تمت إضافة اسم مستعار واحد (تحرير ▸ تراجع يلغي ذلك).</numerusform>
            <numerusform>تمت إضافة اسمان مستعاران (تحرير ▸ تراجع يلغي ذلك).</numerusform>
            <numerusform>تمت إضافة %Ln أسماء مستعارة (تحرير ▸ تراجع يلغي ذلك).</numerusform>
            <numerusform>تمت إضافة %Ln اسمًا مستعارًا (تحرير ▸ تراجع يلغي ذلك).</numerusform>
            <numerusform>تمت إضافة %Ln اسم مستعار (تحرير ▸ تراجع يلغي ذلك).</numerusform>
        </translation>
    </message>
    <message>
        <source>in table</source>
        <translation>في الجدول</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>لغة النظام الافتراضية</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The new language is used the next time qcode starts.</source>
        <translation>ستُستخدم اللغة الجديدة في المرة القادمة التي يبدأ فيها qcode.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link coding</source>
        <translation>ربط الترميز</translation>
    </message>
    <message>
        <source>Which codings to list</source>
        <translation>أي الترميزات تُعرض</translation>
    </message>
    <message>
        <source>this document</source>
        <translation>هذا المستند</translation>
    </message>
    <message>
        <source>the whole project</source>
        <translation>المشروع كله</translation>
    </message>
    <message>
        <source>Code of the codings listed</source>
        <translation>رمز الترميزات المعروضة</translation>
    </message>
    <message>
        <source>(every code)</source>
        <translation>(كل رمز)</translation>
    </message>
    <message>
        <source>Coding to link to</source>
        <translation>الترميز المراد الربط به</translation>
    </message>
    <message>
        <source>Link type</source>
        <translation>نوع الرابط</translation>
    </message>
    <message>
        <source>New type…</source>
        <translation>نوع جديد…</translation>
    </message>
    <message>
        <source>Link memo</source>
        <translation>مذكرة الرابط</translation>
    </message>
    <message>
        <source>optional: why these passages belong together</source>
        <translation>اختياري: لماذا تتلازم هذه المقتطفات</translation>
    </message>
    <message>
        <source>Link problem</source>
        <translation>مشكلة في الرابط</translation>
    </message>
    <message>
        <source>Show codings in</source>
        <translation>إظهار الترميزات في</translation>
    </message>
    <message>
        <source>of</source>
        <translation>بالرمز</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>الن&amp;وع:</translation>
    </message>
    <message>
        <source>&amp;Memo:</source>
        <translation>الم&amp;ذكرة:</translation>
    </message>
    <message>
        <source>From: {segment_label}</source>
        <translation>من: {segment_label}</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>إ&amp;لى:</translation>
    </message>
    <message>
        <source>New link type</source>
        <translation>نوع رابط جديد</translation>
    </message>
    <message>
        <source>Name of the link type:</source>
        <translation>اسم نوع الرابط:</translation>
    </message>
    <message>
        <source>(chosen before) {label}</source>
        <translation>(اختير سابقًا) {label}</translation>
    </message>
    <message>
        <source>Choose a code to list the project&apos;s codings of it.</source>
        <translation>اختر رمزًا لعرض ترميزات المشروع به.</translation>
    </message>
    <message>
        <source>Choose the coding to link to.</source>
        <translation>اختر الترميز المراد الربط به.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>All coders</source>
        <translation>جميع المُرمِّزين</translation>
    </message>
    <message>
        <source>(project as opened)</source>
        <translation>(المشروع كما فُتح)</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>سجل التحرير</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>دفتر الرموز</translation>
    </message>
    <message>
        <source>Coded segments</source>
        <translation>المقتطفات المُرمَّزة</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>الاقتراحات</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>المتحدثون</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <source>Show codings by</source>
        <translation>إظهار الترميزات حسب</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Find in documents…</source>
        <translation>ال&amp;بحث في المستندات…</translation>
    </message>
    <message>
        <source>&amp;Coding</source>
        <translation>ا&amp;لترميز</translation>
    </message>
    <message>
        <source>Favourite codes (keys 1–9)</source>
        <translation>الرموز المفضلة (المفاتيح 1–9)</translation>
    </message>
    <message>
        <source>Set my coder &amp;name…</source>
        <translation>تعيين ا&amp;سمي كمُرمِّز…</translation>
    </message>
    <message>
        <source>C&amp;odes</source>
        <translation>ال&amp;رموز</translation>
    </message>
    <message>
        <source>Code &amp;memo…</source>
        <translation>&amp;مذكرة الرمز…</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>المستن&amp;دات</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>الت&amp;قارير</translation>
    </message>
    <message>
        <source>Inter-coder &amp;agreement…</source>
        <translation>الا&amp;تفاق بين المُرمِّزين…</translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation>ت&amp;حليل</translation>
    </message>
    <message>
        <source>&amp;Query…</source>
        <translation>ا&amp;ستعلام…</translation>
    </message>
    <message>
        <source>&amp;Framework matrix…</source>
        <translation>مصفوفة الإ&amp;طار…</translation>
    </message>
    <message>
        <source>&amp;Corroboration…</source>
        <translation>تعز&amp;يز الأدلة…</translation>
    </message>
    <message>
        <source>&amp;Speakers</source>
        <translation>المت&amp;حدثون</translation>
    </message>
    <message>
        <source>C&amp;ases</source>
        <translation>الحا&amp;لات</translation>
    </message>
    <message>
        <source>Source &amp;grades…</source>
        <translation>&amp;درجات المصادر…</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>ال&amp;خصوصية</translation>
    </message>
    <message>
        <source>&amp;Pseudonyms…</source>
        <translation>الأسماء ال&amp;مستعارة…</translation>
    </message>
    <message>
        <source>Find &amp;identifying details…</source>
        <translation>البحث عن التفاصيل المُ&amp;عرِّفة…</translation>
    </message>
    <message>
        <source>&amp;Redact documents permanently…</source>
        <translation>ح&amp;جب المستندات نهائيًا…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات لوحة ال&amp;مفاتيح</translation>
    </message>
    <message>
        <source>&amp;About qcode…</source>
        <translation>&amp;حول qcode…</translation>
    </message>
    <message>
        <source>{n_documents} documents</source>
        <translation>{n_documents} مستندات</translation>
    </message>
    <message>
        <source>Assign to case…</source>
        <translation>إسناد إلى حالة…</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>الترميز</translation>
    </message>
    <message>
        <source>Code as…</source>
        <translation>ترميز كـ…</translation>
    </message>
    <message>
        <source>In vivo</source>
        <translation>ترميز حرفي</translation>
    </message>
    <message>
        <source> Show codings by: </source>
        <translation> إظهار الترميزات حسب: </translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [للقراءة فقط]</translation>
    </message>
    <message>
        <source> 🔒 [encrypted]</source>
        <translation> 🔒 [مشفّر]</translation>
    </message>
    <message>
        <source>{name} ({file}){flag} — qcode</source>
        <translation>{name} ({file}){flag} — qcode</translation>
    </message>
    <message>
        <source>Coding as: {coder_name}  </source>
        <translation>الترميز باسم: {coder_name}  </translation>
    </message>
    <message>
        <source>Select a code in the codebook first.</source>
        <translation>حدد رمزًا في دفتر الرموز أولًا.</translation>
    </message>
    <message>
        <source>Memo on code &apos;{name}&apos;</source>
        <translation>مذكرة عن الرمز «{name}»</translation>
    </message>
    <message>
        <source>Ctrl+O open project · Ctrl+Shift+I import documents · Ctrl+F find in documents</source>
        <translation>Ctrl+O فتح مشروع · Ctrl+Shift+I استيراد مستندات · Ctrl+F البحث في المستندات</translation>
    </message>
    <message>
        <source>Ctrl+K code selection as… · Ctrl+I code in vivo · 1–9 favourite codes</source>
        <translation>Ctrl+K ترميز التحديد كـ… · Ctrl+I ترميز حرفي · 1–9 الرموز المفضلة</translation>
    </message>
    <message>
        <source>Ctrl+Z undo · Ctrl+Shift+Z redo · F2 rename · Delete remove</source>
        <translation>Ctrl+Z تراجع · Ctrl+Shift+Z إعادة · F2 إعادة تسمية · Delete إزالة</translation>
    </message>
    <message>
        <source>Ctrl+R reports · Ctrl+E export to Excel · Ctrl+Shift+Q query the coding</source>
        <translation>Ctrl+R التقارير · Ctrl+E تصدير إلى Excel · Ctrl+Shift+Q الاستعلام في الترميز</translation>
    </message>
    <message>
        <source>Double-click a code to apply it to the selected text, or drag the text onto a code.</source>
        <translation>انقر نقرًا مزدوجًا على رمز لتطبيقه على النص المحدد، أو اسحب النص إلى رمز.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
</context>
<context>
    <name>MatrixTab</name>
    <message>
        <source>Include &amp;sub-codes</source>
        <translation>تضمين الرموز ال&amp;فرعية</translation>
    </message>
    <message>
        <source>Count each code&apos;s sub-codes in its row</source>
        <translation>احتساب الرموز الفرعية لكل رمز في صفّه</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source> in {headers}</source>
        <translation> في {headers}</translation>
    </message>
</context>
<context>
    <name>MediaPlayer</name>
    <message>
        <source>Recording player</source>
        <translation>مشغّل التسجيلات</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Play or pause the recording</source>
        <translation>تشغيل التسجيل أو إيقافه مؤقتًا</translation>
    </message>
    <message>
        <source>−{SKIP_SECONDS:.0f} s</source>
        <translation>−{SKIP_SECONDS:.0f} ث</translation>
    </message>
    <message>
        <source>Back five seconds</source>
        <translation>الرجوع خمس ثوانٍ</translation>
    </message>
    <message>
        <source>+{SKIP_SECONDS:.0f} s</source>
        <translation>+{SKIP_SECONDS:.0f} ث</translation>
    </message>
    <message>
        <source>Forward five seconds</source>
        <translation>التقدم خمس ثوانٍ</translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation>الموضع في التسجيل</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>سرعة التشغيل</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>مستوى الصوت</translation>
    </message>
    <message>
        <source>Follow in text</source>
        <translation>المتابعة في النص</translation>
    </message>
    <message>
        <source>Scroll the text to the passage being played</source>
        <translation>تمرير النص إلى المقتطف الجاري تشغيله</translation>
    </message>
    <message>
        <source>Recording status</source>
        <translation>حالة التسجيل</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>السرعة</translation>
    </message>
    <message>
        <source>This copy of qcode cannot play {name}: Qt Multimedia is missing.</source>
        <translation>لا تستطيع نسخة qcode هذه تشغيل {name}: مكتبة Qt Multimedia غير موجودة.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>the recording</source>
        <translation>التسجيل</translation>
    </message>
    <message>
        <source>its format or codec is not supported on this computer</source>
        <translation>صيغته أو برنامج ترميزه غير مدعوم على هذا الحاسوب</translation>
    </message>
    <message>
        <source>{name} cannot be played: {reason}. The transcript stays usable.</source>
        <translation>لا يمكن تشغيل {name}: {reason}. يبقى النص المُفرَّغ قابلًا للاستخدام.</translation>
    </message>
</context>
<context>
    <name>MediaSync</name>
    <message>
        <source>The recording {file_name} is not the file that was linked (bytes changed). The transcript stays usable.</source>
        <translation>التسجيل {file_name} ليس الملف الذي رُبط (تغيّرت بايتاته). يبقى النص المُفرَّغ قابلًا للاستخدام.</translation>
    </message>
    <message>
        <source>The recording {file_name} is missing (looked for {path}). The transcript stays usable.</source>
        <translation>التسجيل {file_name} مفقود (بُحث عنه في {path}). يبقى النص المُفرَّغ قابلًا للاستخدام.</translation>
    </message>
    <message>
        <source>Found {name} at {parent}</source>
        <translation>عُثر على {name} في {parent}</translation>
    </message>
    <message>
        <source>The recording is not encrypted.</source>
        <translation>التسجيل غير مشفّر.</translation>
    </message>
    <message>
        <source>This transcript has no times.</source>
        <translation>لا يحتوي هذا النص المُفرَّغ على أوقات.</translation>
    </message>
    <message>
        <source>Play this passage {label} ({clock_span})</source>
        <translation>تشغيل هذا المقتطف {label} ({clock_span})</translation>
    </message>
    <message>
        <source>  in the recording at {shown}</source>
        <translation>  في التسجيل عند {shown}</translation>
    </message>
</context>
<context>
    <name>MemoDialog</name>
    <message>
        <source>memo target must be one of {MEMO_TARGETS}, not {target!r}</source>
        <translation>يجب أن يكون هدف المذكرة أحد {MEMO_TARGETS}، لا {target!r}</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>المذكرات</translation>
    </message>
    <message>
        <source>Memo text</source>
        <translation>نص المذكرة</translation>
    </message>
    <message>
        <source>Write your memo here…</source>
        <translation>اكتب مذكرتك هنا…</translation>
    </message>
    <message>
        <source>&amp;New memo</source>
        <translation>مذكرة &amp;جديدة</translation>
    </message>
    <message>
        <source>New memo</source>
        <translation>مذكرة جديدة</translation>
    </message>
    <message>
        <source>&amp;Delete memo</source>
        <translation>&amp;حذف المذكرة</translation>
    </message>
    <message>
        <source>Delete memo</source>
        <translation>حذف المذكرة</translation>
    </message>
    <message>
        <source>Memo problem</source>
        <translation>مشكلة في المذكرة</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغة)</translation>
    </message>
    <message>
        <source>A memo cannot be empty: write something, or press Delete memo.</source>
        <translation>لا يمكن أن تكون المذكرة فارغة: اكتب شيئًا، أو اضغط «حذف المذكرة».</translation>
    </message>
</context>
<context>
    <name>MemosTab</name>
    <message>
        <source>Memos</source>
        <translation>المذكرات</translation>
    </message>
    <message>
        <source>Show the memo&apos;s text</source>
        <translation>إظهار نص المذكرة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln memos.</source>
        <translation>
            <numerusform>%Ln مذكرة.</numerusform>
            <numerusform>مذكرة واحدة.</numerusform>
            <numerusform>مذكرتان.</numerusform>
            <numerusform>%Ln مذكرات.</numerusform>
            <numerusform>%Ln مذكرةً.</numerusform>
            <numerusform>%Ln مذكرة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Memo: {title}</source>
        <translation>مذكرة: {title}</translation>
    </message>
</context>
<context>
    <name>MergeReportDialog</name>
    <message>
        <source>Merge report — qcode</source>
        <translation>تقرير الدمج — qcode</translation>
    </message>
    <message>
        <source>Merge report</source>
        <translation>تقرير الدمج</translation>
    </message>
    <message>
        <source>Merged projects</source>
        <translation>المشاريع المدمجة</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>حُفظ التقرير</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>حفظ التقرير…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <source>Merged from &lt;b&gt;{escape}&lt;/b&gt;.</source>
        <translation>دُمج من &lt;b&gt;{escape}&lt;/b&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln codings were kept on a copy of their document, because their text is not in this project.</source>
        <translation>
            <numerusform>احتُفظ بـ%Ln ترميز على نسخة من المستند، لأن النص ليس في هذا المشروع.</numerusform>
            <numerusform>احتُفظ بـترميز واحد على نسخة من المستند، لأن النص ليس في هذا المشروع.</numerusform>
            <numerusform>احتُفظ بـترميزان على نسخة من المستند، لأن النص ليس في هذا المشروع.</numerusform>
            <numerusform>احتُفظ بـ%Ln ترميزات على نسخة من المستند، لأن النص ليس في هذا المشروع.</numerusform>
            <numerusform>احتُفظ بـ%Ln ترميزًا على نسخة من المستند، لأن النص ليس في هذا المشروع.</numerusform>
            <numerusform>احتُفظ بـ%Ln ترميز على نسخة من المستند، لأن النص ليس في هذا المشروع.</numerusform>
        </translation>
    </message>
    <message>
        <source>This project as it was before: {escape}</source>
        <translation>هذا المشروع كما كان من قبل: {escape}</translation>
    </message>
    <message>
        <source>No backup was written.</source>
        <translation>لم تُكتب نسخة احتياطية.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Conflicts to check ({n_conflicts})</source>
        <translation>تعارضات يجب التحقق منها ({n_conflicts})</translation>
    </message>
    <message>
        <source>None: nothing to check.</source>
        <translation>لا شيء: لا يوجد ما يُتحقق منه.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>coding</source>
        <translation>الترميز</translation>
    </message>
    <message>
        <source>memo</source>
        <translation>المذكرة</translation>
    </message>
    <message>
        <source>coder</source>
        <translation>المُرمِّز</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>السمة</translation>
    </message>
    <message>
        <source>pseudonym</source>
        <translation>الاسم المستعار</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>المتحدث</translation>
    </message>
    <message>
        <source>case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>framework</source>
        <translation>الإطار</translation>
    </message>
    <message>
        <source>link</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>التقدير</translation>
    </message>
    <message>
        <source>query</source>
        <translation>الاستعلام</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <source>Re-anchored codings ({n_moved})</source>
        <translation>ترميزات أُعيد تثبيتها ({n_moved})</translation>
    </message>
    <message>
        <source>None: every merged coding covers the same text as in the other project.</source>
        <translation>لا شيء: كل ترميز مدمج يغطي النص نفسه كما في المشروع الآخر.</translation>
    </message>
    <message>
        <source>These documents&apos; text differs between the projects, so these codings were moved to where the same text is in this project.</source>
        <translation>يختلف نص هذه المستندات بين المشروعين، لذا نُقلت هذه الترميزات إلى موضع النص نفسه في هذا المشروع.</translation>
    </message>
    <message>
        <source>Re-anchored codings</source>
        <translation>ترميزات أُعيد تثبيتها</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>المُرمِّز</translation>
    </message>
    <message>
        <source>Old text</source>
        <translation>النص القديم</translation>
    </message>
    <message>
        <source>New text</source>
        <translation>النص الجديد</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>الرموز</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>الترميزات</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>المذكرات</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>المُرمِّزون</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>السمات</translation>
    </message>
    <message>
        <source>Attribute values</source>
        <translation>قيم السمات</translation>
    </message>
    <message>
        <source>Rejected suggestions</source>
        <translation>الاقتراحات المرفوضة</translation>
    </message>
    <message>
        <source>Pseudonyms</source>
        <translation>الأسماء المستعارة</translation>
    </message>
    <message>
        <source>Merge counts</source>
        <translation>أعداد الدمج</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>أُضيف</translation>
    </message>
    <message>
        <source>Already here (skipped)</source>
        <translation>موجود مسبقًا (تم تخطيه)</translation>
    </message>
    <message>
        <source>Save merge report</source>
        <translation>حفظ تقرير الدمج</translation>
    </message>
    <message>
        <source>merge report.json</source>
        <translation>merge report.json</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not save the report: {problem}</source>
        <translation>تعذّر حفظ التقرير: {problem}</translation>
    </message>
    <message>
        <source>Saved the report to {path}.</source>
        <translation>حُفظ التقرير في {path}.</translation>
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
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>عبارة المرور مرة أخرى</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>عبارة المرور:</translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation>العبارة نفسها مرة أخرى:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Edit participant</source>
        <translation>تحرير مشارك</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>إضافة مشارك</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Their documents</source>
        <translation>مستنداته</translation>
    </message>
    <message>
        <source>Speaker label</source>
        <translation>تسمية المتحدث</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>Their &amp;documents:</source>
        <translation>م&amp;ستنداته:</translation>
    </message>
    <message>
        <source>Their turns as &amp;speaker:</source>
        <translation>أدواره كمت&amp;حدث:</translation>
    </message>
    <message>
        <source>May be &amp;quoted:</source>
        <translation>يجوز الا&amp;قتباس منه:</translation>
    </message>
    <message>
        <source>May be na&amp;med:</source>
        <translation>يجوز ذكر ا&amp;سمه:</translation>
    </message>
    <message>
        <source>Keep the &amp;recording:</source>
        <translation>الاحتفاظ بال&amp;تسجيل:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (empty: no date)</source>
        <translation>YYYY-MM-DD (فارغ: بلا تاريخ)</translation>
    </message>
    <message>
        <source>Retain until</source>
        <translation>الاحتفاظ حتى</translation>
    </message>
    <message>
        <source>e.g. the number of their signed consent form</source>
        <translation>مثلًا: رقم استمارة الموافقة التي وقّعها</translation>
    </message>
    <message>
        <source>Consent reference</source>
        <translation>مرجع الموافقة</translation>
    </message>
    <message>
        <source>Keep their data &amp;until:</source>
        <translation>الاحتفاظ ببياناته &amp;حتى:</translation>
    </message>
    <message>
        <source>Consent &amp;reference:</source>
        <translation>مر&amp;جع الموافقة:</translation>
    </message>
    <message>
        <source>A passage of a participant who may not be quoted is left out of every export of quotes (with a count of what was left out).</source>
        <translation>يُستبعد أي مقتطف لمشارك لا يجوز الاقتباس منه من كل عملية تصدير للاقتباسات (مع عدد ما استُبعد).</translation>
    </message>
    <message>
        <source>Recordings to unlink</source>
        <translation>التسجيلات التي سيُلغى ربطها</translation>
    </message>
    <message>
        <source>Also de&amp;lete the files of their own interviews&apos; recordings</source>
        <translation>احذف أيضًا ملفات تسجيلات م&amp;قابلاته الخاصة</translation>
    </message>
    <message>
        <source>Only a file that is still the recording linked; never a group recording, which holds other people&apos;s voices</source>
        <translation>لا يُحذف إلا ملف لا يزال هو التسجيل المربوط؛ ولا يُحذف أبدًا تسجيل جماعي فيه أصوات آخرين</translation>
    </message>
    <message>
        <source>{file} — others speak in it too: cut their turns out of it or delete it</source>
        <translation>{file} — يتحدث فيه آخرون أيضًا: اقتطع مداخلاته منه أو احذفه</translation>
    </message>
    <message>
        <source>{file} — their own interview</source>
        <translation>{file} — مقابلته الخاصة</translation>
    </message>
    <message>
        <source>Their recording may not be kept: saving unlinks these recordings; the files stay on disk unless you tick below:
{recordings}</source>
        <translation>لا يجوز الاحتفاظ بتسجيله: الحفظ يلغي ربط هذه التسجيلات؛ تبقى الملفات على القرص ما لم تؤشّر على الخيار أدناه:
{recordings}</translation>
    </message>
    <message>
        <source>Recordings unlinked</source>
        <translation>أُلغي ربط التسجيلات</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>المتحدث</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>الاقتباس</translation>
    </message>
    <message>
        <source>May what they said be quoted in exports and reports?</source>
        <translation>هل يجوز الاقتباس مما قاله في عمليات التصدير والتقارير؟</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>ذكر الاسم</translation>
    </message>
    <message>
        <source>May they be named?</source>
        <translation>هل يجوز ذكر اسمه؟</translation>
    </message>
    <message>
        <source>Keep recording</source>
        <translation>الاحتفاظ بالتسجيل</translation>
    </message>
    <message>
        <source>May the recording be kept?</source>
        <translation>هل يجوز الاحتفاظ بالتسجيل؟</translation>
    </message>
    <message>
        <source>Retain until</source>
        <translation>الاحتفاظ حتى</translation>
    </message>
    <message>
        <source>This date has passed.</source>
        <translation>انقضى هذا التاريخ.</translation>
    </message>
    <message>
        <source>Consent ref</source>
        <translation>مرجع الموافقة</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>إ&amp;ضافة…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تحرير…</translation>
    </message>
    <message>
        <source>&amp;Withdraw participant…</source>
        <translation>&amp;سحب المشارك…</translation>
    </message>
    <message>
        <source>Delete everything about the selected participant, for good (not undoable)</source>
        <translation>حذف كل ما يخص المشارك المحدد، نهائيًا (لا يمكن التراجع عنه)</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تحرير…</translation>
    </message>
    <message>
        <source>Withdraw participant…</source>
        <translation>سحب المشارك…</translation>
    </message>
    <message>
        <source>Select a participant first.</source>
        <translation>حدد مشاركًا أولًا.</translation>
    </message>
    <message>
        <source>Select the participant who withdrew first.</source>
        <translation>حدد أولًا المشارك الذي انسحب.</translation>
    </message>
</context>
<context>
    <name>Plural</name>
    <message numerus="yes">
        <source>%Ln codings</source>
        <translation>
            <numerusform>%Ln ترميز</numerusform>
            <numerusform>ترميز واحد</numerusform>
            <numerusform>ترميزان</numerusform>
            <numerusform>%Ln ترميزات</numerusform>
            <numerusform>%Ln ترميزًا</numerusform>
            <numerusform>%Ln ترميز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bytes</source>
        <translation>
            <numerusform>%Ln بايت</numerusform>
            <numerusform>بايت واحد</numerusform>
            <numerusform>بايتان</numerusform>
            <numerusform>%Ln بايتات</numerusform>
            <numerusform>%Ln بايتًا</numerusform>
            <numerusform>%Ln بايت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %Ln more lines of difference not shown</source>
        <translation>
            <numerusform>… لم يُعرض من الفروق: %Ln سطر أخرى</numerusform>
            <numerusform>… لم يُعرض من الفروق: سطر واحد أخرى</numerusform>
            <numerusform>… لم يُعرض من الفروق: سطران أخرى</numerusform>
            <numerusform>… لم يُعرض من الفروق: %Ln أسطر أخرى</numerusform>
            <numerusform>… لم يُعرض من الفروق: %Ln سطرًا أخرى</numerusform>
            <numerusform>… لم يُعرض من الفروق: %Ln سطر أخرى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln documents</source>
        <translation>
            <numerusform>%Ln مستند</numerusform>
            <numerusform>مستند واحد</numerusform>
            <numerusform>مستندان</numerusform>
            <numerusform>%Ln مستندات</numerusform>
            <numerusform>%Ln مستندًا</numerusform>
            <numerusform>%Ln مستند</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln original files</source>
        <translation>
            <numerusform>%Ln ملف أصلي</numerusform>
            <numerusform>ملف أصلي واحد</numerusform>
            <numerusform>ملفان أصليان</numerusform>
            <numerusform>%Ln ملفات أصلية</numerusform>
            <numerusform>%Ln ملفًا أصليًا</numerusform>
            <numerusform>%Ln ملف أصلي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln past versions</source>
        <translation>
            <numerusform>%Ln نسخة سابقة</numerusform>
            <numerusform>نسخة سابقة واحدة</numerusform>
            <numerusform>نسختان سابقتان</numerusform>
            <numerusform>%Ln نسخ سابقة</numerusform>
            <numerusform>%Ln نسخةً سابقة</numerusform>
            <numerusform>%Ln نسخة سابقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problems</source>
        <translation>
            <numerusform>%Ln مشكلة</numerusform>
            <numerusform>مشكلة واحدة</numerusform>
            <numerusform>مشكلتان</numerusform>
            <numerusform>%Ln مشكلات</numerusform>
            <numerusform>%Ln مشكلةً</numerusform>
            <numerusform>%Ln مشكلة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This project has %Ln pseudonyms.</source>
        <translation>
            <numerusform>في هذا المشروع %Ln اسم مستعار.</numerusform>
            <numerusform>في هذا المشروع اسم مستعار واحد.</numerusform>
            <numerusform>في هذا المشروع اسمان مستعاران.</numerusform>
            <numerusform>في هذا المشروع %Ln أسماء مستعارة.</numerusform>
            <numerusform>في هذا المشروع %Ln اسمًا مستعارًا.</numerusform>
            <numerusform>في هذا المشروع %Ln اسم مستعار.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants did not consent to being quoted: {names}.</source>
        <translation>
            <numerusform>لم يوافق على الاقتباس: %Ln مشارك ({names}).</numerusform>
            <numerusform>لم يوافق على الاقتباس: مشارك واحد ({names}).</numerusform>
            <numerusform>لم يوافق على الاقتباس: مشاركان ({names}).</numerusform>
            <numerusform>لم يوافق على الاقتباس: %Ln مشاركين ({names}).</numerusform>
            <numerusform>لم يوافق على الاقتباس: %Ln مشاركًا ({names}).</numerusform>
            <numerusform>لم يوافق على الاقتباس: %Ln مشارك ({names}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln sheets ({segments}) to {target}.</source>
        <translation>
            <numerusform>كُتب في {target}: %Ln ورقة ({segments}).</numerusform>
            <numerusform>كُتب في {target}: ورقة واحدة ({segments}).</numerusform>
            <numerusform>كُتب في {target}: ورقتان ({segments}).</numerusform>
            <numerusform>كُتب في {target}: %Ln أوراق ({segments}).</numerusform>
            <numerusform>كُتب في {target}: %Ln ورقةً ({segments}).</numerusform>
            <numerusform>كُتب في {target}: %Ln ورقة ({segments}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coded segments</source>
        <translation>
            <numerusform>%Ln مقتطف مُرمَّز</numerusform>
            <numerusform>مقتطف مُرمَّز واحد</numerusform>
            <numerusform>مقتطفان مُرمَّزان</numerusform>
            <numerusform>%Ln مقتطفات مُرمَّزة</numerusform>
            <numerusform>%Ln مقتطفًا مُرمَّزًا</numerusform>
            <numerusform>%Ln مقتطف مُرمَّز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln coded segments to {target}.</source>
        <translation>
            <numerusform>كُتب في {target}: %Ln مقتطف مُرمَّز.</numerusform>
            <numerusform>كُتب في {target}: مقتطف مُرمَّز واحد.</numerusform>
            <numerusform>كُتب في {target}: مقتطفان مُرمَّزان.</numerusform>
            <numerusform>كُتب في {target}: %Ln مقتطفات مُرمَّزة.</numerusform>
            <numerusform>كُتب في {target}: %Ln مقتطفًا مُرمَّزًا.</numerusform>
            <numerusform>كُتب في {target}: %Ln مقتطف مُرمَّز.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln codes</source>
        <translation>
            <numerusform>%Ln رمز</numerusform>
            <numerusform>رمز واحد</numerusform>
            <numerusform>رمزان</numerusform>
            <numerusform>%Ln رموز</numerusform>
            <numerusform>%Ln رمزًا</numerusform>
            <numerusform>%Ln رمز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln memos</source>
        <translation>
            <numerusform>%Ln مذكرة</numerusform>
            <numerusform>مذكرة واحدة</numerusform>
            <numerusform>مذكرتان</numerusform>
            <numerusform>%Ln مذكرات</numerusform>
            <numerusform>%Ln مذكرةً</numerusform>
            <numerusform>%Ln مذكرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This project links %Ln recordings to its transcripts. Put the recordings inside the .qdpx file? The file grows by their size; without them it refers to each recording by its path on this computer. A pseudonymised export never holds recordings.</source>
        <translation>
            <numerusform>يربط هذا المشروع بنصوصه المفرغة: %Ln تسجيل. هل تُوضع التسجيلات داخل ملف .qdpx؟ يكبر الملف بحجمها؛ ومن دونها يشير الملف إلى كل تسجيل بمساره على هذا الحاسوب. التصدير بأسماء مستعارة لا يحوي تسجيلات أبدًا.</numerusform>
            <numerusform>يربط هذا المشروع بنصوصه المفرغة: تسجيل واحد. هل تُوضع التسجيلات داخل ملف .qdpx؟ يكبر الملف بحجمها؛ ومن دونها يشير الملف إلى كل تسجيل بمساره على هذا الحاسوب. التصدير بأسماء مستعارة لا يحوي تسجيلات أبدًا.</numerusform>
            <numerusform>يربط هذا المشروع بنصوصه المفرغة: تسجيلان. هل تُوضع التسجيلات داخل ملف .qdpx؟ يكبر الملف بحجمها؛ ومن دونها يشير الملف إلى كل تسجيل بمساره على هذا الحاسوب. التصدير بأسماء مستعارة لا يحوي تسجيلات أبدًا.</numerusform>
            <numerusform>يربط هذا المشروع بنصوصه المفرغة: %Ln تسجيلات. هل تُوضع التسجيلات داخل ملف .qdpx؟ يكبر الملف بحجمها؛ ومن دونها يشير الملف إلى كل تسجيل بمساره على هذا الحاسوب. التصدير بأسماء مستعارة لا يحوي تسجيلات أبدًا.</numerusform>
            <numerusform>يربط هذا المشروع بنصوصه المفرغة: %Ln تسجيلًا. هل تُوضع التسجيلات داخل ملف .qdpx؟ يكبر الملف بحجمها؛ ومن دونها يشير الملف إلى كل تسجيل بمساره على هذا الحاسوب. التصدير بأسماء مستعارة لا يحوي تسجيلات أبدًا.</numerusform>
            <numerusform>يربط هذا المشروع بنصوصه المفرغة: %Ln تسجيل. هل تُوضع التسجيلات داخل ملف .qdpx؟ يكبر الملف بحجمها؛ ومن دونها يشير الملف إلى كل تسجيل بمساره على هذا الحاسوب. التصدير بأسماء مستعارة لا يحوي تسجيلات أبدًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln documents.</source>
        <translation>
            <numerusform>تم استيراد %Ln مستند.</numerusform>
            <numerusform>تم استيراد مستند واحد.</numerusform>
            <numerusform>تم استيراد مستندان.</numerusform>
            <numerusform>تم استيراد %Ln مستندات.</numerusform>
            <numerusform>تم استيراد %Ln مستندًا.</numerusform>
            <numerusform>تم استيراد %Ln مستند.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… و%Ln أخرى</numerusform>
            <numerusform>… وواحد آخر</numerusform>
            <numerusform>… واثنان آخران</numerusform>
            <numerusform>… و%Ln أخرى</numerusform>
            <numerusform>… و%Ln أخرى</numerusform>
            <numerusform>… و%Ln أخرى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln documents. Please check:

</source>
        <translation>
            <numerusform>تم استيراد %Ln مستند. يُرجى التحقق من:

</numerusform>
            <numerusform>تم استيراد مستند واحد. يُرجى التحقق من:

</numerusform>
            <numerusform>تم استيراد مستندان. يُرجى التحقق من:

</numerusform>
            <numerusform>تم استيراد %Ln مستندات. يُرجى التحقق من:

</numerusform>
            <numerusform>تم استيراد %Ln مستندًا. يُرجى التحقق من:

</numerusform>
            <numerusform>تم استيراد %Ln مستند. يُرجى التحقق من:

</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coders</source>
        <translation>
            <numerusform>%Ln مُرمِّز</numerusform>
            <numerusform>مُرمِّز واحد</numerusform>
            <numerusform>مُرمِّزان</numerusform>
            <numerusform>%Ln مُرمِّزين</numerusform>
            <numerusform>%Ln مُرمِّزًا</numerusform>
            <numerusform>%Ln مُرمِّز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attributes</source>
        <translation>
            <numerusform>%Ln سمة</numerusform>
            <numerusform>سمة واحدة</numerusform>
            <numerusform>سمتان</numerusform>
            <numerusform>%Ln سمات</numerusform>
            <numerusform>%Ln سمةً</numerusform>
            <numerusform>%Ln سمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From {name}: %Ln cases created, {updated} updated, {unchanged} unchanged.</source>
        <translation>
            <numerusform>من {name}: أُنشئ: %Ln حالة، وحُدّث: {updated}، ولم يتغير: {unchanged}.</numerusform>
            <numerusform>من {name}: أُنشئ: حالة واحدة، وحُدّث: {updated}، ولم يتغير: {unchanged}.</numerusform>
            <numerusform>من {name}: أُنشئ: حالتان، وحُدّث: {updated}، ولم يتغير: {unchanged}.</numerusform>
            <numerusform>من {name}: أُنشئ: %Ln حالات، وحُدّث: {updated}، ولم يتغير: {unchanged}.</numerusform>
            <numerusform>من {name}: أُنشئ: %Ln حالةً، وحُدّث: {updated}، ولم يتغير: {unchanged}.</numerusform>
            <numerusform>من {name}: أُنشئ: %Ln حالة، وحُدّث: {updated}، ولم يتغير: {unchanged}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants did not consent to being quoted ({names}): their passages are left out and counted.</source>
        <translation>
            <numerusform>لم يوافق على الاقتباس: %Ln مشارك ({names})؛ تُستبعد مقتطفاتهم ويُحتسب عددها.</numerusform>
            <numerusform>لم يوافق على الاقتباس: مشارك واحد ({names})؛ تُستبعد مقتطفاتهم ويُحتسب عددها.</numerusform>
            <numerusform>لم يوافق على الاقتباس: مشاركان ({names})؛ تُستبعد مقتطفاتهم ويُحتسب عددها.</numerusform>
            <numerusform>لم يوافق على الاقتباس: %Ln مشاركين ({names})؛ تُستبعد مقتطفاتهم ويُحتسب عددها.</numerusform>
            <numerusform>لم يوافق على الاقتباس: %Ln مشاركًا ({names})؛ تُستبعد مقتطفاتهم ويُحتسب عددها.</numerusform>
            <numerusform>لم يوافق على الاقتباس: %Ln مشارك ({names})؛ تُستبعد مقتطفاتهم ويُحتسب عددها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sections</source>
        <translation>
            <numerusform>%Ln قسم</numerusform>
            <numerusform>قسم واحد</numerusform>
            <numerusform>قسمان</numerusform>
            <numerusform>%Ln أقسام</numerusform>
            <numerusform>%Ln قسمًا</numerusform>
            <numerusform>%Ln قسم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln quotes</source>
        <translation>
            <numerusform>%Ln اقتباس</numerusform>
            <numerusform>اقتباس واحد</numerusform>
            <numerusform>اقتباسان</numerusform>
            <numerusform>%Ln اقتباسات</numerusform>
            <numerusform>%Ln اقتباسًا</numerusform>
            <numerusform>%Ln اقتباس</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln disagreements</source>
        <translation>
            <numerusform>%Ln اختلاف</numerusform>
            <numerusform>اختلاف واحد</numerusform>
            <numerusform>اختلافان</numerusform>
            <numerusform>%Ln اختلافات</numerusform>
            <numerusform>%Ln اختلافًا</numerusform>
            <numerusform>%Ln اختلاف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %Ln projects into {name}? A backup is written first.</source>
        <translation>
            <numerusform>دمج %Ln مشروع في {name}؟ تُكتب نسخة احتياطية أولًا.</numerusform>
            <numerusform>دمج مشروع واحد في {name}؟ تُكتب نسخة احتياطية أولًا.</numerusform>
            <numerusform>دمج مشروعان في {name}؟ تُكتب نسخة احتياطية أولًا.</numerusform>
            <numerusform>دمج %Ln مشاريع في {name}؟ تُكتب نسخة احتياطية أولًا.</numerusform>
            <numerusform>دمج %Ln مشروعًا في {name}؟ تُكتب نسخة احتياطية أولًا.</numerusform>
            <numerusform>دمج %Ln مشروع في {name}؟ تُكتب نسخة احتياطية أولًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %Ln projects: {added}.</source>
        <translation>
            <numerusform>تم دمج %Ln مشروع: {added}.</numerusform>
            <numerusform>تم دمج مشروع واحد: {added}.</numerusform>
            <numerusform>تم دمج مشروعان: {added}.</numerusform>
            <numerusform>تم دمج %Ln مشاريع: {added}.</numerusform>
            <numerusform>تم دمج %Ln مشروعًا: {added}.</numerusform>
            <numerusform>تم دمج %Ln مشروع: {added}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln codings added</source>
        <translation>
            <numerusform>أُضيف: %Ln ترميز</numerusform>
            <numerusform>أُضيف: ترميز واحد</numerusform>
            <numerusform>أُضيف: ترميزان</numerusform>
            <numerusform>أُضيف: %Ln ترميزات</numerusform>
            <numerusform>أُضيف: %Ln ترميزًا</numerusform>
            <numerusform>أُضيف: %Ln ترميز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln backups</source>
        <translation>
            <numerusform>%Ln نسخة احتياطية</numerusform>
            <numerusform>نسخة احتياطية واحدة</numerusform>
            <numerusform>نسختان احتياطيتان</numerusform>
            <numerusform>%Ln نسخ احتياطية</numerusform>
            <numerusform>%Ln نسخةً احتياطية</numerusform>
            <numerusform>%Ln نسخة احتياطية</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProvenanceDialog</name>
    <message>
        <source>Provenance of &apos;{name}&apos;</source>
        <translation>مصدر «{name}»</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>&amp;Save original file…</source>
        <translation>&amp;حفظ الملف الأصلي…</translation>
    </message>
    <message>
        <source>Save original file</source>
        <translation>حفظ الملف الأصلي</translation>
    </message>
    <message>
        <source>Text versions</source>
        <translation>نسخ النص</translation>
    </message>
    <message>
        <source>Difference from the text now</source>
        <translation>الفرق عن النص الحالي</translation>
    </message>
    <message>
        <source>Versions of the text ({count}); choose one to see how it differs from the text now:</source>
        <translation>نسخ النص ({count})؛ اختر واحدة لرؤية اختلافها عن النص الحالي:</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message numerus="yes">
        <source>{name} (%Ln characters)</source>
        <translation>
            <numerusform>{name} (%Ln حرف)</numerusform>
            <numerusform>{name} (حرف واحد)</numerusform>
            <numerusform>{name} (حرفان)</numerusform>
            <numerusform>{name} (%Ln أحرف)</numerusform>
            <numerusform>{name} (%Ln حرفًا)</numerusform>
            <numerusform>{name} (%Ln حرف)</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>مستورد من</translation>
    </message>
    <message>
        <source>no file (added as text: a survey answer, or a project exchange file without its source)</source>
        <translation>لا ملف (أُضيف كنص: إجابة استبيان، أو ملف تبادل مشروع دون مصدره)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>تاريخ الاستيراد</translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation>{when} بواسطة {who}</translation>
    </message>
    <message>
        <source>Original kept</source>
        <translation>الاحتفاظ بالأصل</translation>
    </message>
    <message>
        <source>yes, byte for byte, inside the project</source>
        <translation>نعم، بايتًا ببايت، داخل المشروع</translation>
    </message>
    <message>
        <source>no: only its name, size and SHA-256 (the project keeps no imported files)</source>
        <translation>لا: فقط اسمه وحجمه وبصمة SHA-256 (لا يحتفظ المشروع بأي ملفات مستوردة)</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>التحويل</translation>
    </message>
    <message>
        <source>nothing was dropped or changed</source>
        <translation>لم يُحذف أو يُغيَّر شيء</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; was not imported from a file: it has no original.</source>
        <translation>لم يُستورد «{name}» من ملف: ليس له أصل.</translation>
    </message>
    <message>
        <source>The bytes of {file_name} were not kept in the project, only its size and SHA-256.</source>
        <translation>لم تُحفظ بايتات {file_name} في المشروع، بل حجمه وبصمة SHA-256 فقط.</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>النسخة {version}</translation>
    </message>
    <message>
        <source>now (version {latest})</source>
        <translation>الآن (النسخة {latest})</translation>
    </message>
    <message>
        <source>Save the original file</source>
        <translation>حفظ الملف الأصلي</translation>
    </message>
    <message>
        <source>Wrote the original file to {written} (checked: its hash matches).</source>
        <translation>كُتب الملف الأصلي في {written} (تم التحقق: البصمة مطابقة).</translation>
    </message>
</context>
<context>
    <name>PseudonymsDialog</name>
    <message>
        <source>Pseudonyms — qcode</source>
        <translation>الأسماء المستعارة — qcode</translation>
    </message>
    <message>
        <source>Pseudonyms</source>
        <translation>الأسماء المستعارة</translation>
    </message>
    <message>
        <source>Exports show the replacement wherever the identifier appears. The project&apos;s own text is not changed.</source>
        <translation>تُظهر عمليات التصدير البديل أينما ظهر المُعرِّف. لا يتغير نص المشروع نفسه.</translation>
    </message>
    <message>
        <source>Pseudonym table</source>
        <translation>جدول الأسماء المستعارة</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>المُعرِّف</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>البديل</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>e.g. Zhang Wei</source>
        <translation>مثلًا: Zhang Wei</translation>
    </message>
    <message>
        <source>e.g. Respondent 3</source>
        <translation>مثلًا: المستجيب 3</translation>
    </message>
    <message>
        <source>&amp;Identifier:</source>
        <translation>ال&amp;مُعرِّف:</translation>
    </message>
    <message>
        <source>&amp;Replacement:</source>
        <translation>ال&amp;بديل:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>الن&amp;وع:</translation>
    </message>
    <message>
        <source>&amp;Add or change</source>
        <translation>إ&amp;ضافة أو تغيير</translation>
    </message>
    <message>
        <source>Add or change pseudonym</source>
        <translation>إضافة اسم مستعار أو تغييره</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Delete pseudonyms</source>
        <translation>حذف الأسماء المستعارة</translation>
    </message>
    <message>
        <source>Find &amp;identifying details…</source>
        <translation>البحث عن التفاصيل ال&amp;مُعرِّفة…</translation>
    </message>
    <message>
        <source>Pseudonym set: → {replacement}</source>
        <translation>عُيّن الاسم المستعار: → {replacement}</translation>
    </message>
</context>
<context>
    <name>QueryWindow</name>
    <message>
        <source>Query — {name} — qcode</source>
        <translation>استعلام — {name} — qcode</translation>
    </message>
    <message>
        <source>Query builder</source>
        <translation>منشئ الاستعلامات</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>المُرمِّزون</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>المتحدثون</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>استبعاد</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <source>Speakers whose turns the results leave out</source>
        <translation>المتحدثون الذين تستبعد النتائج أدوارهم</translation>
    </message>
    <message>
        <source>Codings made</source>
        <translation>مصدر الترميزات</translation>
    </message>
    <message>
        <source>Only the codings made these ways count</source>
        <translation>لا تُحتسب إلا الترميزات التي صُنعت بهذه الطرق</translation>
    </message>
    <message>
        <source>Document attributes, as name=value, comma-separated</source>
        <translation>سمات المستند، بصيغة اسم=قيمة، مفصولة بفواصل</translation>
    </message>
    <message>
        <source>attributes, e.g. gender=female</source>
        <translation>السمات، مثلًا gender=female</translation>
    </message>
    <message>
        <source>Build a query, then Run.</source>
        <translation>أنشئ استعلامًا، ثم شغّله.</translation>
    </message>
    <message>
        <source>Number of passages found</source>
        <translation>عدد المقتطفات التي عُثر عليها</translation>
    </message>
    <message>
        <source>&amp;Save query…</source>
        <translation>&amp;حفظ الاستعلام…</translation>
    </message>
    <message>
        <source>&amp;Code all results as…</source>
        <translation>ترميز النتائج &amp;كـ…</translation>
    </message>
    <message>
        <source>Code all results as a &amp;new code…</source>
        <translation>ترميز النتائج برمز &amp;جديد…</translation>
    </message>
    <message>
        <source>Saved queries</source>
        <translation>الاستعلامات المحفوظة</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Run the saved query</source>
        <translation>تشغيل الاستعلام المحفوظ</translation>
    </message>
    <message>
        <source>Rename the saved query</source>
        <translation>إعادة تسمية الاستعلام المحفوظ</translation>
    </message>
    <message>
        <source>Delete the saved query</source>
        <translation>حذف الاستعلام المحفوظ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>عوامل التصفية:</translation>
    </message>
    <message>
        <source>Saved queries (double-click to run):</source>
        <translation>الاستعلامات المحفوظة (انقر نقرًا مزدوجًا للتشغيل):</translation>
    </message>
    <message>
        <source>Type a query, or double-click codes and click operators.</source>
        <translation>اكتب استعلامًا، أو انقر نقرًا مزدوجًا على الرموز وانقر على المعاملات.</translation>
    </message>
    <message>
        <source>No passage answers this query.</source>
        <translation>لا يوجد مقتطف يطابق هذا الاستعلام.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln documents</source>
        <translation>
            <numerusform>%Ln مستند</numerusform>
            <numerusform>مستند واحد</numerusform>
            <numerusform>مستندان</numerusform>
            <numerusform>%Ln مستندات</numerusform>
            <numerusform>%Ln مستندًا</numerusform>
            <numerusform>%Ln مستند</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln passages in {documents}</source>
        <translation>
            <numerusform>%Ln مقتطف في {documents}</numerusform>
            <numerusform>مقتطف واحد في {documents}</numerusform>
            <numerusform>مقتطفان في {documents}</numerusform>
            <numerusform>%Ln مقتطفات في {documents}</numerusform>
            <numerusform>%Ln مقتطفًا في {documents}</numerusform>
            <numerusform>%Ln مقتطف في {documents}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coded %Ln passages as &apos;{name}&apos;{note}.</source>
        <translation>
            <numerusform>رُمِّز بـ«{name}»: %Ln مقتطف{note}.</numerusform>
            <numerusform>رُمِّز بـ«{name}»: مقتطف واحد{note}.</numerusform>
            <numerusform>رُمِّز بـ«{name}»: مقتطفان{note}.</numerusform>
            <numerusform>رُمِّز بـ«{name}»: %Ln مقتطفات{note}.</numerusform>
            <numerusform>رُمِّز بـ«{name}»: %Ln مقتطفًا{note}.</numerusform>
            <numerusform>رُمِّز بـ«{name}»: %Ln مقتطف{note}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save query</source>
        <translation>حفظ الاستعلام</translation>
    </message>
    <message>
        <source>{count} — the coding changed: Run again to update.</source>
        <translation>{count} — تغيّر الترميز: شغّل مجددًا للتحديث.</translation>
    </message>
    <message>
        <source>Name of the query:</source>
        <translation>اسم الاستعلام:</translation>
    </message>
    <message>
        <source>Saved the query &apos;{name}&apos; (Edit ▸ Undo takes it back).</source>
        <translation>حُفظ الاستعلام «{name}» (تحرير ▸ تراجع يلغيه).</translation>
    </message>
    <message>
        <source>Rename query</source>
        <translation>إعادة تسمية الاستعلام</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>الاسم الجديد:</translation>
    </message>
    <message>
        <source>Run a query that finds passages first.</source>
        <translation>شغّل أولًا استعلامًا يعثر على مقتطفات.</translation>
    </message>
    <message>
        <source>Code all results as…</source>
        <translation>ترميز النتائج كـ…</translation>
    </message>
    <message>
        <source> ({skipped_duplicates} already coded so)</source>
        <translation> ({skipped_duplicates} مُرمَّزة كذلك مسبقًا)</translation>
    </message>
    <message>
        <source>Code all results as a new code</source>
        <translation>ترميز النتائج برمز جديد</translation>
    </message>
    <message>
        <source>Name of the new code (Parent/Child to put it under a code):</source>
        <translation>اسم الرمز الجديد (أب/ابن لوضعه تحت رمز):</translation>
    </message>
</context>
<context>
    <name>RankedView</name>
    <message>
        <source>This document</source>
        <translation>هذا المستند</translation>
    </message>
    <message>
        <source>Whole project</source>
        <translation>المشروع كله</translation>
    </message>
    <message>
        <source>Find more like a code</source>
        <translation>العثور على المزيد مما يشبه رمزًا</translation>
    </message>
    <message>
        <source>Code to rank passages for</source>
        <translation>الرمز الذي تُرتَّب المقتطفات بحسبه</translation>
    </message>
    <message>
        <source>Rank passages of</source>
        <translation>ترتيب مقتطفات</translation>
    </message>
    <message>
        <source>&amp;Rank</source>
        <translation>&amp;ترتيب</translation>
    </message>
    <message>
        <source>Ranking status</source>
        <translation>حالة الترتيب</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>الثقة</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Ranked passages</source>
        <translation>المقتطفات المرتبة</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;قبول</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>&amp;رفض</translation>
    </message>
    <message>
        <source>The codebook has no code to rank passages for.</source>
        <translation>لا يحتوي دفتر الرموز على رمز لترتيب المقتطفات بحسبه.</translation>
    </message>
    <message>
        <source>Ranking…</source>
        <translation>جارٍ الترتيب…</translation>
    </message>
    <message>
        <source>Could not rank: {problem}</source>
        <translation>تعذّر الترتيب: {problem}</translation>
    </message>
    <message>
        <source>Suggestions are still learning: rank again in a moment.</source>
        <translation>لا تزال الاقتراحات قيد التعلّم: أعد الترتيب بعد لحظات.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln passages, most likely first.</source>
        <translation>
            <numerusform>%Ln مقتطف، الأرجح أولًا.</numerusform>
            <numerusform>مقتطف واحد، الأرجح أولًا.</numerusform>
            <numerusform>مقتطفان، الأرجح أولًا.</numerusform>
            <numerusform>%Ln مقتطفات، الأرجح أولًا.</numerusform>
            <numerusform>%Ln مقتطفًا، الأرجح أولًا.</numerusform>
            <numerusform>%Ln مقتطف، الأرجح أولًا.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RedactionDialog</name>
    <message>
        <source>Redact documents permanently — qcode</source>
        <translation>حجب المستندات نهائيًا — qcode</translation>
    </message>
    <message>
        <source>Redact documents permanently</source>
        <translation>حجب المستندات نهائيًا</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>شرح</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln identifiers in the pseudonym table will be replaced by their replacements in the project&apos;s own text: the ticked documents&apos; text, names and speakers, their text attributes and the memos on them and on their codings. Codings move with the text. Until the project is closed this can be undone with Edit ▸ Undo; once it is closed the redaction is permanent and the original text is gone from the project file.</source>
        <translation>
            <numerusform>سيُستبدل ما في جدول الأسماء المستعارة (%Ln مُعرِّف) ببدائله في نص المشروع نفسه: نص المستندات المحددة وأسماؤها ومتحدثوها، وسماتها النصية والمذكرات المتعلقة بها وبترميزاتها. تنتقل الترميزات مع النص. يمكن التراجع عن ذلك عبر تحرير ▸ تراجع إلى أن يُغلق المشروع؛ وبعد إغلاقه يصبح الحجب نهائيًا ويزول النص الأصلي من ملف المشروع.</numerusform>
            <numerusform>سيُستبدل ما في جدول الأسماء المستعارة (مُعرِّف واحد) ببدائله في نص المشروع نفسه: نص المستندات المحددة وأسماؤها ومتحدثوها، وسماتها النصية والمذكرات المتعلقة بها وبترميزاتها. تنتقل الترميزات مع النص. يمكن التراجع عن ذلك عبر تحرير ▸ تراجع إلى أن يُغلق المشروع؛ وبعد إغلاقه يصبح الحجب نهائيًا ويزول النص الأصلي من ملف المشروع.</numerusform>
            <numerusform>سيُستبدل ما في جدول الأسماء المستعارة (مُعرِّفان) ببدائله في نص المشروع نفسه: نص المستندات المحددة وأسماؤها ومتحدثوها، وسماتها النصية والمذكرات المتعلقة بها وبترميزاتها. تنتقل الترميزات مع النص. يمكن التراجع عن ذلك عبر تحرير ▸ تراجع إلى أن يُغلق المشروع؛ وبعد إغلاقه يصبح الحجب نهائيًا ويزول النص الأصلي من ملف المشروع.</numerusform>
            <numerusform>سيُستبدل ما في جدول الأسماء المستعارة (%Ln مُعرِّفات) ببدائله في نص المشروع نفسه: نص المستندات المحددة وأسماؤها ومتحدثوها، وسماتها النصية والمذكرات المتعلقة بها وبترميزاتها. تنتقل الترميزات مع النص. يمكن التراجع عن ذلك عبر تحرير ▸ تراجع إلى أن يُغلق المشروع؛ وبعد إغلاقه يصبح الحجب نهائيًا ويزول النص الأصلي من ملف المشروع.</numerusform>
            <numerusform>سيُستبدل ما في جدول الأسماء المستعارة (%Ln مُعرِّفًا) ببدائله في نص المشروع نفسه: نص المستندات المحددة وأسماؤها ومتحدثوها، وسماتها النصية والمذكرات المتعلقة بها وبترميزاتها. تنتقل الترميزات مع النص. يمكن التراجع عن ذلك عبر تحرير ▸ تراجع إلى أن يُغلق المشروع؛ وبعد إغلاقه يصبح الحجب نهائيًا ويزول النص الأصلي من ملف المشروع.</numerusform>
            <numerusform>سيُستبدل ما في جدول الأسماء المستعارة (%Ln مُعرِّف) ببدائله في نص المشروع نفسه: نص المستندات المحددة وأسماؤها ومتحدثوها، وسماتها النصية والمذكرات المتعلقة بها وبترميزاتها. تنتقل الترميزات مع النص. يمكن التراجع عن ذلك عبر تحرير ▸ تراجع إلى أن يُغلق المشروع؛ وبعد إغلاقه يصبح الحجب نهائيًا ويزول النص الأصلي من ملف المشروع.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pseudonym table is empty: add the identifiers to replace with Privacy ▸ Pseudonyms… first.</source>
        <translation>جدول الأسماء المستعارة فارغ: أضف أولًا المُعرِّفات المراد استبدالها عبر الخصوصية ▸ الأسماء المستعارة….</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>These backups beside the project still hold the original text: {files}. Delete them if the project must never hold it.</source>
        <translation>لا تزال هذه النسخ الاحتياطية الموجودة بجانب المشروع تحتوي على النص الأصلي: {files}. احذفها إذا كان يجب ألا يحتوي المشروع عليه أبدًا.</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>التسجيلات</translation>
    </message>
    <message>
        <source>Documents to redact</source>
        <translation>المستندات المراد حجبها</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>تحديد ال&amp;كل</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>تحديد الكل</translation>
    </message>
    <message>
        <source>&amp;Redact</source>
        <translation>&amp;حجب</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>حجب</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>&apos;{document}&apos; ({file})</source>
        <translation>”{document}“ ({file})</translation>
    </message>
    <message>
        <source>qcode cannot redact audio: these recordings will still say every identifier replaced in the text: {recordings}. Keep them apart from anything shared, or edit them.</source>
        <translation>لا يستطيع qcode تنقيح الصوت: ستظل هذه التسجيلات تنطق كل مُعرِّف استُبدل في النص: {recordings}. احفظها بعيدًا عن كل ما يُشارك، أو حرّرها.</translation>
    </message>
    <message>
        <source>Recordings still hold what was replaced</source>
        <translation>لا تزال التسجيلات تحمل ما استُبدل</translation>
    </message>
    <message numerus="yes">
        <source>Redacted %Ln documents ({replaced}): Edit ▸ Undo until the project is closed.</source>
        <translation>
            <numerusform>تم حجب %Ln مستند ({replaced}): تحرير ▸ تراجع متاح إلى أن يُغلق المشروع.</numerusform>
            <numerusform>تم حجب مستند واحد ({replaced}): تحرير ▸ تراجع متاح إلى أن يُغلق المشروع.</numerusform>
            <numerusform>تم حجب مستندان ({replaced}): تحرير ▸ تراجع متاح إلى أن يُغلق المشروع.</numerusform>
            <numerusform>تم حجب %Ln مستندات ({replaced}): تحرير ▸ تراجع متاح إلى أن يُغلق المشروع.</numerusform>
            <numerusform>تم حجب %Ln مستندًا ({replaced}): تحرير ▸ تراجع متاح إلى أن يُغلق المشروع.</numerusform>
            <numerusform>تم حجب %Ln مستند ({replaced}): تحرير ▸ تراجع متاح إلى أن يُغلق المشروع.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln identifiers replaced</source>
        <translation>
            <numerusform>استُبدل: %Ln مُعرِّف</numerusform>
            <numerusform>استُبدل: مُعرِّف واحد</numerusform>
            <numerusform>استُبدل: مُعرِّفان</numerusform>
            <numerusform>استُبدل: %Ln مُعرِّفات</numerusform>
            <numerusform>استُبدل: %Ln مُعرِّفًا</numerusform>
            <numerusform>استُبدل: %Ln مُعرِّف</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Section: {title}</source>
        <translation>القسم: {title}</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Format: {suffix}</source>
        <translation>الصيغة: {suffix}</translation>
    </message>
    <message>
        <source>The report will quote everyone: keep it as the project&apos;s own backup, never share it.</source>
        <translation>سيقتبس التقرير من الجميع: احتفظ به كنسخة احتياطية خاصة بالمشروع، ولا تشاركه أبدًا.</translation>
    </message>
    <message>
        <source>Outline: the headings the report will have</source>
        <translation>المخطط: العناوين التي سيتضمنها التقرير</translation>
    </message>
    <message>
        <source>&amp;Write…</source>
        <translation>&amp;كتابة…</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>المخطط</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>اختر قسمًا واحدًا على الأقل.</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more headings</source>
        <translation>
            <numerusform>… و%Ln عنوان أخرى</numerusform>
            <numerusform>… وعنوان واحد أخرى</numerusform>
            <numerusform>… وعنوانان أخرى</numerusform>
            <numerusform>… و%Ln عناوين أخرى</numerusform>
            <numerusform>… و%Ln عنوانًا أخرى</numerusform>
            <numerusform>… و%Ln عنوان أخرى</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportTable</name>
    <message>
        <source>Filter rows…</source>
        <translation>تصفية الصفوف…</translation>
    </message>
    <message>
        <source>Filter the rows of {name}</source>
        <translation>تصفية صفوف {name}</translation>
    </message>
    <message>
        <source>Show the coded segments behind this cell</source>
        <translation>إظهار المقتطفات المُرمَّزة وراء هذه الخلية</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>Reports — {name} — qcode</source>
        <translation>التقارير — {name} — qcode</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;تصدير إلى Excel…</translation>
    </message>
    <message>
        <source>Write every report, with these filters, to an Excel workbook</source>
        <translation>كتابة كل تقرير، بعوامل التصفية هذه، في مصنف Excel</translation>
    </message>
    <message>
        <source>Export coded &amp;segments as CSV…</source>
        <translation>تصدير المقتطفات ال&amp;مُرمَّزة بصيغة CSV…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>ت&amp;حديث</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>ال&amp;تقرير</translation>
    </message>
    <message>
        <source>Wrote the workbook {written}.</source>
        <translation>كُتب المصنف {written}.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Find in documents</source>
        <translation>البحث في المستندات</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>نص البحث</translation>
    </message>
    <message>
        <source>Find in documents…</source>
        <translation>البحث في المستندات…</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>م&amp;طابقة حالة الأحرف</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>مطابقة حالة الأحرف</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>كلمات &amp;كاملة</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>كلمات كاملة</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>تعبير &amp;نمطي</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>تعبير نمطي</translation>
    </message>
    <message>
        <source>Ignore Arabic &amp;diacritics</source>
        <translation>تجاهل ال&amp;تشكيل العربي</translation>
    </message>
    <message>
        <source>Ignore Arabic diacritics</source>
        <translation>تجاهل التشكيل العربي</translation>
    </message>
    <message>
        <source>Find Arabic words with or without harakat and tatweel, and any alef (أ إ آ ا)</source>
        <translation>العثور على الكلمات العربية بالحركات والتطويل أو بدونها، وبأي شكل من أشكال الألف (أ إ آ ا)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Number of hits</source>
        <translation>عدد النتائج</translation>
    </message>
    <message>
        <source>Code all results as…</source>
        <translation>ترميز كل النتائج كـ…</translation>
    </message>
    <message>
        <source>Code all results as</source>
        <translation>ترميز كل النتائج كـ</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>Open at match</source>
        <translation>فتح عند النتيجة</translation>
    </message>
    <message>
        <source>No hits</source>
        <translation>لا نتائج</translation>
    </message>
    <message numerus="yes">
        <source>Coded %Ln results as &apos;{code}&apos;</source>
        <translation>
            <numerusform>رُمِّز بـ«{code}»: %Ln نتيجة</numerusform>
            <numerusform>رُمِّز بـ«{code}»: نتيجة واحدة</numerusform>
            <numerusform>رُمِّز بـ«{code}»: نتيجتان</numerusform>
            <numerusform>رُمِّز بـ«{code}»: %Ln نتائج</numerusform>
            <numerusform>رُمِّز بـ«{code}»: %Ln نتيجةً</numerusform>
            <numerusform>رُمِّز بـ«{code}»: %Ln نتيجة</numerusform>
        </translation>
    </message>
    <message>
        <source> ({count} already coded).</source>
        <translation> ({count} مُرمَّزة مسبقًا).</translation>
    </message>
    <message>
        <source>More than {limit} hits; the first {hits} are shown</source>
        <translation>أكثر من {limit} نتيجة؛ تُعرض أول {hits}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln documents</source>
        <translation>
            <numerusform>%Ln مستند</numerusform>
            <numerusform>مستند واحد</numerusform>
            <numerusform>مستندان</numerusform>
            <numerusform>%Ln مستندات</numerusform>
            <numerusform>%Ln مستندًا</numerusform>
            <numerusform>%Ln مستند</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hits in {documents}</source>
        <translation>
            <numerusform>%Ln نتيجة في {documents}</numerusform>
            <numerusform>نتيجة واحدة في {documents}</numerusform>
            <numerusform>نتيجتان في {documents}</numerusform>
            <numerusform>%Ln نتائج في {documents}</numerusform>
            <numerusform>%Ln نتيجةً في {documents}</numerusform>
            <numerusform>%Ln نتيجة في {documents}</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a code first, then code the results with it.</source>
        <translation>أنشئ رمزًا أولًا، ثم رمّز النتائج به.</translation>
    </message>
    <message>
        <source>Nothing added: every result was already coded &apos;{code}&apos;.</source>
        <translation>لم يُضف شيء: كل النتائج مُرمَّزة مسبقًا بـ«{code}».</translation>
    </message>
</context>
<context>
    <name>SegmentsDialog</name>
    <message>
        <source>Coded segments: {title}</source>
        <translation>المقتطفات المُرمَّزة: {title}</translation>
    </message>
    <message>
        <source>Coded segments behind {title}</source>
        <translation>المقتطفات المُرمَّزة وراء {title}</translation>
    </message>
</context>
<context>
    <name>SegmentsPanel</name>
    <message>
        <source>Coded segments</source>
        <translation>المقتطفات المُرمَّزة</translation>
    </message>
    <message>
        <source>Choose a code to see its coded segments.</source>
        <translation>اختر رمزًا لرؤية مقتطفاته المُرمَّزة.</translation>
    </message>
    <message>
        <source>Coded segments heading</source>
        <translation>عنوان المقتطفات المُرمَّزة</translation>
    </message>
    <message>
        <source>Include &amp;sub-codes</source>
        <translation>تضمين الرموز ال&amp;فرعية</translation>
    </message>
    <message>
        <source>Include sub-codes</source>
        <translation>تضمين الرموز الفرعية</translation>
    </message>
    <message>
        <source>Origin of the codings shown</source>
        <translation>مصدر الترميزات المعروضة</translation>
    </message>
    <message>
        <source>Show only the codings made this way</source>
        <translation>اعرض فقط الترميزات التي صُنعت بهذه الطريقة</translation>
    </message>
    <message>
        <source>Any origin</source>
        <translation>أي مصدر</translation>
    </message>
    <message>
        <source>Coded segments list</source>
        <translation>قائمة المقتطفات المُرمَّزة</translation>
    </message>
    <message>
        <source>Open at segment</source>
        <translation>فتح عند المقتطف</translation>
    </message>
    <message numerus="yes">
        <source>%Ln segments</source>
        <translation>
            <numerusform>%Ln مقتطف</numerusform>
            <numerusform>مقتطف واحد</numerusform>
            <numerusform>مقتطفان</numerusform>
            <numerusform>%Ln مقتطفات</numerusform>
            <numerusform>%Ln مقتطفًا</numerusform>
            <numerusform>%Ln مقتطف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln documents</source>
        <translation>
            <numerusform>%Ln مستند</numerusform>
            <numerusform>مستند واحد</numerusform>
            <numerusform>مستندان</numerusform>
            <numerusform>%Ln مستندات</numerusform>
            <numerusform>%Ln مستندًا</numerusform>
            <numerusform>%Ln مستند</numerusform>
        </translation>
    </message>
    <message>
        <source> — only: {origin}</source>
        <translation> — فقط: {origin}</translation>
    </message>
    <message>
        <source>{code} — {count} in {where}</source>
        <translation>{code} — {count} في {where}</translation>
    </message>
    <message>
        <source> (coded by {coder})</source>
        <translation> (رمّزه {coder})</translation>
    </message>
</context>
<context>
    <name>SegmentsTab</name>
    <message>
        <source>Coded segments</source>
        <translation>المقتطفات المُرمَّزة</translation>
    </message>
</context>
<context>
    <name>SegmentsView</name>
    <message>
        <source>Show this segment in its document</source>
        <translation>إظهار هذا المقتطف في مستنده</translation>
    </message>
    <message>
        <source> of {total}</source>
        <translation> من {total}</translation>
    </message>
    <message>
        <source>Showing the first {loaded}{of} coded segments; more load as you scroll. Sorting and the filter box work on the segments loaded so far.</source>
        <translation>تُعرض أول {loaded}{of} من المقتطفات المُرمَّزة؛ ويُحمَّل المزيد أثناء التمرير. يعمل الفرز ومربع التصفية على المقتطفات المحمَّلة حتى الآن.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln coded segments.</source>
        <translation>
            <numerusform>%Ln مقتطف مُرمَّز.</numerusform>
            <numerusform>مقتطف مُرمَّز واحد.</numerusform>
            <numerusform>مقتطفان مُرمَّزان.</numerusform>
            <numerusform>%Ln مقتطفات مُرمَّزة.</numerusform>
            <numerusform>%Ln مقتطفًا مُرمَّزًا.</numerusform>
            <numerusform>%Ln مقتطف مُرمَّز.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Select some text first, then apply a code to it.</source>
        <translation>حدد بعض النص أولًا، ثم طبّق رمزًا عليه.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a grouping code; apply one of its sub-codes</source>
        <translation>«{name}» رمز تجميعي؛ طبّق أحد رموزه الفرعية</translation>
    </message>
    <message>
        <source>This text is already coded &apos;{name}&apos; by you.</source>
        <translation>هذا النص مُرمَّز مسبقًا بـ«{name}» من قِبلك.</translation>
    </message>
    <message>
        <source>Select some text first.</source>
        <translation>حدد بعض النص أولًا.</translation>
    </message>
    <message>
        <source>No code on key {key}: right-click a code ▸ Favourite key.</source>
        <translation>لا يوجد رمز على المفتاح {key}: انقر بالزر الأيمن على رمز ▸ مفتاح مفضّل.</translation>
    </message>
</context>
<context>
    <name>SpeakersModel</name>
    <message>
        <source>Speaker</source>
        <translation>المتحدث</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>الأحرف</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>الترميزات</translation>
    </message>
    <message>
        <source>Codings that start inside the speaker&apos;s turns</source>
        <translation>الترميزات التي تبدأ داخل أدوار المتحدث</translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <source>Speakers</source>
        <translation>المتحدثون</translation>
    </message>
    <message>
        <source>Role of the chosen speaker</source>
        <translation>دور المتحدث المختار</translation>
    </message>
    <message>
        <source>interviewer, respondent, interpreter — or type another role</source>
        <translation>محاور، مستجيب، مترجم — أو اكتب دورًا آخر</translation>
    </message>
    <message>
        <source>Auto-code turns…</source>
        <translation>ترميز الأدوار تلقائيًا…</translation>
    </message>
    <message>
        <source>Auto-code the speaker&apos;s turns</source>
        <translation>ترميز أدوار المتحدث تلقائيًا</translation>
    </message>
    <message>
        <source>Assign to case…</source>
        <translation>إسناد إلى حالة…</translation>
    </message>
    <message>
        <source>Assign the speaker to a case</source>
        <translation>إسناد المتحدث إلى حالة</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>ال&amp;دور:</translation>
    </message>
    <message>
        <source>Code every turn of {name} as…</source>
        <translation>ترميز كل أدوار {name} كـ…</translation>
    </message>
    <message>
        <source> ({skipped_duplicates} already coded)</source>
        <translation> ({skipped_duplicates} مُرمَّزة مسبقًا)</translation>
    </message>
    <message numerus="yes">
        <source>Coded %Ln turns of {name} as &apos;{code}&apos;{note}.</source>
        <translation>
            <numerusform>رُمِّز بـ«{code}» من أدوار {name}: %Ln دور{note}.</numerusform>
            <numerusform>رُمِّز بـ«{code}» من أدوار {name}: دور واحد{note}.</numerusform>
            <numerusform>رُمِّز بـ«{code}» من أدوار {name}: دوران{note}.</numerusform>
            <numerusform>رُمِّز بـ«{code}» من أدوار {name}: %Ln أدوار{note}.</numerusform>
            <numerusform>رُمِّز بـ«{code}» من أدوار {name}: %Ln دورًا{note}.</numerusform>
            <numerusform>رُمِّز بـ«{code}» من أدوار {name}: %Ln دور{note}.</numerusform>
        </translation>
    </message>
    <message>
        <source>the speaker {name}</source>
        <translation>المتحدث {name}</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
</context>
<context>
    <name>SuggestionFinder</name>
    <message>
        <source>Could not look for suggestions: {problem}</source>
        <translation>تعذّر البحث عن اقتراحات: {problem}</translation>
    </message>
    <message>
        <source>Could not look for suggestions: the worker process ended.</source>
        <translation>تعذّر البحث عن اقتراحات: انتهت العملية العاملة.</translation>
    </message>
</context>
<context>
    <name>SuggestionTable</name>
    <message>
        <source>Suggested passages</source>
        <translation>المقتطفات المقترحة</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;قبول</translation>
    </message>
    <message>
        <source>Code this passage with the suggested code (Enter)</source>
        <translation>ترميز هذا المقتطف بالرمز المقترح (Enter)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;رفض</translation>
    </message>
    <message>
        <source>Never suggest this code for this passage (Delete)</source>
        <translation>عدم اقتراح هذا الرمز لهذا المقتطف مرة أخرى (Delete)</translation>
    </message>
    <message>
        <source>Accept &amp;selection</source>
        <translation>قبول ال&amp;تحديد</translation>
    </message>
    <message>
        <source>Code the text selected in the document (adjust it first) with this code</source>
        <translation>ترميز النص المحدد في المستند بهذا الرمز (عدّل التحديد أولًا)</translation>
    </message>
    <message>
        <source>Accept all &amp;above…</source>
        <translation>قبول كل ما &amp;فوق…</translation>
    </message>
    <message>
        <source>Accept every suggestion listed at or above a confidence</source>
        <translation>قبول كل اقتراح مدرج لا تقل درجة ثقته عن حد معيّن</translation>
    </message>
    <message>
        <source>Suggested: {code} ({confidence}, {reason})</source>
        <translation>مقترح: {code} ({confidence}، {reason})</translation>
    </message>
    <message>
        <source>That code no longer exists.</source>
        <translation>لم يعد هذا الرمز موجودًا.</translation>
    </message>
    <message>
        <source>Choose a suggestion first.</source>
        <translation>اختر اقتراحًا أولًا.</translation>
    </message>
    <message>
        <source>Accept all above</source>
        <translation>قبول كل ما فوق الحد</translation>
    </message>
    <message>
        <source>Accept every listed suggestion with a confidence of at least:</source>
        <translation>قبول كل اقتراح معروض لا تقل ثقته عن:</translation>
    </message>
    <message>
        <source>No suggestion here has a confidence of at least {threshold}.</source>
        <translation>لا يوجد هنا اقتراح لا تقل ثقته عن {threshold}.</translation>
    </message>
    <message numerus="yes">
        <source>Code %Ln passages in &apos;{document}&apos; with their suggested codes?
You can undo this in one step (Edit ▸ Undo).</source>
        <translation>
            <numerusform>ترميز %Ln مقتطف في «{document}» بالرموز المقترحة؟
يمكنك التراجع عن ذلك بخطوة واحدة (تحرير ▸ تراجع).</numerusform>
            <numerusform>ترميز مقتطف واحد في «{document}» بالرموز المقترحة؟
يمكنك التراجع عن ذلك بخطوة واحدة (تحرير ▸ تراجع).</numerusform>
            <numerusform>ترميز مقتطفان في «{document}» بالرموز المقترحة؟
يمكنك التراجع عن ذلك بخطوة واحدة (تحرير ▸ تراجع).</numerusform>
            <numerusform>ترميز %Ln مقتطفات في «{document}» بالرموز المقترحة؟
يمكنك التراجع عن ذلك بخطوة واحدة (تحرير ▸ تراجع).</numerusform>
            <numerusform>ترميز %Ln مقتطفًا في «{document}» بالرموز المقترحة؟
يمكنك التراجع عن ذلك بخطوة واحدة (تحرير ▸ تراجع).</numerusform>
            <numerusform>ترميز %Ln مقتطف في «{document}» بالرموز المقترحة؟
يمكنك التراجع عن ذلك بخطوة واحدة (تحرير ▸ تراجع).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionTrainer</name>
    <message>
        <source>Learning from your coding…</source>
        <translation>جارٍ التعلّم من ترميزك…</translation>
    </message>
    <message>
        <source>Learning from your coding… {progress}.</source>
        <translation>جارٍ التعلّم من ترميزك… {progress}.</translation>
    </message>
    <message>
        <source>Suggesting from your codebook: nothing is coded yet to learn from.</source>
        <translation>الاقتراحات من دفتر الرموز: لا شيء مرمَّز بعد للتعلّم منه.</translation>
    </message>
    <message numerus="yes">
        <source>Model up to date (learned from %Ln coded passages).</source>
        <translation>
            <numerusform>النموذج محدَّث (تعلّم من %Ln مقتطف مرمَّز).</numerusform>
            <numerusform>النموذج محدَّث (تعلّم من مقتطف مرمَّز واحد).</numerusform>
            <numerusform>النموذج محدَّث (تعلّم من مقتطفين مرمَّزين).</numerusform>
            <numerusform>النموذج محدَّث (تعلّم من %Ln مقتطفات مرمَّزة).</numerusform>
            <numerusform>النموذج محدَّث (تعلّم من %Ln مقتطفًا مرمَّزًا).</numerusform>
            <numerusform>النموذج محدَّث (تعلّم من %Ln مقتطف مرمَّز).</numerusform>
        </translation>
    </message>
    <message>
        <source>Learned from your coding: looking for suggestions with it…</source>
        <translation>تمّ التعلّم من ترميزك: جارٍ البحث عن اقتراحات به…</translation>
    </message>
    <message>
        <source>Nothing to learn yet: the codebook has no code to apply.</source>
        <translation>لا شيء للتعلّم بعد: لا يحتوي دفتر الرموز على رمز يمكن تطبيقه.</translation>
    </message>
    <message>
        <source>Will learn from your coding in a moment.</source>
        <translation>سيبدأ التعلّم من ترميزك بعد لحظات.</translation>
    </message>
    <message>
        <source>Could not start learning from your coding: {problem}</source>
        <translation>تعذّر بدء التعلّم من ترميزك: {problem}</translation>
    </message>
    <message>
        <source>Could not learn from your coding: {problem}</source>
        <translation>تعذّر التعلّم من ترميزك: {problem}</translation>
    </message>
    <message>
        <source>Could not keep the learned model: {problem}</source>
        <translation>تعذّر حفظ النموذج المُتعلَّم: {problem}</translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message>
        <source>Keywords</source>
        <translation>الكلمات المفتاحية</translation>
    </message>
    <message>
        <source>Learned</source>
        <translation>متعلَّم</translation>
    </message>
    <message>
        <source>Similar</source>
        <translation>مشابه</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>الثقة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Sentences</source>
        <translation>الجمل</translation>
    </message>
    <message>
        <source>Speaker turns</source>
        <translation>أدوار المتحدثين</translation>
    </message>
    <message>
        <source>Finding suggestions…</source>
        <translation>جارٍ البحث عن اقتراحات…</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>الاقتراحات</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>Look for suggestions again</source>
        <translation>البحث عن الاقتراحات من جديد</translation>
    </message>
    <message>
        <source>&amp;Keywords</source>
        <translation>ال&amp;كلمات المفتاحية</translation>
    </message>
    <message>
        <source>Suggest from keywords</source>
        <translation>الاقتراح من الكلمات المفتاحية</translation>
    </message>
    <message>
        <source>&amp;Learned from my coding</source>
        <translation>م&amp;تعلَّم من ترميزي</translation>
    </message>
    <message>
        <source>Suggest from my coding</source>
        <translation>الاقتراح من ترميزي</translation>
    </message>
    <message>
        <source>Si&amp;milar passages</source>
        <translation>مقتطفات م&amp;شابهة</translation>
    </message>
    <message>
        <source>Suggest similar passages</source>
        <translation>اقتراح مقتطفات مشابهة</translation>
    </message>
    <message>
        <source>Use code &amp;names as keywords</source>
        <translation>استخدام أ&amp;سماء الرموز ككلمات مفتاحية</translation>
    </message>
    <message>
        <source>Use code names</source>
        <translation>استخدام أسماء الرموز</translation>
    </message>
    <message>
        <source>Few and sure, or many to review</source>
        <translation>قليلة ومؤكدة، أو كثيرة للمراجعة</translation>
    </message>
    <message>
        <source>Left: only the suggestions qcode is surest of. Middle: each code&apos;s own threshold, learned from your coding. Right: more and more passages to review.</source>
        <translation>البداية: الاقتراحات التي يثق بها qcode أكثر من غيرها فقط. الوسط: العتبة الخاصة بكل رمز، المُتعلَّمة من ترميزك. النهاية: المزيد والمزيد من المقتطفات للمراجعة.</translation>
    </message>
    <message>
        <source>Suggest whole</source>
        <translation>اقتراح وحدات كاملة</translation>
    </message>
    <message>
        <source>Language pipeline</source>
        <translation>نموذج اللغة</translation>
    </message>
    <message>
        <source>spaCy pipelines installed on this computer</source>
        <translation>نماذج spaCy المثبتة على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Suggestions heading</source>
        <translation>عنوان الاقتراحات</translation>
    </message>
    <message>
        <source>Learning status</source>
        <translation>حالة التعلّم</translation>
    </message>
    <message>
        <source>Learning in progress</source>
        <translation>التعلّم جارٍ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel learning</source>
        <translation>إلغاء التعلّم</translation>
    </message>
    <message>
        <source>Retry with fewer passages</source>
        <translation>إعادة المحاولة بمقتطفات أقل</translation>
    </message>
    <message>
        <source>Find more like a code…</source>
        <translation>العثور على المزيد مما يشبه رمزًا…</translation>
    </message>
    <message>
        <source>Find more like a code</source>
        <translation>العثور على المزيد مما يشبه رمزًا</translation>
    </message>
    <message>
        <source>Rank every passage by how likely it is to belong to a code</source>
        <translation>ترتيب كل مقتطف بحسب احتمال انتمائه إلى رمز</translation>
    </message>
    <message>
        <source>How good are they?…</source>
        <translation>ما مدى جودتها؟…</translation>
    </message>
    <message>
        <source>How good are suggestions</source>
        <translation>ما مدى جودة الاقتراحات</translation>
    </message>
    <message>
        <source>Measure the suggestions on your own coding</source>
        <translation>قياس الاقتراحات على ترميزك أنت</translation>
    </message>
    <message>
        <source>Few, &amp;sure</source>
        <translation>قليلة، م&amp;ؤكدة</translation>
    </message>
    <message>
        <source>many, to review</source>
        <translation>كثيرة، للمراجعة</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>ال&amp;وحدة:</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;نموذج اللغة:</translation>
    </message>
    <message>
        <source>Open a document to see suggestions for it.</source>
        <translation>افتح مستندًا لرؤية الاقتراحات الخاصة به.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln suggestions for {document}.</source>
        <translation>
            <numerusform>%Ln اقتراح لـ{document}.</numerusform>
            <numerusform>اقتراح واحد لـ{document}.</numerusform>
            <numerusform>اقتراحان لـ{document}.</numerusform>
            <numerusform>%Ln اقتراحات لـ{document}.</numerusform>
            <numerusform>%Ln اقتراحًا لـ{document}.</numerusform>
            <numerusform>%Ln اقتراح لـ{document}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Learning from your coding is off.</source>
        <translation>التعلّم من ترميزك متوقف.</translation>
    </message>
    <message>
        <source>Learning cancelled: suggestions use what was learnt before, if anything.</source>
        <translation>أُلغي التعلّم: تستخدم الاقتراحات ما تُعلِّم من قبل، إن وُجد.</translation>
    </message>
</context>
<context>
    <name>SurveyAnswersModel</name>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>المستجيب</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>الرموز</translation>
    </message>
</context>
<context>
    <name>SurveyAnswersWindow</name>
    <message>
        <source>Survey answers</source>
        <translation>إجابات الاستبيان</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>السمات</translation>
    </message>
    <message>
        <source>Filter answers, respondents, attributes…</source>
        <translation>تصفية الإجابات والمستجيبين والسمات…</translation>
    </message>
    <message>
        <source>Filter answers</source>
        <translation>تصفية الإجابات</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>الإجابات</translation>
    </message>
    <message>
        <source>Answer text</source>
        <translation>نص الإجابة</translation>
    </message>
    <message>
        <source>Code to apply</source>
        <translation>الرمز المراد تطبيقه</translation>
    </message>
    <message>
        <source>&amp;Code selected answers</source>
        <translation>&amp;ترميز الإجابات المحددة</translation>
    </message>
    <message>
        <source>Code selected &amp;text</source>
        <translation>ترميز ال&amp;نص المحدد</translation>
    </message>
    <message>
        <source>Code selected answers</source>
        <translation>ترميز الإجابات المحددة</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>ال&amp;سؤال:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>الرمز:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answers</source>
        <translation>
            <numerusform>%Ln إجابة</numerusform>
            <numerusform>إجابة واحدة</numerusform>
            <numerusform>إجابتان</numerusform>
            <numerusform>%Ln إجابات</numerusform>
            <numerusform>%Ln إجابةً</numerusform>
            <numerusform>%Ln إجابة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln answers</source>
        <translation>
            <numerusform>{shown} من %Ln إجابة</numerusform>
            <numerusform>{shown} من إجابة واحدة</numerusform>
            <numerusform>{shown} من إجابتان</numerusform>
            <numerusform>{shown} من %Ln إجابات</numerusform>
            <numerusform>{shown} من %Ln إجابةً</numerusform>
            <numerusform>{shown} من %Ln إجابة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coded %Ln answers &apos;{code}&apos;.</source>
        <translation>
            <numerusform>رُمِّز بـ«{code}»: %Ln إجابة.</numerusform>
            <numerusform>رُمِّز بـ«{code}»: إجابة واحدة.</numerusform>
            <numerusform>رُمِّز بـ«{code}»: إجابتان.</numerusform>
            <numerusform>رُمِّز بـ«{code}»: %Ln إجابات.</numerusform>
            <numerusform>رُمِّز بـ«{code}»: %Ln إجابةً.</numerusform>
            <numerusform>رُمِّز بـ«{code}»: %Ln إجابة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were coded so already.</source>
        <translation>
            <numerusform>كانت مُرمَّزة كذلك مسبقًا: %Ln إجابة.</numerusform>
            <numerusform>كانت مُرمَّزة كذلك مسبقًا: إجابة واحدة.</numerusform>
            <numerusform>كانت مُرمَّزة كذلك مسبقًا: إجابتان.</numerusform>
            <numerusform>كانت مُرمَّزة كذلك مسبقًا: %Ln إجابات.</numerusform>
            <numerusform>كانت مُرمَّزة كذلك مسبقًا: %Ln إجابةً.</numerusform>
            <numerusform>كانت مُرمَّزة كذلك مسبقًا: %Ln إجابة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select answers and a code first.</source>
        <translation>حدد الإجابات ورمزًا أولًا.</translation>
    </message>
    <message>
        <source>Select part of an answer and a code first.</source>
        <translation>حدد جزءًا من إجابة ورمزًا أولًا.</translation>
    </message>
</context>
<context>
    <name>SurveyImportDialog</name>
    <message>
        <source>Import survey or spreadsheet</source>
        <translation>استيراد استبيان أو جدول بيانات</translation>
    </message>
    <message>
        <source>Surveys and spreadsheets (*.csv *.tsv *.xlsx *.ods)</source>
        <translation>الاستبيانات وجداول البيانات (*.csv *.tsv *.xlsx *.ods)</translation>
    </message>
    <message>
        <source>Importing answers…</source>
        <translation>جارٍ استيراد الإجابات…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Import survey</source>
        <translation>استيراد استبيان</translation>
    </message>
    <message>
        <source>Importing answer {done} of {total}…</source>
        <translation>جارٍ استيراد الإجابة {done} من {total}…</translation>
    </message>
    <message>
        <source>Imported {answers} to {questions} from {respondents}.</source>
        <translation>تم استيراد {answers} عن {questions} من {respondents}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answers</source>
        <translation>
            <numerusform>%Ln إجابة</numerusform>
            <numerusform>إجابة واحدة</numerusform>
            <numerusform>إجابتان</numerusform>
            <numerusform>%Ln إجابات</numerusform>
            <numerusform>%Ln إجابةً</numerusform>
            <numerusform>%Ln إجابة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln questions</source>
        <translation>
            <numerusform>%Ln سؤال</numerusform>
            <numerusform>سؤال واحد</numerusform>
            <numerusform>سؤالان</numerusform>
            <numerusform>%Ln أسئلة</numerusform>
            <numerusform>%Ln سؤالًا</numerusform>
            <numerusform>%Ln سؤال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln respondents</source>
        <translation>
            <numerusform>%Ln مستجيب</numerusform>
            <numerusform>مستجيب واحد</numerusform>
            <numerusform>مستجيبان</numerusform>
            <numerusform>%Ln مستجيبين</numerusform>
            <numerusform>%Ln مستجيبًا</numerusform>
            <numerusform>%Ln مستجيب</numerusform>
        </translation>
    </message>
    <message>
        <source>{note}.</source>
        <translation>{note}.</translation>
    </message>
    <message>
        <source>Import survey: {name}</source>
        <translation>استيراد استبيان: {name}</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>الورقة</translation>
    </message>
    <message>
        <source>Respondent id column</source>
        <translation>عمود معرّف المستجيب</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>ال&amp;ورقة:</translation>
    </message>
    <message>
        <source>Respondent &amp;id column:</source>
        <translation>عمود &amp;معرّف المستجيب:</translation>
    </message>
    <message>
        <source>Each non-empty cell of a text column becomes a document named &apos;column – id&apos;; attribute columns become each answer&apos;s attributes.</source>
        <translation>تصبح كل خلية غير فارغة في عمود نصي مستندًا باسم «العمود – المعرّف»؛ وتصبح أعمدة السمات سمات لكل إجابة.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows; the first {shown}:</source>
        <translation>
            <numerusform>%Ln صف؛ أول {shown}:</numerusform>
            <numerusform>صف واحد؛ أول {shown}:</numerusform>
            <numerusform>صفان؛ أول {shown}:</numerusform>
            <numerusform>%Ln صفوف؛ أول {shown}:</numerusform>
            <numerusform>%Ln صفًا؛ أول {shown}:</numerusform>
            <numerusform>%Ln صف؛ أول {shown}:</numerusform>
        </translation>
    </message>
    <message>
        <source>{answers} from {texts}, with {attributes} each (the id included).</source>
        <translation>{answers} من {texts}، مع {attributes} لكل منها (بما فيها المعرِّف).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln text columns</source>
        <translation>
            <numerusform>%Ln عمود نصي</numerusform>
            <numerusform>عمود نصي واحد</numerusform>
            <numerusform>عمودان نصيان</numerusform>
            <numerusform>%Ln أعمدة نصية</numerusform>
            <numerusform>%Ln عمودًا نصيًا</numerusform>
            <numerusform>%Ln عمود نصي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attributes</source>
        <translation>
            <numerusform>%Ln سمة</numerusform>
            <numerusform>سمة واحدة</numerusform>
            <numerusform>سمتان</numerusform>
            <numerusform>%Ln سمات</numerusform>
            <numerusform>%Ln سمةً</numerusform>
            <numerusform>%Ln سمة</numerusform>
        </translation>
    </message>
    <message>
        <source>First rows of the sheet</source>
        <translation>الصفوف الأولى من الورقة</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Text to code</source>
        <translation>نص للترميز</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>سمة</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>القيمة الأولى</translation>
    </message>
</context>
<context>
    <name>SurveyMenus</name>
    <message>
        <source>S&amp;urvey answers…</source>
        <translation>إجابات الا&amp;ستبيان…</translation>
    </message>
    <message>
        <source>Show answers as a table…</source>
        <translation>عرض الإجابات كجدول…</translation>
    </message>
</context>
<context>
    <name>TextArea</name>
    <message>
        <source>Document text</source>
        <translation>نص المستند</translation>
    </message>
</context>
<context>
    <name>TopCodesChart</name>
    <message>
        <source>Chart: the {TOP_CODES} codes with the most coded segments</source>
        <translation>مخطط: الرموز الـ{TOP_CODES} ذات أكثر المقتطفات المُرمَّزة</translation>
    </message>
    <message>
        <source>Segments (with sub-codes)</source>
        <translation>المقتطفات (مع الرموز الفرعية)</translation>
    </message>
    <message>
        <source>Coded segments (with sub-codes)</source>
        <translation>المقتطفات المُرمَّزة (مع الرموز الفرعية)</translation>
    </message>
    <message>
        <source>Top {TOP_CODES} codes by coded segments (with sub-codes)</source>
        <translation>أعلى {TOP_CODES} رموز حسب المقتطفات المُرمَّزة (مع الرموز الفرعية)</translation>
    </message>
    <message>
        <source>No coded segments in these filters</source>
        <translation>لا توجد مقتطفات مُرمَّزة ضمن عوامل التصفية هذه</translation>
    </message>
    <message>
        <source>No coded segments</source>
        <translation>لا توجد مقتطفات مُرمَّزة</translation>
    </message>
</context>
<context>
    <name>TranscriptionWindow</name>
    <message>
        <source>Transcribing {name}</source>
        <translation>تفريغ {name}</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>المتحدث</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>النص المُفرَّغ</translation>
    </message>
    <message>
        <source>{play_keys}: play/pause (goes back {seconds:g} s on pause) · {time_keys}: insert the time · {speaker_keys}: insert a speaker label</source>
        <translation>{play_keys}: تشغيل/إيقاف مؤقت (يرجع {seconds:g} ث عند الإيقاف) · {time_keys}: إدراج الوقت · {speaker_keys}: إدراج تسمية متحدث</translation>
    </message>
    <message>
        <source>{keys} or {key}</source>
        <translation>{keys} أو {key}</translation>
    </message>
    <message>
        <source>Speaker label:</source>
        <translation>تسمية المتحدث:</translation>
    </message>
    <message>
        <source>the transcript is empty: type it first, then save</source>
        <translation>النص المُفرَّغ فارغ: اكتبه أولًا، ثم احفظ</translation>
    </message>
</context>
<context>
    <name>UndoController</name>
    <message>
        <source>Undo {edit}</source>
        <translation>تراجع عن {edit}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo {edit}</source>
        <translation>إعادة {edit}</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify sources</source>
        <translation>التحقق من المصادر</translation>
    </message>
    <message>
        <source>Verification summary</source>
        <translation>ملخص التحقق</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>المشكلات التي عُثر عليها</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <source>Version</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>مَن</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>الأحرف</translation>
    </message>
</context>
<context>
    <name>WordsTab</name>
    <message>
        <source>Word frequencies</source>
        <translation>تكرارات الكلمات</translation>
    </message>
    <message>
        <source>Count the words of</source>
        <translation>عدّ كلمات</translation>
    </message>
    <message>
        <source>Include &amp;sub-codes</source>
        <translation>تضمين الرموز ال&amp;فرعية</translation>
    </message>
    <message>
        <source>Include the text coded with the code&apos;s sub-codes</source>
        <translation>تضمين النص المُرمَّز بالرموز الفرعية للرمز</translation>
    </message>
    <message>
        <source>Count &amp;words</source>
        <translation>عدّ ال&amp;كلمات</translation>
    </message>
    <message>
        <source>Count words</source>
        <translation>عدّ الكلمات</translation>
    </message>
    <message>
        <source>Words o&amp;f:</source>
        <translation>كلمات &amp;من:</translation>
    </message>
    <message>
        <source>Choose a code or a document and press Count words. Words are counted as lemmas (“blacklisted” and “blacklists” count as “blacklist”), without stop words.</source>
        <translation>اختر رمزًا أو مستندًا واضغط «عدّ الكلمات». تُعدّ الكلمات بحسب جذورها المعجمية (“blacklisted” و“blacklists” تُعدّان “blacklist”)، دون كلمات التوقف.</translation>
    </message>
    <message>
        <source>All text the filters allow</source>
        <translation>كل النص الذي تسمح به عوامل التصفية</translation>
    </message>
    <message>
        <source>Code: {indent}{name}</source>
        <translation>الرمز: {indent}{name}</translation>
    </message>
    <message>
        <source>Document: {name}</source>
        <translation>المستند: {name}</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>الكلمة</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>العدد</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln most frequent words of {strip}.</source>
        <translation>
            <numerusform>الأكثر تكرارًا في {strip}: %Ln كلمة.</numerusform>
            <numerusform>الأكثر تكرارًا في {strip}: كلمة واحدة.</numerusform>
            <numerusform>الأكثر تكرارًا في {strip}: كلمتان.</numerusform>
            <numerusform>الأكثر تكرارًا في {strip}: %Ln كلمات.</numerusform>
            <numerusform>الأكثر تكرارًا في {strip}: %Ln كلمةً.</numerusform>
            <numerusform>الأكثر تكرارًا في {strip}: %Ln كلمة.</numerusform>
        </translation>
    </message>
    <message>
        <source>No words: nothing is coded or written here in these filters.</source>
        <translation>لا كلمات: لا شيء مُرمَّز أو مكتوب هنا ضمن عوامل التصفية هذه.</translation>
    </message>
</context>
<context>
    <name>about_dialog</name>
    <message>
        <source>not installed</source>
        <translation>غير مثبّت</translation>
    </message>
    <message>
        <source>not installed (encrypted projects cannot be opened)</source>
        <translation>غير مثبّت (لا يمكن فتح المشاريع المشفّرة)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Project in use</source>
        <translation>المشروع قيد الاستخدام</translation>
    </message>
    <message>
        <source>{locked}

Open it read-only (you can read and export, not change it)?</source>
        <translation>{locked}

فتحه للقراءة فقط (يمكنك قراءته وتصديره، لا تغييره)؟</translation>
    </message>
</context>
<context>
    <name>codebook</name>
    <message>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>يمكنك التراجع عن ذلك عبر تحرير ▸ تراجع.</translation>
    </message>
</context>
<context>
    <name>codebook.code_dialogs</name>
    <message>
        <source>Merge Into</source>
        <translation>دمج في</translation>
    </message>
    <message>
        <source>Merge &apos;{name}&apos; into:</source>
        <translation>دمج «{name}» في:</translation>
    </message>
    <message>
        <source>Merge Codes</source>
        <translation>دمج الرموز</translation>
    </message>
    <message>
        <source>Merge &apos;{name}&apos; into &apos;{target}&apos;? Its {codings} codings and its sub-codes move to &apos;{target}&apos;, and &apos;{name}&apos; is deleted.</source>
        <translation>دمج «{name}» في «{target}»؟ تنتقل ترميزاته الـ{codings} ورموزه الفرعية إلى «{target}»، ويُحذف «{name}».</translation>
    </message>
</context>
<context>
    <name>coding.origins</name>
    <message>
        <source>By hand</source>
        <translation>يدويًا</translation>
    </message>
    <message>
        <source>Search results coded at once</source>
        <translation>نتائج بحث رُمِّزت دفعة واحدة</translation>
    </message>
    <message>
        <source>Query results coded at once</source>
        <translation>نتائج استعلام رُمِّزت دفعة واحدة</translation>
    </message>
    <message>
        <source>Accepted suggestion</source>
        <translation>اقتراح مقبول</translation>
    </message>
    <message>
        <source>A speaker&apos;s turns coded at once</source>
        <translation>أدوار متحدث رُمِّزت دفعة واحدة</translation>
    </message>
    <message>
        <source>Merged in (made by hand there)</source>
        <translation>مدمج (رُمِّز يدويًا هناك)</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>مستورد</translation>
    </message>
    <message>
        <source>Unknown (made before qcode kept this)</source>
        <translation>غير معروف (رُمِّز قبل أن يسجّل qcode ذلك)</translation>
    </message>
    <message>
        <source>keywords</source>
        <translation>الكلمات المفتاحية</translation>
    </message>
    <message>
        <source>learned from your coding</source>
        <translation>مُتعلَّم من ترميزك</translation>
    </message>
    <message>
        <source>similar passages</source>
        <translation>مقتطفات مشابهة</translation>
    </message>
    <message>
        <source>confidence {confidence:.2f}</source>
        <translation>الثقة {confidence:.2f}</translation>
    </message>
    <message>
        <source>model {version}</source>
        <translation>النموذج {version}</translation>
    </message>
    <message>
        <source>{origin} ({details})</source>
        <translation>{origin} ({details})</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>السبب: {reason}</translation>
    </message>
</context>
<context>
    <name>coding.search_panel</name>
    <message>
        <source>{document}, characters {start}–{end}</source>
        <translation>{document}، الأحرف {start}–{end}</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>المطابقة</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
</context>
<context>
    <name>coding.segments_panel</name>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>المُرمِّز</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>المذكرة</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>المصدر</translation>
    </message>
</context>
<context>
    <name>evidence</name>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>&amp;Provenance…</source>
        <translation>المص&amp;در…</translation>
    </message>
    <message>
        <source>&amp;Verify sources…</source>
        <translation>التح&amp;قق من المصادر…</translation>
    </message>
    <message>
        <source>C&amp;orrect text…</source>
        <translation>ت&amp;صحيح النص…</translation>
    </message>
    <message>
        <source>C&amp;hanged codings…</source>
        <translation>الترميزات ال&amp;متغيرة…</translation>
    </message>
    <message>
        <source>P&amp;articipants (consent)</source>
        <translation>المشا&amp;ركون (الموافقة)</translation>
    </message>
    <message>
        <source>{name} (since {retain_until})</source>
        <translation>{name} (منذ {retain_until})</translation>
    </message>
    <message>
        <source>Keep-until date passed: {participants} — see Privacy ▸ Participants</source>
        <translation>انقضى تاريخ الاحتفاظ: {participants} — انظر الخصوصية ▸ المشاركون</translation>
    </message>
    <message>
        <source>These participants&apos; data was to be kept only until the date shown. Withdraw them (Participants ▸ Withdraw participant…) or record a new date.</source>
        <translation>كان يجب الاحتفاظ ببيانات هؤلاء المشاركين حتى التاريخ المبيَّن فقط. اسحبهم (المشاركون ▸ سحب المشارك…) أو سجّل تاريخًا جديدًا.</translation>
    </message>
    <message>
        <source>Provenance…</source>
        <translation>المصدر…</translation>
    </message>
</context>
<context>
    <name>evidence.correct</name>
    <message>
        <source>No coding covers this place.</source>
        <translation>لا يغطي أي ترميز هذا الموضع.</translation>
    </message>
    <message>
        <source>{codings} around this place will grow to take the insertion.</source>
        <translation>{codings} حول هذا الموضع ستتسع لتشمل الإدراج.</translation>
    </message>
    <message>
        <source>{codings} cut through here will keep what remains of their text and be flagged “text changed” for review.</source>
        <translation>{codings} تمر عبر هذا الموضع ستحتفظ بما تبقى من نصها وتُوسم بـ«تغيّر النص» للمراجعة.</translation>
    </message>
    <message>
        <source>{codings} wholly inside will cover the new text (flagged for review), or be removed if you delete the text.</source>
        <translation>{codings} تقع بالكامل داخله ستغطي النص الجديد (موسومة للمراجعة)، أو تُزال إذا حذفت النص.</translation>
    </message>
    <message>
        <source>Codings around this text grow or shrink with it; none is cut.</source>
        <translation>الترميزات المحيطة بهذا النص تتسع أو تتقلص معه؛ لا يُقطع أي منها.</translation>
    </message>
    <message>
        <source>Text corrected (version {version}).</source>
        <translation>صُحّح النص (النسخة {version}).</translation>
    </message>
    <message>
        <source>{codings} moved with it.</source>
        <translation>{codings} انتقلت معه.</translation>
    </message>
    <message>
        <source>{codings} flagged “text changed” (Edit ▸ Changed codings…).</source>
        <translation>{codings} موسومة بـ«تغيّر النص» (تحرير ▸ الترميزات المتغيرة…).</translation>
    </message>
    <message>
        <source>{codings} removed: their whole text was deleted (Edit ▸ Undo brings them back).</source>
        <translation>{codings} أُزيلت: حُذف نصها بالكامل (تحرير ▸ تراجع يعيدها).</translation>
    </message>
    <message>
        <source>Open a document, then select the words to correct.</source>
        <translation>افتح مستندًا، ثم حدد الكلمات المراد تصحيحها.</translation>
    </message>
</context>
<context>
    <name>evidence.provenance</name>
    <message>
        <source>KB</source>
        <translation>ك.ب</translation>
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
        <translation>كما استُورد</translation>
    </message>
    <message>
        <source>{label} (the edit was erased by a redaction or withdrawal)</source>
        <translation>{label} (مُحي التعديل بسبب حجب أو سحب)</translation>
    </message>
    <message>
        <source>No difference: this version&apos;s text is the text now.</source>
        <translation>لا فرق: نص هذه النسخة هو النص الحالي.</translation>
    </message>
    <message>
        <source>Choose a document first (in the Documents list or by opening it).</source>
        <translation>اختر مستندًا أولًا (في قائمة المستندات أو بفتحه).</translation>
    </message>
</context>
<context>
    <name>evidence.verify</name>
    <message>
        <source>{documents}, {originals} and {versions} of texts checked</source>
        <translation>تم التحقق من {documents} و{originals} و{versions} من النصوص</translation>
    </message>
    <message>
        <source>All match: {checked}. Nothing was changed since it was recorded.</source>
        <translation>كلها مطابقة: {checked}. لم يتغير شيء منذ تسجيله.</translation>
    </message>
    <message>
        <source>{problems} found ({checked}). These no longer match the hash recorded for them:</source>
        <translation>عُثر على {problems} ({checked}). لم تعد هذه مطابقة للبصمة المسجلة لها:</translation>
    </message>
    <message>
        <source>Verify sources: all match.</source>
        <translation>التحقق من المصادر: كلها مطابقة.</translation>
    </message>
    <message>
        <source>Verify sources: {problems}.</source>
        <translation>التحقق من المصادر: {problems}.</translation>
    </message>
</context>
<context>
    <name>evidence.withdraw</name>
    <message>
        <source>This deletes their documents ({documents}) with every coding and memo on them; the text of every turn of speaker &apos;{speaker}&apos; in other documents (replaced by “[withdrawn]”), with the codings inside those turns; their original files, the earlier versions of those texts; and every copy of their text in the edit history.</source>
        <translation>يحذف هذا مستنداتهم ({documents}) مع كل ترميز ومذكرة عليها؛ ونص كل دور للمتحدث «{speaker}» في مستندات أخرى (يُستبدل بـ«[مسحوب]»)، مع الترميزات داخل تلك الأدوار؛ وملفاتهم الأصلية، والنسخ السابقة من تلك النصوص؛ وكل نسخة من نصهم في سجل التحرير.</translation>
    </message>
    <message>
        <source>This deletes their documents ({documents}) with every coding and memo on them; their original files, the earlier versions of those texts; and every copy of their text in the edit history.</source>
        <translation>يحذف هذا مستنداتهم ({documents}) مع كل ترميز ومذكرة عليها؛ وملفاتهم الأصلية، والنسخ السابقة من تلك النصوص؛ وكل نسخة من نصهم في سجل التحرير.</translation>
    </message>
    <message>
        <source>This deletes the text of every turn of speaker &apos;{speaker}&apos; in other documents (replaced by “[withdrawn]”), with the codings inside those turns; their original files, the earlier versions of those texts; and every copy of their text in the edit history.</source>
        <translation>يحذف هذا نص كل دور للمتحدث «{speaker}» في مستندات أخرى (يُستبدل بـ«[مسحوب]»)، مع الترميزات داخل تلك الأدوار؛ وملفاتهم الأصلية، والنسخ السابقة من تلك النصوص؛ وكل نسخة من نصهم في سجل التحرير.</translation>
    </message>
    <message>
        <source>This deletes their original files, the earlier versions of those texts and every copy of their text in the edit history.</source>
        <translation>يحذف هذا ملفاتهم الأصلية، والنسخ السابقة من تلك النصوص، وكل نسخة من نصهم في سجل التحرير.</translation>
    </message>
    <message>
        <source>Withdraw &apos;{name}&apos; and delete everything about them?</source>
        <translation>سحب «{name}» وحذف كل ما يخصه؟</translation>
    </message>
    <message>
        <source>Their record in the register goes too; the log keeps only a deletion record (who withdrew them, when, and how much was removed).</source>
        <translation>ويُحذف سجله في السجل أيضًا؛ ولا يحتفظ السجل إلا بقيد حذف (من سحبه، ومتى، وكم أُزيل).</translation>
    </message>
    <message>
        <source>Recordings that hold their voice (qcode cannot cut a voice out of a recording; each is unlinked):
{recordings}</source>
        <translation>التسجيلات التي تحمل صوته (لا يستطيع qcode اقتطاع صوت من تسجيل؛ يُلغى ربط كل منها):
{recordings}</translation>
    </message>
    <message>
        <source>After the withdrawal you will be asked whether qcode should delete the recording files of their own interviews too.</source>
        <translation>بعد الانسحاب ستُسأل هل يحذف qcode ملفات تسجيلات مقابلاته الخاصة أيضًا.</translation>
    </message>
    <message>
        <source>This is permanent: Edit ▸ Undo cannot bring it back, and the edits made before it can no longer be undone.</source>
        <translation>هذا نهائي: لا يمكن لتحرير ▸ تراجع استعادته، ولا يمكن بعده التراجع عن التعديلات التي سبقته.</translation>
    </message>
    <message>
        <source>Deleted: {counts}.</source>
        <translation>حُذف: {counts}.</translation>
    </message>
    <message>
        <source>The project file was rebuilt so that none of their text is left in it.</source>
        <translation>أُعيد بناء ملف المشروع بحيث لا يبقى فيه شيء من نصهم.</translation>
    </message>
    <message>
        <source>The project file&apos;s write-ahead log still holds their text until the project is closed (another program has it open).</source>
        <translation>لا يزال سجل الكتابة المسبقة لملف المشروع يحتوي على نصهم إلى أن يُغلق المشروع (برنامج آخر يفتحه).</translation>
    </message>
    <message>
        <source>Recordings:
{recordings}</source>
        <translation>التسجيلات:
{recordings}</translation>
    </message>
    <message>
        <source>Coders&apos; copies of this project beside it may still hold their data; delete them or make them again:
{copies}</source>
        <translation>قد تحتوي نسخ المُرمِّزين من هذا المشروع الموجودة بجانبه على بياناتهم؛ احذفها أو أنشئها مجددًا:
{copies}</translation>
    </message>
    <message>
        <source>Withdraw participant — permanent</source>
        <translation>سحب المشارك — نهائي</translation>
    </message>
    <message>
        <source>Participant withdrawn</source>
        <translation>سُحب المشارك</translation>
    </message>
    <message>
        <source>Delete backups?</source>
        <translation>حذف النسخ الاحتياطية؟</translation>
    </message>
    <message>
        <source>These backups beside the project still hold their data:
{listed}

Delete them now? (They hold everyone else&apos;s data too, as it was when each backup was made.)</source>
        <translation>لا تزال هذه النسخ الاحتياطية الموجودة بجانب المشروع تحتوي على بياناتهم:
{listed}

حذفها الآن؟ (تحتوي أيضًا على بيانات الجميع، كما كانت عند إنشاء كل نسخة.)</translation>
    </message>
    <message>
        <source>Participant withdrawn: {counts}; {backups} deleted.</source>
        <translation>سُحب المشارك: {counts}؛ وحُذف: {backups}.</translation>
    </message>
    <message>
        <source>Participant withdrawn: {counts}.</source>
        <translation>سُحب المشارك: {counts}.</translation>
    </message>
    <message>
        <source>Delete their recordings?</source>
        <translation>حذف تسجيلاته؟</translation>
    </message>
    <message>
        <source>These recordings of their own interviews still hold their voice:
{listed}

Delete the files now? (Only a file that is still the recording linked is deleted; if you keep one, delete it yourself.)</source>
        <translation>لا تزال تسجيلات مقابلاته الخاصة هذه تحمل صوته:
{listed}

حذف الملفات الآن؟ (لا يُحذف إلا ملف لا يزال هو التسجيل المربوط؛ إن احتفظت بأحدها فاحذفه بنفسك.)</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>Pseudonymise (replace identifiers from the Pseudonyms table)</source>
        <translation>إخفاء الهوية (استبدال المُعرِّفات من جدول الأسماء المستعارة)</translation>
    </message>
    <message>
        <source> Pseudonymised, and checked: no identifier is left in it.</source>
        <translation> أُخفيت الهوية، وتم التحقق: لم يبق فيه أي مُعرِّف.</translation>
    </message>
    <message>
        <source>Ignore consent (own backup)</source>
        <translation>تجاهل الموافقة (نسخة احتياطية خاصة)</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>جارٍ الكتابة…</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>أُلغي التصدير: لم يُكتب أي ملف.</translation>
    </message>
</context>
<context>
    <name>exchange.export_flow</name>
    <message>
        <source>Could not write {name}: {problem}</source>
        <translation>تعذّرت كتابة {name}: {problem}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Pseudonymise the export?</source>
        <translation>إخفاء الهوية في التصدير؟</translation>
    </message>
    <message>
        <source>Ticked, the export shows each identifier&apos;s replacement instead, and is checked for identifiers before it is saved. The project itself does not change.</source>
        <translation>عند التحديد، يُظهر التصدير بديل كل مُعرِّف بدلًا منه، ويُفحص بحثًا عن المُعرِّفات قبل حفظه. لا يتغير المشروع نفسه.</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Their passages are left out of the export, and the export says how many. Tick the box only for the project&apos;s own backup, which must never be shared.</source>
        <translation>تُستبعد مقتطفاتهم من التصدير، ويذكر التصدير عددها. حدّد المربع فقط للنسخة الاحتياطية الخاصة بالمشروع، التي يجب ألا تُشارَك أبدًا.</translation>
    </message>
    <message>
        <source> Consent register ignored: this is the project&apos;s own backup, never share it.</source>
        <translation> تم تجاهل سجل الموافقات: هذه النسخة الاحتياطية الخاصة بالمشروع، لا تشاركها أبدًا.</translation>
    </message>
    <message>
        <source> Consent: {line}.</source>
        <translation> الموافقة: {line}.</translation>
    </message>
    <message>
        <source> (pseudonymised)</source>
        <translation> (مع إخفاء الهوية)</translation>
    </message>
</context>
<context>
    <name>exchange.exports</name>
    <message>
        <source>Export to Excel</source>
        <translation>تصدير إلى Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>جارٍ كتابة المصنف…</translation>
    </message>
    <message>
        <source>Export cancelled: no workbook was written.</source>
        <translation>أُلغي التصدير: لم يُكتب أي مصنف.</translation>
    </message>
    <message>
        <source>Export coded segments as CSV</source>
        <translation>تصدير المقتطفات المُرمَّزة بصيغة CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Wrote {target}: {documents}, {codes}, {codings}, {memos}.{note}</source>
        <translation>كُتب {target}: {documents}، {codes}، {codings}، {memos}.{note}</translation>
    </message>
    <message>
        <source>Export agreement to Excel</source>
        <translation>تصدير الاتفاق إلى Excel</translation>
    </message>
    <message>
        <source>Wrote the agreement figures to {target}.</source>
        <translation>كُتبت أرقام الاتفاق في {target}.</translation>
    </message>
    <message>
        <source> Not in the standard, so not exported: </source>
        <translation> غير موجودة في المعيار، لذا لم تُصدَّر: </translation>
    </message>
    <message>
        <source> Recordings: {where}.</source>
        <translation> التسجيلات: {where}.</translation>
    </message>
    <message>
        <source>Export REFI-QDA project</source>
        <translation>تصدير مشروع REFI-QDA</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>مشاريع REFI-QDA (*.qdpx)</translation>
    </message>
    <message>
        <source>Writing the REFI-QDA project…</source>
        <translation>جارٍ كتابة مشروع REFI-QDA…</translation>
    </message>
    <message>
        <source>Export codebook</source>
        <translation>تصدير دفتر الرموز</translation>
    </message>
    <message>
        <source>REFI-QDA codebook (*.qdc)</source>
        <translation>دفتر رموز REFI-QDA (*.qdc)</translation>
    </message>
    <message>
        <source>Wrote {count} codes to {target}.</source>
        <translation>كُتب {count} رمز في {target}.</translation>
    </message>
</context>
<context>
    <name>exchange.imports</name>
    <message>
        <source>Import documents</source>
        <translation>استيراد مستندات</translation>
    </message>
    <message>
        <source>Documents ({patterns})</source>
        <translation>المستندات ({patterns})</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Importing {name} ({number} of {count})…</source>
        <translation>جارٍ استيراد {name} ({number} من {count})…</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>تقرير الاستيراد</translation>
    </message>
    <message>
        <source>Import codebook</source>
        <translation>استيراد دفتر رموز</translation>
    </message>
    <message>
        <source>REFI-QDA codebooks (*.qdc *.qde)</source>
        <translation>دفاتر رموز REFI-QDA (*.qdc *.qde)</translation>
    </message>
    <message>
        <source>{where}{added} codes added, {matched} already there.</source>
        <translation>{where}أُضيف {added} رمز، و{matched} موجودة مسبقًا.</translation>
    </message>
    <message>
        <source>Note: {notes}.</source>
        <translation>ملاحظة: {notes}.</translation>
    </message>
    <message>
        <source>Import REFI-QDA project</source>
        <translation>استيراد مشروع REFI-QDA</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx *.qde)</source>
        <translation>مشاريع REFI-QDA (*.qdpx *.qde)</translation>
    </message>
    <message>
        <source>This project already has documents: import into a new project</source>
        <translation>يحتوي هذا المشروع على مستندات مسبقًا: استورد إلى مشروع جديد</translation>
    </message>
    <message>
        <source>qcode projects (*.qcode)</source>
        <translation>مشاريع qcode (*.qcode)</translation>
    </message>
    <message>
        <source>warning: {line}</source>
        <translation>تحذير: {line}</translation>
    </message>
    <message>
        <source>changed: {line}</source>
        <translation>تغيّر: {line}</translation>
    </message>
    <message>
        <source>skipped: {line}</source>
        <translation>تُخطي: {line}</translation>
    </message>
    <message>
        <source>REFI-QDA import</source>
        <translation>استيراد REFI-QDA</translation>
    </message>
    <message>
        <source>Imported {counts}.</source>
        <translation>استُورد {counts}.</translation>
    </message>
    <message>
        <source>{n_lines} things were skipped or changed: see the details below.</source>
        <translation>تم تخطي أو تغيير {n_lines} عنصرًا: انظر التفاصيل أدناه.</translation>
    </message>
    <message>
        <source>Nothing was skipped or changed.</source>
        <translation>لم يُتخطَّ أو يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>REFI-QDA import report</source>
        <translation>تقرير استيراد REFI-QDA</translation>
    </message>
</context>
<context>
    <name>findings.case_dialogs</name>
    <message>
        <source>Assign to case</source>
        <translation>إسناد إلى حالة</translation>
    </message>
    <message>
        <source>Assign {what} to which case?
(type a new name to make a new case)</source>
        <translation>إسناد {what} إلى أي حالة؟
(اكتب اسمًا جديدًا لإنشاء حالة جديدة)</translation>
    </message>
    <message>
        <source> ({already} already in it)</source>
        <translation> ({already} فيها مسبقًا)</translation>
    </message>
    <message>
        <source>Assigned {what} to the case &apos;{name}&apos;{note}.</source>
        <translation>أُسند {what} إلى الحالة «{name}»{note}.</translation>
    </message>
    <message>
        <source>Import case list</source>
        <translation>استيراد قائمة الحالات</translation>
    </message>
    <message>
        <source>Case lists (*.csv *.xlsx);;All files (*)</source>
        <translation>قوائم الحالات (*.csv *.xlsx);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Case list imported</source>
        <translation>استُوردت قائمة الحالات</translation>
    </message>
</context>
<context>
    <name>findings.cases_panel</name>
    <message>
        <source>Case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <source>Documents, speakers and codings assigned to the case</source>
        <translation>المستندات والمتحدثون والترميزات المسندة إلى الحالة</translation>
    </message>
</context>
<context>
    <name>findings.corroboration_window</name>
    <message>
        <source>no source</source>
        <translation>لا مصدر</translation>
    </message>
</context>
<context>
    <name>findings.framework_model</name>
    <message>
        <source>{coded} coded</source>
        <translation>{coded} مُرمَّز</translation>
    </message>
    <message>
        <source>{quotes} quoted</source>
        <translation>{quotes} مُقتبَس</translation>
    </message>
    <message>
        <source>(no summary yet)</source>
        <translation>(لا ملخص بعد)</translation>
    </message>
</context>
<context>
    <name>findings.undo_menu</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
</context>
<context>
    <name>headers</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>الترميزات</translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Distinct independent sources: cases, or the document for a coding in no case</source>
        <translation>المصادر المستقلة المتمايزة: الحالات، أو المستند بالنسبة لترميز لا ينتمي إلى أي حالة</translation>
    </message>
    <message>
        <source>First-hand</source>
        <translation>مباشر</translation>
    </message>
    <message>
        <source>Sources with at least one coding graded first-hand</source>
        <translation>المصادر التي لها ترميز واحد على الأقل بدرجة مباشر</translation>
    </message>
    <message>
        <source>Contradicted</source>
        <translation>مُناقَض</translation>
    </message>
    <message>
        <source>&apos;contradicts&apos; links to or from these codings</source>
        <translation>روابط «يناقض» من هذه الترميزات أو إليها</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>الاقتباسات</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>الاقتباس</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>المتحدث</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Coded text</source>
        <translation>النص المُرمَّز</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>السياق</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>المُرمِّز</translation>
    </message>
    <message>
        <source>Coded at (UTC)</source>
        <translation>وقت الترميز (UTC)</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>المذكرة</translation>
    </message>
    <message>
        <source>Coding ID</source>
        <translation>معرّف الترميز</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>مرفقة بـ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>الإنشاء (UTC)</translation>
    </message>
    <message>
        <source>Modified (UTC)</source>
        <translation>التعديل (UTC)</translation>
    </message>
    <message>
        <source>(overall)</source>
        <translation>(الإجمالي)</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>الأحرف</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>الجمل</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>الفقرات</translation>
    </message>
    <message>
        <source>Coded segments</source>
        <translation>المقتطفات المُرمَّزة</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>المقتطفات</translation>
    </message>
    <message>
        <source>% agreement</source>
        <translation>% الاتفاق</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation>كابا كوهين κ</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>ألفا كريبندورف α</translation>
    </message>
    <message>
        <source>Specific agreement</source>
        <translation>الاتفاق المحدد</translation>
    </message>
    <message>
        <source>Share of units on which the coders agree: all coded them, or none did</source>
        <translation>نسبة الوحدات التي يتفق عليها المُرمِّزون: رمّزوها جميعًا، أو لم يرمّزها أحد</translation>
    </message>
    <message>
        <source>Agreement beyond chance: 1 is perfect, 0 no better than chance</source>
        <translation>الاتفاق بما يتجاوز الصدفة: 1 تام، و0 ليس أفضل من الصدفة</translation>
    </message>
    <message>
        <source>Agreement beyond chance (nominal): 0.8 is a common bar, 0.667 the lowest for tentative conclusions</source>
        <translation>الاتفاق بما يتجاوز الصدفة (اسمي): 0.8 حدّ شائع، و0.667 أدنى حد للاستنتاجات المبدئية</translation>
    </message>
    <message>
        <source>Positive agreement: of the units any coder coded, the share the coders agree on (text nobody coded does not count)</source>
        <translation>الاتفاق الإيجابي: من الوحدات التي رمّزها أي مُرمِّز، النسبة التي يتفق عليها المُرمِّزون (النص الذي لم يرمّزه أحد لا يُحتسب)</translation>
    </message>
</context>
<context>
    <name>media</name>
    <message>
        <source>Link recording…</source>
        <translation>ربط تسجيل…</translation>
    </message>
    <message>
        <source>Unlink recording</source>
        <translation>إلغاء ربط التسجيل</translation>
    </message>
    <message>
        <source>Open a document first, then link its recording.</source>
        <translation>افتح مستندًا أولًا، ثم اربط تسجيله.</translation>
    </message>
    <message>
        <source>Link recording</source>
        <translation>ربط تسجيل</translation>
    </message>
    <message>
        <source>Linked {file_name} to &apos;{name}&apos; (kept where it is, not copied). The project is encrypted but its recordings are not: qcode links them where they are; keep them on an encrypted disk.</source>
        <translation>رُبط {file_name} بـ«{name}» (يبقى في مكانه، ولا يُنسخ). المشروع مشفَّر لكن تسجيلاته ليست مشفَّرة: يربطها qcode حيث هي؛ احفظها على قرص مشفَّر.</translation>
    </message>
    <message>
        <source>Linked {file_name} to &apos;{name}&apos; (kept where it is, not copied).</source>
        <translation>رُبط {file_name} بـ«{name}» (يبقى في مكانه، ولا يُنسخ).</translation>
    </message>
    <message>
        <source>Recordings ({patterns})</source>
        <translation>التسجيلات ({patterns})</translation>
    </message>
</context>
<context>
    <name>media.transcribe</name>
    <message>
        <source>New transcript from a recording…</source>
        <translation>نص مُفرَّغ جديد من تسجيل…</translation>
    </message>
    <message>
        <source>Transcribe a recording</source>
        <translation>تفريغ تسجيل</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>#{id} (deleted)</source>
        <translation>#{id} (محذوف)</translation>
    </message>
    <message>
        <source>% agreement</source>
        <translation>% الاتفاق</translation>
    </message>
    <message>
        <source>&apos;)&apos; without a matching &apos;(&apos;</source>
        <translation>&apos;)&apos; بلا &apos;(&apos; مقابل</translation>
    </message>
    <message>
        <source>&apos;**&apos; may only end a path, as in &quot;Harms/**&quot;</source>
        <translation>لا يأتي &apos;**&apos; إلا في نهاية المسار، كما في &quot;Harms/**&quot;</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is a grouping code; apply one of its sub-codes</source>
        <translation>«{code}» رمز تجميعي؛ طبّق أحد رموزه الفرعية</translation>
    </message>
    <message>
        <source>&apos;{document}&apos; has no recording linked</source>
        <translation>لا يوجد تسجيل مرتبط بـ«{document}»</translation>
    </message>
    <message>
        <source>&apos;{document}&apos; has no version {version} (its versions are 1 to {last})</source>
        <translation>لا توجد نسخة {version} من «{document}» (نسخه من 1 إلى {last})</translation>
    </message>
    <message>
        <source>&apos;{document}&apos; was not imported from a file: it has no original</source>
        <translation>لم يُستورد «{document}» من ملف: ليس له ملف أصلي</translation>
    </message>
    <message>
        <source>&apos;{document}&apos; would have more than {limit:,} characters; nothing was changed</source>
        <translation>سيتجاوز «{document}» {limit:,} حرفًا؛ لم يُغيَّر شيء</translation>
    </message>
    <message>
        <source>&apos;{document}&apos; would have no text left; nothing was changed</source>
        <translation>لن يبقى في «{document}» أي نص؛ لم يُغيَّر شيء</translation>
    </message>
    <message>
        <source>&apos;{document}&apos;: a second recording for the same transcript was not linked</source>
        <translation>&apos;{document}&apos;: لم يُربط تسجيل ثانٍ للنص المفرّغ نفسه</translation>
    </message>
    <message>
        <source>&apos;{document}&apos;: its recording ({path}) was not found on this computer; link it with: qcode media PROJECT DOCUMENT FILE</source>
        <translation>&apos;{document}&apos;: لم يُعثر على تسجيله ({path}) على هذا الحاسوب؛ اربطه بالأمر: qcode media PROJECT DOCUMENT FILE</translation>
    </message>
    <message>
        <source>&apos;{document}&apos;: its recording linked at {path}</source>
        <translation>&apos;{document}&apos;: رُبط تسجيله في {path}</translation>
    </message>
    <message>
        <source>&apos;{document}&apos;: its recording was not linked ({problem})</source>
        <translation>&apos;{document}&apos;: لم يُربط تسجيله ({problem})</translation>
    </message>
    <message>
        <source>&apos;{document}&apos;: its recording written out of the file to {path}</source>
        <translation>&apos;{document}&apos;: استُخرج تسجيله من الملف إلى {path}</translation>
    </message>
    <message>
        <source>&apos;{document}&apos;: {problem}</source>
        <translation>«{document}»: {problem}</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; was not done: it would break the project&apos;s consistency ({problem})</source>
        <translation>لم يُنفَّذ «{label}»: سيُخلّ باتساق المشروع ({problem})</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; ({what}) was not imported: it has no text or transcript</source>
        <translation>لم يُستورد &apos;{name}&apos; ({what}): ليس له نص ولا نص مفرّغ</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has the same text as &apos;{earlier}&apos;; its codings and memos are on that document</source>
        <translation>&apos;{name}&apos; له نص &apos;{earlier}&apos; نفسه؛ ترميزاته ومذكراته على ذلك المستند</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; was not imported: {problem}</source>
        <translation>لم يُستورد &apos;{name}&apos;: {problem}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; was not imported: {problem} ({codings} lost)</source>
        <translation>لم يُستورد &apos;{name}&apos;: {problem} (فُقد {codings})</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;: {codings} of the whole {what} not imported</source>
        <translation>&apos;{name}&apos;: لم يُستورد {codings} على {what} كاملًا</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;: {count:,} passage marked without a code is now memos on the document, quoting the passage</source>
        <translation>&apos;{name}&apos;: مقطع واحد ({count:,}) مُعلَّم بلا رمز أصبح مذكرة على المستند تقتبس المقطع</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;: {count:,} passages marked without a code are now memos on the document, quoting the passage</source>
        <translation>&apos;{name}&apos;: {count:,} مقاطع مُعلَّمة بلا رمز أصبحت مذكرات على المستند تقتبس المقاطع</translation>
    </message>
    <message numerus="yes">
        <source>&apos;{name}&apos;: {count:,} selection{s} outside its text ({length} {unit}) and were not imported: {spans}</source>
        <translation>
            <numerusform>&apos;{name}&apos;: لم يُستورد {count:,} تحديد خارج نصه ({length} {unit}): {spans}</numerusform>
            <numerusform>&apos;{name}&apos;: لم يُستورد تحديد واحد خارج نصه ({length} {unit}): {spans}</numerusform>
            <numerusform>&apos;{name}&apos;: لم يُستورد تحديدان خارج نصه ({length} {unit}): {spans}</numerusform>
            <numerusform>&apos;{name}&apos;: لم يُستورد {count:,} تحديدات خارج نصه ({length} {unit}): {spans}</numerusform>
            <numerusform>&apos;{name}&apos;: لم يُستورد {count:,} تحديدًا خارج نصه ({length} {unit}): {spans}</numerusform>
            <numerusform>&apos;{name}&apos;: لم يُستورد {count:,} تحديد خارج نصه ({length} {unit}): {spans}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;{name}&apos;: {count:,} selection{s} without a valid start before the end were not imported: {spans}</source>
        <translation>
            <numerusform>&apos;{name}&apos;: لم يُستورد {count:,} تحديد بلا بداية صالحة قبل النهاية: {spans}</numerusform>
            <numerusform>&apos;{name}&apos;: لم يُستورد تحديد واحد بلا بداية صالحة قبل النهاية: {spans}</numerusform>
            <numerusform>&apos;{name}&apos;: لم يُستورد تحديدان بلا بداية صالحة قبل النهاية: {spans}</numerusform>
            <numerusform>&apos;{name}&apos;: لم يُستورد {count:,} تحديدات بلا بداية صالحة قبل النهاية: {spans}</numerusform>
            <numerusform>&apos;{name}&apos;: لم يُستورد {count:,} تحديدًا بلا بداية صالحة قبل النهاية: {spans}</numerusform>
            <numerusform>&apos;{name}&apos;: لم يُستورد {count:,} تحديد بلا بداية صالحة قبل النهاية: {spans}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;{name}&apos;: {count:,} {what} region or time selection{s} with {codings} not imported (qcode codes text only)</source>
        <translation>
            <numerusform>&apos;{name}&apos;: لم يُستورد {count:,} تحديد منطقة أو وقت في {what} مع {codings} (qcode يرمّز النص فقط)</numerusform>
            <numerusform>&apos;{name}&apos;: لم يُستورد تحديد منطقة أو وقت واحد في {what} مع {codings} (qcode يرمّز النص فقط)</numerusform>
            <numerusform>&apos;{name}&apos;: لم يُستورد تحديدا منطقة أو وقت في {what} مع {codings} (qcode يرمّز النص فقط)</numerusform>
            <numerusform>&apos;{name}&apos;: لم يُستورد {count:,} تحديدات مناطق أو أوقات في {what} مع {codings} (qcode يرمّز النص فقط)</numerusform>
            <numerusform>&apos;{name}&apos;: لم يُستورد {count:,} تحديدَ منطقة أو وقت في {what} مع {codings} (qcode يرمّز النص فقط)</numerusform>
            <numerusform>&apos;{name}&apos;: لم يُستورد {count:,} تحديد منطقة أو وقت في {what} مع {codings} (qcode يرمّز النص فقط)</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is not a code path (empty part)</source>
        <translation>«{path}» ليس مسار رمز (فيه جزء فارغ)</translation>
    </message>
    <message>
        <source>&apos;{document}&apos;: its recording {file} still holds what was replaced (qcode cannot redact audio): keep it apart from anything shared, or edit it</source>
        <translation>”{document}“: لا يزال تسجيله {file} يحمل ما استُبدل (لا يستطيع qcode تنقيح الصوت): احفظه بعيدًا عن كل ما يُشارك، أو حرّره</translation>
    </message>
    <message>
        <source>&apos;{document}&apos;: its recording {file} still holds what was replaced (qcode cannot redact audio): keep it apart from anything shared, or edit it (the replaced words are spoken at {times})</source>
        <translation>”{document}“: لا يزال تسجيله {file} يحمل ما استُبدل (لا يستطيع qcode تنقيح الصوت): احفظه بعيدًا عن كل ما يُشارك، أو حرّره (تُنطق الكلمات المستبدلة في {times})</translation>
    </message>
    <message>
        <source>&apos;{document}&apos;: the recording it transcribes still holds what was replaced (qcode cannot redact audio): keep it apart from anything shared, or edit it</source>
        <translation>”{document}“: لا يزال التسجيل الذي يفرّغه يحمل ما استُبدل (لا يستطيع qcode تنقيح الصوت): احفظه بعيدًا عن كل ما يُشارك، أو حرّره</translation>
    </message>
    <message>
        <source>&apos;{document}&apos;: the recording it transcribes still holds what was replaced (qcode cannot redact audio): keep it apart from anything shared, or edit it (the replaced words are spoken at {times})</source>
        <translation>”{document}“: لا يزال التسجيل الذي يفرّغه يحمل ما استُبدل (لا يستطيع qcode تنقيح الصوت): احفظه بعيدًا عن كل ما يُشارك، أو حرّره (تُنطق الكلمات المستبدلة في {times})</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; was not done: a text in it holds an invalid character (a lone surrogate)</source>
        <translation>لم يُنفَّذ «{label}»: يحتوي أحد نصوصه على محرف غير صالح (نصف زوج بديل منفرد)</translation>
    </message>
    <message>
        <source>&apos;{source}&apos;: a project in memory cannot keep a recording</source>
        <translation>&apos;{source}&apos;: لا يستطيع مشروع في الذاكرة الاحتفاظ بتسجيل</translation>
    </message>
    <message>
        <source>&apos;{source}&apos;: its recording sources/{entry} is missing from the file</source>
        <translation>&apos;{source}&apos;: تسجيله sources/{entry} غير موجود في الملف</translation>
    </message>
    <message>
        <source>&apos;{source}&apos;: its recording sources/{entry} is not a kind qcode links</source>
        <translation>&apos;{source}&apos;: تسجيله sources/{entry} ليس من نوع يربطه qcode</translation>
    </message>
    <message>
        <source>&apos;{suffix}&apos; is not a recording qcode links (it links {known})</source>
        <translation>&apos;{suffix}&apos; ليس تسجيلًا يربطه qcode (يربط {known})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date like 2031-12-31</source>
        <translation>«{value}» ليس تاريخًا بصيغة 2031-12-31</translation>
    </message>
    <message>
        <source>&apos;{variable}&apos; is {ours} here but {theirs} in {other}; kept {ours}</source>
        <translation>&apos;{variable}&apos; هنا {ours} لكنه {theirs} في {other}؛ أُبقي {ours}</translation>
    </message>
    <message>
        <source>&apos;{what}&apos; is {ours} here but {theirs} in {other}; kept {chosen}</source>
        <translation>&apos;{what}&apos; هنا {ours} لكنه {theirs} في {other}؛ أُبقي {chosen}</translation>
    </message>
    <message>
        <source>(a replacement holding an identifier; not shown)</source>
        <translation>(بديل يحتوي على مُعرِّف؛ لا يُعرض)</translation>
    </message>
    <message>
        <source>(no extension) is not a recording qcode links (it links {known})</source>
        <translation>(بلا امتداد) ليس تسجيلًا يربطه qcode (يربط {known})</translation>
    </message>
    <message>
        <source>--sections: name at least one of {sections}</source>
        <translation>--sections: سمِّ واحدًا على الأقل من {sections}</translation>
    </message>
    <message>
        <source>--split must be between 0.05 and 0.95</source>
        <translation>يجب أن تكون قيمة --split بين 0.05 و0.95</translation>
    </message>
    <message>
        <source>1 byte that is not valid UTF-8 replaced by � on line {lines}</source>
        <translation>استُبدل بـ � بايت واحد غير صالح بترميز UTF-8 في السطر {lines}</translation>
    </message>
    <message>
        <source>&lt;{tag}&gt; is still open</source>
        <translation>&lt;{tag}&gt; ما زال مفتوحًا</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>حول هذا التقرير</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>كل الرموز</translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <source>Asks</source>
        <translation>يطلب</translation>
    </message>
    <message>
        <source>Bar chart of the {count} codes with the most coded passages.</source>
        <translation>مخطط شريطي لأكثر {count} رموز من حيث المقتطفات المُرمَّزة.</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>الأحرف</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>المخططات</translation>
    </message>
    <message>
        <source>Co-occurrence</source>
        <translation>التواجد المشترك</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Code frequencies</source>
        <translation>تكرارات الرموز</translation>
    </message>
    <message>
        <source>Code memos</source>
        <translation>مذكرات الرموز</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>دفتر الرموز</translation>
    </message>
    <message>
        <source>Coded passages</source>
        <translation>المقتطفات المُرمَّزة</translation>
    </message>
    <message>
        <source>Coded passages (own)</source>
        <translation>المقتطفات المُرمَّزة (الخاصة)</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>المُرمِّزون</translation>
    </message>
    <message>
        <source>Coders {coders}; documents: {documents}.</source>
        <translation>المُرمِّزون {coders}؛ المستندات: {documents}.</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa</source>
        <translation>كابا كوهين</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <source>Contradicting links</source>
        <translation>روابط المناقضة</translation>
    </message>
    <message>
        <source>Corroboration</source>
        <translation>تعزيز الأدلة</translation>
    </message>
    <message>
        <source>Document memos</source>
        <translation>مذكرات المستندات</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>END ({end:,}) is past the end of &apos;{document}&apos; ({count:,} characters); nothing was changed</source>
        <translation>END ({end:,}) بعد نهاية «{document}» ({count:,} حرفًا)؛ لم يُغيَّر شيء</translation>
    </message>
    <message>
        <source>Each case&apos;s summary on each code, as the team wrote it (&apos;qcode framework&apos;), then the coded passages each summary rests on.</source>
        <translation>ملخص كل حالة على كل رمز كما كتبه الفريق (&apos;qcode framework&apos;)، ثم المقتطفات المُرمَّزة التي يستند إليها كل ملخص.</translation>
    </message>
    <message>
        <source>Each saved query, the passages it finds now in this report&apos;s documents (&apos;qcode query --run NAME&apos; lists them).</source>
        <translation>كل استعلام محفوظ، والمقتطفات التي يجدها الآن في مستندات هذا التقرير (&apos;qcode query --run NAME&apos; يسردها).</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>عوامل التصفية</translation>
    </message>
    <message>
        <source>First-hand</source>
        <translation>مباشر</translation>
    </message>
    <message>
        <source>Framework matrix</source>
        <translation>مصفوفة الإطار</translation>
    </message>
    <message>
        <source>Heat map of how often the {count} most applied codes overlap.</source>
        <translation>خريطة حرارية لعدد مرات تداخل أكثر {count} رموز استخدامًا.</translation>
    </message>
    <message>
        <source>How often passages of two codes overlap, for the {count} codes applied most often (the figures of &apos;qcode cooccurrence&apos;).</source>
        <translation>عدد مرات تداخل مقتطفات رمزين، لأكثر {count} رموز استخدامًا (أرقام &apos;qcode cooccurrence&apos;).</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>تاريخ الاستيراد</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>مستورد من</translation>
    </message>
    <message>
        <source>Inter-coder agreement</source>
        <translation>الاتفاق بين المُرمِّزين</translation>
    </message>
    <message>
        <source>Keywords: {keywords}</source>
        <translation>الكلمات المفتاحية: {keywords}</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha</source>
        <translation>ألفا كريبندورف</translation>
    </message>
    <message>
        <source>Memo: {memo}</source>
        <translation>المذكرة: {memo}</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>المذكرات</translation>
    </message>
    <message>
        <source>NEAR/{unit} is not a distance: use NEAR/N (N characters, 0 to {most:,}), NEAR/sentence, NEAR/paragraph or NEAR/turn</source>
        <translation>NEAR/{unit} ليست مسافة: استخدم NEAR/N (عدد N من الأحرف، من 0 إلى {most:,})، أو NEAR/sentence، أو NEAR/paragraph، أو NEAR/turn</translation>
    </message>
    <message>
        <source>NOT must follow AND (write &apos;AND NOT&apos;)</source>
        <translation>يجب أن تأتي NOT بعد AND (اكتب &apos;AND NOT&apos;)</translation>
    </message>
    <message>
        <source>No case has a summary on the codes in this report.</source>
        <translation>لا توجد حالة لها ملخص على رموز هذا التقرير.</translation>
    </message>
    <message>
        <source>No coded passages in this report.</source>
        <translation>لا توجد مقتطفات مُرمَّزة في هذا التقرير.</translation>
    </message>
    <message>
        <source>No coded passages in this report: nothing to chart.</source>
        <translation>لا توجد مقتطفات مُرمَّزة في هذا التقرير: لا شيء لرسمه.</translation>
    </message>
    <message>
        <source>No coded passages in this report: nothing to corroborate.</source>
        <translation>لا توجد مقتطفات مُرمَّزة في هذا التقرير: لا شيء لتعزيزه.</translation>
    </message>
    <message>
        <source>No codes in this report.</source>
        <translation>لا توجد رموز في هذا التقرير.</translation>
    </message>
    <message>
        <source>No documents in this report.</source>
        <translation>لا توجد مستندات في هذا التقرير.</translation>
    </message>
    <message>
        <source>No project, document or code memos in this report.</source>
        <translation>لا توجد مذكرات للمشروع أو المستندات أو الرموز في هذا التقرير.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Passages found</source>
        <translation>المقتطفات الموجودة</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Project memos</source>
        <translation>مذكرات المشروع</translation>
    </message>
    <message>
        <source>Pseudonymised</source>
        <translation>إخفاء الهوية</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>الاستعلام</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>الاقتباسات</translation>
    </message>
    <message>
        <source>Quotes are the coded text exactly as stored in the project. ¶ is the paragraph of the document the passage starts in, counted from 1; a time is the position in the recording, where the document is a subtitle file.</source>
        <translation>الاقتباسات هي النص المُرمَّز كما هو مخزَّن في المشروع تمامًا. ¶ هي فقرة المستند التي يبدأ فيها المقتطف، بالعدّ من 1؛ والوقت هو الموضع في التسجيل، حين يكون المستند ملف ترجمة.</translation>
    </message>
    <message>
        <source>Quotes by code</source>
        <translation>الاقتباسات حسب الرمز</translation>
    </message>
    <message>
        <source>Report written {time}</source>
        <translation>كُتب التقرير في {time}</translation>
    </message>
    <message>
        <source>SHA-256 is the fingerprint of the document&apos;s text as qcode stores it (UTF-8): the same text always gives the same fingerprint.</source>
        <translation>SHA-256 هو بصمة نص المستند كما يخزّنه qcode (UTF-8): النص نفسه يعطي دائمًا البصمة نفسها.</translation>
    </message>
    <message>
        <source>SHA-256 is the fingerprint of the document&apos;s text as qcode stores it (UTF-8): the same text always gives the same fingerprint. The names of the files the documents were imported from are left out of a pseudonymised report: they often hold names.</source>
        <translation>SHA-256 هو بصمة نص المستند كما يخزّنه qcode (UTF-8): النص نفسه يعطي دائمًا البصمة نفسها. وتُستبعد من التقرير المُخفى الهوية أسماءُ الملفات التي استُوردت منها المستندات: فهي تحمل أسماء في الغالب.</translation>
    </message>
    <message>
        <source>START ({start:,}) is after END ({end:,}); nothing was changed</source>
        <translation>START ({start:,}) بعد END ({end:,})؛ لم يُغيَّر شيء</translation>
    </message>
    <message>
        <source>Saved queries</source>
        <translation>الاستعلامات المحفوظة</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>المصادر: {sources}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>The figures of &apos;qcode agreement&apos; (character unit): every character of a document counts as coded or not coded with each code by each coder.</source>
        <translation>أرقام &apos;qcode agreement&apos; (وحدة الحرف): يُحتسب كل حرف من المستند مُرمَّزًا أو غير مُرمَّز بكل رمز ولدى كل مُرمِّز.</translation>
    </message>
    <message>
        <source>The figures of &apos;qcode corroboration&apos;: a source is a case a coded passage belongs to (a passage of no case: its document); first-hand sources have a passage graded first-hand; contradicting links are links of the type &apos;contradicts&apos;. An allegation counts the passages of its sub-codes.</source>
        <translation>أرقام &apos;qcode corroboration&apos;: المصدر هو الحالة التي ينتمي إليها مقتطف مُرمَّز (والمقتطف الذي لا ينتمي إلى حالة: مستنده)؛ والمصادر المباشرة لها مقتطف بدرجة مباشر؛ وروابط المناقضة هي الروابط من نوع &apos;contradicts&apos;. ويحتسب الادعاء مقتطفات رموزه الفرعية.</translation>
    </message>
    <message>
        <source>The quotes of this report are limited to {query}.</source>
        <translation>تقتصر اقتباسات هذا التقرير على {query}.</translation>
    </message>
    <message>
        <source>UTF-16 units</source>
        <translation>وحدة UTF-16</translation>
    </message>
    <message>
        <source>Update this field to list the headings.</source>
        <translation>حدِّث هذا الحقل لعرض العناوين.</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>تاريخ الكتابة</translation>
    </message>
    <message>
        <source>a breakdown by attribute needs the attribute&apos;s name</source>
        <translation>يحتاج التقسيم حسب السمة إلى اسم السمة</translation>
    </message>
    <message>
        <source>a breakdown by case attribute needs the attribute&apos;s name</source>
        <translation>يحتاج التقسيم حسب سمة الحالة إلى اسم السمة</translation>
    </message>
    <message>
        <source>a case</source>
        <translation>حالة</translation>
    </message>
    <message>
        <source>a case member is a document, a speaker or a coding</source>
        <translation>عضو الحالة مستند أو متحدث أو ترميز</translation>
    </message>
    <message>
        <source>a case member is a document, a speaker or a coding, not several</source>
        <translation>عضو الحالة مستند أو متحدث أو ترميز، لا أكثر من واحد</translation>
    </message>
    <message>
        <source>a code</source>
        <translation>رمز</translation>
    </message>
    <message>
        <source>a code without a name is now named &apos;{name}&apos;</source>
        <translation>رمز بلا اسم أصبح اسمه &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>a code without a name under &apos;{parent}&apos; is now named &apos;{name}&apos;</source>
        <translation>رمز بلا اسم تحت &apos;{parent}&apos; أصبح اسمه &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>a code&apos;s path is missing its closing double quote</source>
        <translation>ينقص مسارَ الرمز علامةُ التنصيص المزدوجة الختامية</translation>
    </message>
    <message>
        <source>a coder</source>
        <translation>مُرمِّز</translation>
    </message>
    <message>
        <source>a coding</source>
        <translation>ترميز</translation>
    </message>
    <message>
        <source>a coding cannot be linked to itself</source>
        <translation>لا يمكن ربط ترميز بنفسه</translation>
    </message>
    <message>
        <source>a coding to link no longer exists</source>
        <translation>أحد الترميزات المراد ربطها لم يعد موجودًا</translation>
    </message>
    <message>
        <source>a document</source>
        <translation>مستند</translation>
    </message>
    <message>
        <source>a document to auto-code no longer exists</source>
        <translation>أحد المستندات المراد ترميزها تلقائيًا لم يعد موجودًا</translation>
    </message>
    <message>
        <source>a document to link no longer exists; nothing was changed</source>
        <translation>أحد المستندات المراد ربطها لم يعد موجودًا؛ لم يُغيَّر شيء</translation>
    </message>
    <message>
        <source>a document to redact no longer exists; nothing was redacted</source>
        <translation>أحد المستندات المراد حجبها لم يعد موجودًا؛ لم يُحجب شيء</translation>
    </message>
    <message>
        <source>a font that covers it</source>
        <translation>خطًّا يتضمنه</translation>
    </message>
    <message>
        <source>a grade</source>
        <translation>درجة</translation>
    </message>
    <message>
        <source>a link from coding {uuid}</source>
        <translation>رابط من الترميز {uuid}</translation>
    </message>
    <message>
        <source>a link type</source>
        <translation>نوع رابط</translation>
    </message>
    <message>
        <source>a participant</source>
        <translation>مشارك</translation>
    </message>
    <message>
        <source>a participant withdrew: their turns were removed</source>
        <translation>انسحب مشارك: أُزيلت أدواره</translation>
    </message>
    <message>
        <source>a passage without a code</source>
        <translation>مقطع بلا رمز</translation>
    </message>
    <message>
        <source>a passphrase cannot contain a NUL character</source>
        <translation>لا يجوز أن تحوي عبارة المرور حرف NUL</translation>
    </message>
    <message>
        <source>a passphrase needs at least {count} characters (a few unrelated words are both strong and easy to remember)</source>
        <translation>تحتاج عبارة المرور إلى {count} حرفًا على الأقل (بضع كلمات لا رابط بينها قوية وسهلة التذكّر معًا)</translation>
    </message>
    <message>
        <source>a project needs a name</source>
        <translation>يحتاج المشروع إلى اسم</translation>
    </message>
    <message>
        <source>a pseudonym needs {what}</source>
        <translation>يحتاج الاسم المستعار إلى {what}</translation>
    </message>
    <message>
        <source>a pseudonym&apos;s {what} must be one line</source>
        <translation>يجب أن يكون {what} في الاسم المستعار سطرًا واحدًا</translation>
    </message>
    <message>
        <source>a pseudonymised agreement workbook needs the project</source>
        <translation>يحتاج مصنف الاتفاق المُخفى الهوية إلى المشروع</translation>
    </message>
    <message>
        <source>a query</source>
        <translation>استعلام</translation>
    </message>
    <message>
        <source>a recording refers to &apos;{entry}&apos;, outside the archive</source>
        <translation>تسجيل يشير إلى &apos;{entry}&apos; خارج الأرشيف</translation>
    </message>
    <message>
        <source>a replacement</source>
        <translation>بديل</translation>
    </message>
    <message>
        <source>a second case named &apos;{old}&apos; is now &apos;{new}&apos;</source>
        <translation>حالة ثانية باسم &apos;{old}&apos; أصبحت &apos;{new}&apos;</translation>
    </message>
    <message>
        <source>a second document named &apos;{old}&apos; is now &apos;{new}&apos;</source>
        <translation>مستند ثانٍ باسم &apos;{old}&apos; أصبح &apos;{new}&apos;</translation>
    </message>
    <message>
        <source>a second user named &apos;{old}&apos; is now &apos;{new}&apos;</source>
        <translation>مستخدم ثانٍ باسم &apos;{old}&apos; أصبح &apos;{new}&apos;</translation>
    </message>
    <message>
        <source>a speaker</source>
        <translation>متحدث</translation>
    </message>
    <message>
        <source>a text to code</source>
        <translation>نصًا للترميز</translation>
    </message>
    <message>
        <source>add grade &apos;{grade}&apos;</source>
        <translation>إضافة الدرجة «{grade}»</translation>
    </message>
    <message>
        <source>add link type &apos;{name}&apos;</source>
        <translation>إضافة نوع الرابط «{name}»</translation>
    </message>
    <message>
        <source>add memo on {target}</source>
        <translation>إضافة مذكرة عن {target}</translation>
    </message>
    <message>
        <source>add memo on {target} &apos;{name}&apos;</source>
        <translation>إضافة مذكرة عن {target} «{name}»</translation>
    </message>
    <message>
        <source>add project memo</source>
        <translation>إضافة مذكرة للمشروع</translation>
    </message>
    <message>
        <source>add {count} codings</source>
        <translation>إضافة {count} ترميز</translation>
    </message>
    <message>
        <source>agreement compares at most {most} coders (got {count})</source>
        <translation>يقارن الاتفاق {most} مُرمِّزين على الأكثر (المعطى: {count})</translation>
    </message>
    <message>
        <source>agreement needs at least {minimum} different coders (got {given})</source>
        <translation>يحتاج الاتفاق إلى {minimum} مُرمِّزين مختلفين على الأقل (المعطى: {given})</translation>
    </message>
    <message>
        <source>all match</source>
        <translation>كلها مطابقة</translation>
    </message>
    <message>
        <source>already only the hashes of imported files are kept</source>
        <translation>تُحفظ بالفعل بصمات الملفات المستوردة فقط</translation>
    </message>
    <message>
        <source>an attribute</source>
        <translation>سمة</translation>
    </message>
    <message>
        <source>an empty code path</source>
        <translation>مسار رمز فارغ</translation>
    </message>
    <message>
        <source>an identifier</source>
        <translation>مُعرِّف</translation>
    </message>
    <message>
        <source>an identifier and its replacement must each be one line of text</source>
        <translation>يجب أن يكون كل من المُعرِّف وبديله سطرًا واحدًا من النص</translation>
    </message>
    <message>
        <source>an identifier in the pseudonym table of {other}</source>
        <translation>مُعرِّف في جدول الأسماء المستعارة في {other}</translation>
    </message>
    <message>
        <source>an identifier replaced by &apos;{replacement}&apos; in {other}</source>
        <translation>مُعرِّف مُستبدَل بـ &apos;{replacement}&apos; في {other}</translation>
    </message>
    <message>
        <source>an identifier replaced by {kept} here is replaced by {theirs} in {other}; kept {kept}</source>
        <translation>مُعرِّف مُستبدَل هنا بـ {kept} مُستبدَل بـ {theirs} في {other}؛ أُبقي {kept}</translation>
    </message>
    <message>
        <source>an identifier would be left in the text (a replacement next to other text forms an identifier again); change that replacement; nothing was redacted</source>
        <translation>سيبقى مُعرِّف في النص (بديل بجوار نص آخر يكوّن مُعرِّفًا من جديد)؛ غيّر ذلك البديل؛ لم يُحجب شيء</translation>
    </message>
    <message>
        <source>an origin cannot be on both sides: {origins}</source>
        <translation>لا يمكن أن تكون طريقة الإنشاء في الجانبين معًا: {origins}</translation>
    </message>
    <message>
        <source>apply &apos;{code}&apos;</source>
        <translation>تطبيق «{code}»</translation>
    </message>
    <message>
        <source>as imported</source>
        <translation>كما استُورد</translation>
    </message>
    <message>
        <source>assign {members} to case &apos;{case}&apos;</source>
        <translation>إسناد {members} إلى الحالة «{case}»</translation>
    </message>
    <message>
        <source>at the top level</source>
        <translation>في المستوى الأعلى</translation>
    </message>
    <message>
        <source>attribute &apos;{name}&apos;</source>
        <translation>السمة «{name}»</translation>
    </message>
    <message>
        <source>attribute &apos;{name}&apos; holds {kind} values; &apos;{value}&apos; is not one</source>
        <translation>قيم السمة «{name}» من نوع {kind}؛ و«{value}» ليست كذلك</translation>
    </message>
    <message>
        <source>attribute &apos;{text}&apos; is not KEY=VALUE</source>
        <translation>السمة «{text}» ليست بصيغة KEY=VALUE</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>الصوت</translation>
    </message>
    <message>
        <source>auto-code speaker &apos;{speaker}&apos; as &apos;{code}&apos;</source>
        <translation>ترميز المتحدث «{speaker}» تلقائيًا بـ«{code}»</translation>
    </message>
    <message>
        <source>best {count} codes of each passage</source>
        <translation>أرجح {count} رموز لكل مقطع</translation>
    </message>
    <message>
        <source>called &apos;{theirs}&apos; in {other}; kept &apos;{ours}&apos;</source>
        <translation>اسمه &apos;{theirs}&apos; في {other}؛ أُبقي &apos;{ours}&apos;</translation>
    </message>
    <message>
        <source>called &apos;{theirs}&apos; in {other}; kept the name &apos;{ours}&apos;</source>
        <translation>اسمه &apos;{theirs}&apos; في {other}؛ أُبقي الاسم &apos;{ours}&apos;</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>لا يمكن قراءته ({reason})</translation>
    </message>
    <message>
        <source>cannot create {path}: {reason}</source>
        <translation>تعذّر إنشاء {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot merge &apos;{source}&apos; into its own sub-code</source>
        <translation>لا يمكن دمج «{source}» في أحد رموزه الفرعية</translation>
    </message>
    <message>
        <source>cannot merge a code into itself</source>
        <translation>لا يمكن دمج رمز في نفسه</translation>
    </message>
    <message>
        <source>cannot move &apos;{code}&apos; into itself</source>
        <translation>لا يمكن نقل «{code}» إلى داخل نفسه</translation>
    </message>
    <message>
        <source>cannot redo &apos;{label}&apos;: {problem}</source>
        <translation>تعذّرت إعادة «{label}»: {problem}</translation>
    </message>
    <message>
        <source>cannot run now: {problem}</source>
        <translation>يتعذّر تشغيله الآن: {problem}</translation>
    </message>
    <message>
        <source>cannot splice {column} of {table}</source>
        <translation>تعذّر تعديل جزء من {column} في {table}</translation>
    </message>
    <message>
        <source>cannot undo &apos;{label}&apos;: {problem}</source>
        <translation>تعذّر التراجع عن «{label}»: {problem}</translation>
    </message>
    <message>
        <source>cannot update {columns} of {table}</source>
        <translation>تعذّر تحديث {columns} في {table}</translation>
    </message>
    <message>
        <source>cannot write {file}: {problem}</source>
        <translation>تعذّرت كتابة {file}: {problem}</translation>
    </message>
    <message>
        <source>case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>case &apos;{case}&apos; is already on row {row}</source>
        <translation>الحالة «{case}» موجودة بالفعل في الصف {row}</translation>
    </message>
    <message>
        <source>case &apos;{case}&apos; refers to a code that is not in the codebook; ignored</source>
        <translation>الحالة &apos;{case}&apos; تشير إلى رمز ليس في دفتر الرموز؛ تم تجاهله</translation>
    </message>
    <message>
        <source>close to its description</source>
        <translation>قريب من وصفه</translation>
    </message>
    <message>
        <source>close to its description in this project&apos;s words</source>
        <translation>قريب من وصفه بكلمات هذا المشروع</translation>
    </message>
    <message>
        <source>confidence ≥ {cut:g}</source>
        <translation>الثقة ≥ {cut:g}</translation>
    </message>
    <message>
        <source>could not write {path} ({problem})</source>
        <translation>تعذّرت كتابة {path} ({problem})</translation>
    </message>
    <message>
        <source>cut their turns out of it or delete it yourself (others speak in it too)</source>
        <translation>اقتطع مداخلاته منه أو احذفه بنفسك (يتحدث فيه آخرون أيضًا)</translation>
    </message>
    <message>
        <source>delete it yourself</source>
        <translation>احذفه بنفسك</translation>
    </message>
    <message>
        <source>delete it yourself (qcode never deletes it unasked)</source>
        <translation>احذفه بنفسك (لا يحذفه qcode أبدًا دون طلب)</translation>
    </message>
    <message>
        <source>deleted qcode&apos;s own copy of the recording {path} (the .qdpx it came from still holds it)</source>
        <translation>حُذفت نسخة qcode نفسه من التسجيل {path} (ملف .qdpx الذي جاء منه لا يزال يحتويه)</translation>
    </message>
    <message>
        <source>deleted the recording {path}</source>
        <translation>حُذف التسجيل {path}</translation>
    </message>
    <message>
        <source>its description: {words}</source>
        <translation>وصفه: {words}</translation>
    </message>
    <message>
        <source>learned from your coding of &apos;{code}&apos;</source>
        <translation>متعلَّم من ترميزك لـ«{code}»</translation>
    </message>
    <message>
        <source>like passages coded under &apos;{code}&apos;</source>
        <translation>يشبه مقتطفات مرمَّزة تحت «{code}»</translation>
    </message>
    <message>
        <source>next to a passage {what}</source>
        <translation>بجوار مقتطف {what}</translation>
    </message>
    <message>
        <source>not deleted: {reason}</source>
        <translation>لم يُحذف: {reason}</translation>
    </message>
    <message>
        <source>not found, so only referenced by path: {files}</source>
        <translation>لم يُعثر عليها، لذا يُشار إليها بمسارها فقط: {files}</translation>
    </message>
    <message>
        <source>not put inside, only referenced: the recordings of {documents} (their text was redacted, and they still say what was replaced)</source>
        <translation>لم تُضمَّن، يُشار إليها فقط: تسجيلات {documents} (نُقّح نصها، وما زالت تقول ما استُبدل)</translation>
    </message>
    <message>
        <source>not put inside, only referenced: the recordings of {documents} (they hold passages left out for consent)</source>
        <translation>لم تُضمَّن، يُشار إليها فقط: تسجيلات {documents} (تحوي مقاطع استُبعدت بسبب الموافقة)</translation>
    </message>
    <message numerus="yes">
        <source>case &apos;{case}&apos; refers to code &apos;{code}&apos;: its {count:,} coding{s} are members of the case (the code stays)</source>
        <translation>
            <numerusform>الحالة &apos;{case}&apos; تشير إلى الرمز &apos;{code}&apos;: ترميزاته ({count:,} ترميز) أعضاء في الحالة (يبقى الرمز)</numerusform>
            <numerusform>الحالة &apos;{case}&apos; تشير إلى الرمز &apos;{code}&apos;: ترميزاته (ترميز واحد) أعضاء في الحالة (يبقى الرمز)</numerusform>
            <numerusform>الحالة &apos;{case}&apos; تشير إلى الرمز &apos;{code}&apos;: ترميزاته (ترميزان) أعضاء في الحالة (يبقى الرمز)</numerusform>
            <numerusform>الحالة &apos;{case}&apos; تشير إلى الرمز &apos;{code}&apos;: ترميزاته ({count:,} ترميزات) أعضاء في الحالة (يبقى الرمز)</numerusform>
            <numerusform>الحالة &apos;{case}&apos; تشير إلى الرمز &apos;{code}&apos;: ترميزاته ({count:,} ترميزًا) أعضاء في الحالة (يبقى الرمز)</numerusform>
            <numerusform>الحالة &apos;{case}&apos; تشير إلى الرمز &apos;{code}&apos;: ترميزاته ({count:,} ترميز) أعضاء في الحالة (يبقى الرمز)</numerusform>
        </translation>
    </message>
    <message>
        <source>case &apos;{case}&apos;: a second value &apos;{value}&apos; of &apos;{variable}&apos; was not imported (it keeps &apos;{kept}&apos;)</source>
        <translation>الحالة &apos;{case}&apos;: لم تُستورد قيمة ثانية &apos;{value}&apos; لـ &apos;{variable}&apos; (تبقى &apos;{kept}&apos;)</translation>
    </message>
    <message>
        <source>case &apos;{case}&apos;: value &apos;{value}&apos; of &apos;{variable}&apos; is not {type}; not imported</source>
        <translation>الحالة &apos;{case}&apos;: القيمة &apos;{value}&apos; لـ &apos;{variable}&apos; ليست {type}؛ لم تُستورد</translation>
    </message>
    <message numerus="yes">
        <source>case &apos;{case}&apos;: {count:,} passage{s} of it without a code are not its members (qcode&apos;s case members are documents, speakers and codings)</source>
        <translation>
            <numerusform>الحالة &apos;{case}&apos;: ليس من أعضائها {count:,} مقطع بلا رمز (أعضاء الحالة في qcode مستندات ومتحدثون وترميزات)</numerusform>
            <numerusform>الحالة &apos;{case}&apos;: ليس من أعضائها مقطع واحد بلا رمز (أعضاء الحالة في qcode مستندات ومتحدثون وترميزات)</numerusform>
            <numerusform>الحالة &apos;{case}&apos;: ليس من أعضائها مقطعان بلا رمز (أعضاء الحالة في qcode مستندات ومتحدثون وترميزات)</numerusform>
            <numerusform>الحالة &apos;{case}&apos;: ليس من أعضائها {count:,} مقاطع بلا رمز (أعضاء الحالة في qcode مستندات ومتحدثون وترميزات)</numerusform>
            <numerusform>الحالة &apos;{case}&apos;: ليس من أعضائها {count:,} مقطعًا بلا رمز (أعضاء الحالة في qcode مستندات ومتحدثون وترميزات)</numerusform>
            <numerusform>الحالة &apos;{case}&apos;: ليس من أعضائها {count:,} مقطع بلا رمز (أعضاء الحالة في qcode مستندات ومتحدثون وترميزات)</numerusform>
        </translation>
    </message>
    <message>
        <source>case &apos;{case}&apos;: {what} of it were not imported, so they are not its members</source>
        <translation>الحالة &apos;{case}&apos;: لم تُستورد {what} منها، فليست أعضاء فيها</translation>
    </message>
    <message>
        <source>case {name}</source>
        <translation>الحالة {name}</translation>
    </message>
    <message>
        <source>change &apos;{code}&apos;</source>
        <translation>تعديل «{code}»</translation>
    </message>
    <message>
        <source>changed while it was being read; try again</source>
        <translation>تغيّر أثناء قراءته؛ حاول مجددًا</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>حرف</translation>
    </message>
    <message>
        <source>checked the hashes of {count} documents: {outcome}</source>
        <translation>فحص بصمات {count} مستند: {outcome}</translation>
    </message>
    <message>
        <source>clear the grade of coding</source>
        <translation>مسح درجة الترميز</translation>
    </message>
    <message>
        <source>clear the grade of {count} codings</source>
        <translation>مسح درجة {count} ترميز</translation>
    </message>
    <message>
        <source>closing &lt;{tag}&gt; while &lt;{opened}&gt; is open</source>
        <translation>إغلاق &lt;{tag}&gt; بينما &lt;{opened}&gt; مفتوح</translation>
    </message>
    <message>
        <source>code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>code &apos;{code}&apos;</source>
        <translation>الرمز «{code}»</translation>
    </message>
    <message>
        <source>code &apos;{code}&apos; no longer exists</source>
        <translation>الرمز «{code}» لم يعد موجودًا</translation>
    </message>
    <message>
        <source>code &apos;{name}&apos; {where} is now named &apos;{unique}&apos;</source>
        <translation>الرمز &apos;{name}&apos; {where} أصبح اسمه &apos;{unique}&apos;</translation>
    </message>
    <message>
        <source>code &apos;{name}&apos; {where} is now named &apos;{unique}&apos; (two codes had that name)</source>
        <translation>الرمز &apos;{name}&apos; {where} أصبح اسمه &apos;{unique}&apos; (كان لرمزين هذا الاسم)</translation>
    </message>
    <message>
        <source>code &apos;{path}&apos; is marked not codable in the file but has codings; it is codable now</source>
        <translation>الرمز &apos;{path}&apos; موسوم في الملف بأنه غير قابل للترميز لكن له ترميزات؛ أصبح قابلًا للترميز</translation>
    </message>
    <message>
        <source>code name &apos;{raw}&apos; cleaned to &apos;{name}&apos;</source>
        <translation>اسم الرمز &apos;{raw}&apos; نُظِّف إلى &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>code path &apos;{path}&apos; has {count:,} levels; {rule}</source>
        <translation>مسار الرمز «{path}» فيه {count:,} مستويات؛ {rule}</translation>
    </message>
    <message numerus="yes">
        <source>code set &apos;{set}&apos; is now a project memo listing its {count:,} code{s}</source>
        <translation>
            <numerusform>مجموعة الرموز &apos;{set}&apos; أصبحت مذكرة مشروع تسرد رموزها ({count:,} رمز)</numerusform>
            <numerusform>مجموعة الرموز &apos;{set}&apos; أصبحت مذكرة مشروع تسرد رموزها (رمز واحد)</numerusform>
            <numerusform>مجموعة الرموز &apos;{set}&apos; أصبحت مذكرة مشروع تسرد رموزها (رمزان)</numerusform>
            <numerusform>مجموعة الرموز &apos;{set}&apos; أصبحت مذكرة مشروع تسرد رموزها ({count:,} رموز)</numerusform>
            <numerusform>مجموعة الرموز &apos;{set}&apos; أصبحت مذكرة مشروع تسرد رموزها ({count:,} رمزًا)</numerusform>
            <numerusform>مجموعة الرموز &apos;{set}&apos; أصبحت مذكرة مشروع تسرد رموزها ({count:,} رمز)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>code {count:,} answer{s} &apos;{code}&apos;</source>
        <translation>
            <numerusform>ترميز {count:,} إجابة بـ«{code}»</numerusform>
            <numerusform>ترميز إجابة واحدة بـ«{code}»</numerusform>
            <numerusform>ترميز إجابتان بـ«{code}»</numerusform>
            <numerusform>ترميز {count:,} إجابات بـ«{code}»</numerusform>
            <numerusform>ترميز {count:,} إجابةً بـ«{code}»</numerusform>
            <numerusform>ترميز {count:,} إجابة بـ«{code}»</numerusform>
        </translation>
    </message>
    <message>
        <source>code {count} {what} as &apos;{code}&apos;</source>
        <translation>ترميز {count} من {what} بـ«{code}»</translation>
    </message>
    <message>
        <source>code {guid} has no name</source>
        <translation>الرمز {guid} بلا اسم</translation>
    </message>
    <message>
        <source>code {name!r} has an invalid GUID {guid!r}</source>
        <translation>للرمز {name!r} معرّف GUID غير صالح {guid!r}</translation>
    </message>
    <message>
        <source>code {name!r} has an invalid colour {color!r}</source>
        <translation>للرمز {name!r} لون غير صالح {color!r}</translation>
    </message>
    <message>
        <source>codebook not found: {codebook} (shipped with qcode: {shipped})</source>
        <translation>دفتر الرموز غير موجود: {codebook} (المرفقة مع qcode: {shipped})</translation>
    </message>
    <message>
        <source>coded by {coder}</source>
        <translation>رمّزه {coder}</translation>
    </message>
    <message>
        <source>coded passages (own)</source>
        <translation>المقتطفات المُرمَّزة (الخاصة)</translation>
    </message>
    <message>
        <source>coder &apos;{name}&apos; and &apos;{other}&apos; share a file name; nothing was written</source>
        <translation>للمُرمِّزَين «{name}» و«{other}» اسم الملف نفسه؛ لم يُكتب شيء</translation>
    </message>
    <message>
        <source>coder &apos;{name}&apos; is named twice; nothing was written</source>
        <translation>ذُكر المُرمِّز «{name}» مرتين؛ لم يُكتب شيء</translation>
    </message>
    <message>
        <source>coders: {names}</source>
        <translation>المُرمِّزون: {names}</translation>
    </message>
    <message>
        <source>codes (with their sub-codes): {names}</source>
        <translation>الرموز (مع رموزها الفرعية): {names}</translation>
    </message>
    <message>
        <source>coding</source>
        <translation>الترميز</translation>
    </message>
    <message>
        <source>coding {uuid}</source>
        <translation>الترميز {uuid}</translation>
    </message>
    <message>
        <source>codings made: {origins}</source>
        <translation>الترميزات المُنشأة: {origins}</translation>
    </message>
    <message>
        <source>colour &apos;{color}&apos; is not of the form #RRGGBB</source>
        <translation>اللون «{color}» ليس بصيغة #RRGGBB</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos; cannot be both {role} and {other_role}</source>
        <translation>لا يمكن أن يكون العمود «{column}» {role} و{other_role} معًا</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>العمود {column}</translation>
    </message>
    <message>
        <source>contains XML entities, which qcode refuses for safety</source>
        <translation>يحوي كيانات XML، وهو ما يرفضه qcode حفاظًا على الأمان</translation>
    </message>
    <message>
        <source>contains no text (only whitespace)</source>
        <translation>لا يحوي نصًا (مسافات بيضاء فقط)</translation>
    </message>
    <message>
        <source>contradicted ({count} link(s))</source>
        <translation>مُناقَض (عدد الروابط: {count})</translation>
    </message>
    <message>
        <source>correct the text of &apos;{document}&apos;</source>
        <translation>تصحيح نص «{document}»</translation>
    </message>
    <message>
        <source>could not delete {file}: {problem}</source>
        <translation>تعذّر حذف {file}: {problem}</translation>
    </message>
    <message>
        <source>could not write the backup {file} ({error}); nothing was merged</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية {file} ({error})؛ لم يُدمج شيء</translation>
    </message>
    <message>
        <source>could not write the coders&apos; copies ({error}); nothing was written</source>
        <translation>تعذّرت كتابة نسخ المُرمِّزين ({error})؛ لم يُكتب شيء</translation>
    </message>
    <message>
        <source>could not write to {file} ({problem}); &apos;{label}&apos; was not done and the project is as it was</source>
        <translation>تعذّرت الكتابة في {file} ({problem})؛ لم يُنفَّذ «{label}» وبقي المشروع كما كان</translation>
    </message>
    <message>
        <source>create case &apos;{case}&apos;</source>
        <translation>إنشاء الحالة «{case}»</translation>
    </message>
    <message>
        <source>create code &apos;{code}&apos;</source>
        <translation>إنشاء الرمز «{code}»</translation>
    </message>
    <message>
        <source>date</source>
        <translation>تاريخ</translation>
    </message>
    <message>
        <source>declares an unknown text encoding</source>
        <translation>يصرّح بترميز نص غير معروف</translation>
    </message>
    <message>
        <source>decoded as {encoding}, not UTF-8</source>
        <translation>فُكّ ترميزه بـ {encoding} لا بـ UTF-8</translation>
    </message>
    <message numerus="yes">
        <source>decoded as {encoding}, not UTF-8; {count:,} character{s} in it that looked like UTF-8 may show garbled</source>
        <translation>
            <numerusform>فُكّ ترميزه بـ {encoding} لا بـ UTF-8؛ وقد يظهر مشوّهًا منه {count:,} حرف بدا بترميز UTF-8</numerusform>
            <numerusform>فُكّ ترميزه بـ {encoding} لا بـ UTF-8؛ وقد يظهر مشوّهًا منه حرف واحد بدا بترميز UTF-8</numerusform>
            <numerusform>فُكّ ترميزه بـ {encoding} لا بـ UTF-8؛ وقد يظهر مشوّهًا منه حرفان بدا بترميز UTF-8</numerusform>
            <numerusform>فُكّ ترميزه بـ {encoding} لا بـ UTF-8؛ وقد يظهر مشوّهًا منه {count:,} أحرف بدا بترميز UTF-8</numerusform>
            <numerusform>فُكّ ترميزه بـ {encoding} لا بـ UTF-8؛ وقد يظهر مشوّهًا منه {count:,} حرفًا بدا بترميز UTF-8</numerusform>
            <numerusform>فُكّ ترميزه بـ {encoding} لا بـ UTF-8؛ وقد يظهر مشوّهًا منه {count:,} حرف بدا بترميز UTF-8</numerusform>
        </translation>
    </message>
    <message>
        <source>delete &apos;{document}&apos;</source>
        <translation>حذف «{document}»</translation>
    </message>
    <message>
        <source>delete a pseudonym ({replacement})</source>
        <translation>حذف اسم مستعار ({replacement})</translation>
    </message>
    <message>
        <source>delete case &apos;{case}&apos;</source>
        <translation>حذف الحالة «{case}»</translation>
    </message>
    <message>
        <source>delete code &apos;{code}&apos;</source>
        <translation>حذف الرمز «{code}»</translation>
    </message>
    <message>
        <source>delete from the text of &apos;{document}&apos;</source>
        <translation>حذف من نص «{document}»</translation>
    </message>
    <message>
        <source>delete grade &apos;{grade}&apos;</source>
        <translation>حذف الدرجة «{grade}»</translation>
    </message>
    <message>
        <source>delete memo</source>
        <translation>حذف المذكرة</translation>
    </message>
    <message>
        <source>delete query &apos;{query}&apos;</source>
        <translation>حذف الاستعلام «{query}»</translation>
    </message>
    <message>
        <source>delete {count} cases</source>
        <translation>حذف {count} حالة</translation>
    </message>
    <message>
        <source>delete {count} documents ({names})</source>
        <translation>حذف {count} مستند ({names})</translation>
    </message>
    <message>
        <source>delete {count} pseudonyms</source>
        <translation>حذف {count} اسم مستعار</translation>
    </message>
    <message numerus="yes">
        <source>deleted {count} backup{s} that held a withdrawn participant&apos;s data</source>
        <translation>
            <numerusform>حُذفت {count} نسخة احتياطية فيها بيانات مشارك منسحب</numerusform>
            <numerusform>حُذفت نسخة احتياطية واحدة فيها بيانات مشارك منسحب</numerusform>
            <numerusform>حُذفت نسختان احتياطيتان فيها بيانات مشارك منسحب</numerusform>
            <numerusform>حُذفت {count} نسخ احتياطية فيها بيانات مشارك منسحب</numerusform>
            <numerusform>حُذفت {count} نسخةً احتياطيةً فيها بيانات مشارك منسحب</numerusform>
            <numerusform>حُذفت {count} نسخة احتياطية فيها بيانات مشارك منسحب</numerusform>
        </translation>
    </message>
    <message>
        <source>demo coding {number}: quote not found in {document}</source>
        <translation>ترميز العرض التوضيحي {number}: لم يُعثر على الاقتباس في {document}</translation>
    </message>
    <message>
        <source>demo: {count} codings match {reference}, not one</source>
        <translation>العرض التوضيحي: {count} ترميزات تطابق {reference}، لا ترميز واحد</translation>
    </message>
    <message>
        <source>describe speaker &apos;{speaker}&apos;</source>
        <translation>وصف المتحدث «{speaker}»</translation>
    </message>
    <message>
        <source>description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>document &apos;{document}&apos; no longer exists</source>
        <translation>المستند «{document}» لم يعد موجودًا</translation>
    </message>
    <message>
        <source>document attributes: {pairs}</source>
        <translation>سمات المستندات: {pairs}</translation>
    </message>
    <message>
        <source>documents: {names}</source>
        <translation>المستندات: {names}</translation>
    </message>
    <message>
        <source>does not look like text (binary data)</source>
        <translation>لا يبدو نصًا (بيانات ثنائية)</translation>
    </message>
    <message>
        <source>draws more than {allowed:,} instructions for {characters:,} characters of text (the limit for a PDF&apos;s drawing; set {variable} to allow more)</source>
        <translation>يرسم أكثر من {allowed:,} تعليمة مقابل {characters:,} حرفًا من النص (الحد الأقصى لرسم ملف PDF؛ اضبط {variable} للسماح بالمزيد)</translation>
    </message>
    <message>
        <source>each respondent is a case of type &apos;{type}&apos; holding their attributes ({new:,} new)</source>
        <translation>كل مستجيب حالة من نوع &apos;{type}&apos; تحمل سماته ({new:,} جديدة)</translation>
    </message>
    <message>
        <source>each respondent is a case of type &apos;{type}&apos; holding their attributes ({new:,} new, {old:,} already in the project)</source>
        <translation>كل مستجيب حالة من نوع &apos;{type}&apos; تحمل سماته ({new:,} جديدة، {old:,} موجودة في المشروع)</translation>
    </message>
    <message>
        <source>edit case &apos;{case}&apos;</source>
        <translation>تحرير الحالة «{case}»</translation>
    </message>
    <message>
        <source>edit description of &apos;{code}&apos;</source>
        <translation>تحرير وصف «{code}»</translation>
    </message>
    <message>
        <source>edit grade &apos;{grade}&apos;</source>
        <translation>تحرير الدرجة «{grade}»</translation>
    </message>
    <message>
        <source>edit keywords of &apos;{code}&apos;</source>
        <translation>تحرير الكلمات المفتاحية لـ«{code}»</translation>
    </message>
    <message>
        <source>edit link memo</source>
        <translation>تحرير مذكرة الرابط</translation>
    </message>
    <message>
        <source>edit link type &apos;{name}&apos;</source>
        <translation>تحرير نوع الرابط «{name}»</translation>
    </message>
    <message>
        <source>edit memo</source>
        <translation>تحرير المذكرة</translation>
    </message>
    <message>
        <source>edit project description</source>
        <translation>تحرير وصف المشروع</translation>
    </message>
    <message>
        <source>encrypted projects need the sqlcipher3 package, which is not installed ({error})</source>
        <translation>تحتاج المشاريع المشفّرة إلى حزمة sqlcipher3، وهي غير مثبّتة ({error})</translation>
    </message>
    <message>
        <source>entry &apos;{entry}&apos; points outside the archive; refused</source>
        <translation>المُدخل &apos;{entry}&apos; يشير إلى خارج الأرشيف؛ مرفوض</translation>
    </message>
    <message>
        <source>every cell of {columns} is empty</source>
        <translation>كل خلايا {columns} فارغة</translation>
    </message>
    <message>
        <source>expands to more than {limit:,} characters (the limit for one document; set {variable} to allow more)</source>
        <translation>يتوسع إلى أكثر من {limit:,} حرف (الحد الأقصى للمستند الواحد؛ اضبط {variable} للسماح بالمزيد)</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close the &apos;(&apos; at column {column}, found {found}</source>
        <translation>المتوقع &apos;)&apos; لإغلاق &apos;(&apos; في العمود {column}، والموجود {found}</translation>
    </message>
    <message>
        <source>expected a code in double quotes or &apos;(&apos;, found {found}</source>
        <translation>المتوقع رمز بين علامتي تنصيص مزدوجتين أو &apos;(&apos;، والموجود {found}</translation>
    </message>
    <message>
        <source>expected an operator (AND, OR, AND NOT, NEAR/…), found {found}</source>
        <translation>المتوقع عامل (AND، OR، AND NOT، NEAR/…)، والموجود {found}</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>أُلغي التصدير</translation>
    </message>
    <message>
        <source>export it as .docx first</source>
        <translation>صدّره بصيغة ‎.docx أولًا</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>الملف غير موجود</translation>
    </message>
    <message>
        <source>first-hand</source>
        <translation>مباشر</translation>
    </message>
    <message>
        <source>folder not found: {folder}</source>
        <translation>المجلد غير موجود: {folder}</translation>
    </message>
    <message>
        <source>for the respondents&apos; ids</source>
        <translation>لمعرّفات المستجيبين</translation>
    </message>
    <message numerus="yes">
        <source>grade &apos;{name}&apos; is given to {count} coding{s}; clear or change their grade first</source>
        <translation>
            <numerusform>الدرجة «{name}» مُعطاة إلى {count} ترميز؛ امسح الدرجة أو غيّرها أولًا</numerusform>
            <numerusform>الدرجة «{name}» مُعطاة إلى ترميز واحد؛ امسح الدرجة أو غيّرها أولًا</numerusform>
            <numerusform>الدرجة «{name}» مُعطاة إلى ترميزان؛ امسح الدرجة أو غيّرها أولًا</numerusform>
            <numerusform>الدرجة «{name}» مُعطاة إلى {count} ترميزات؛ امسح الدرجة أو غيّرها أولًا</numerusform>
            <numerusform>الدرجة «{name}» مُعطاة إلى {count} ترميزًا؛ امسح الدرجة أو غيّرها أولًا</numerusform>
            <numerusform>الدرجة «{name}» مُعطاة إلى {count} ترميز؛ امسح الدرجة أو غيّرها أولًا</numerusform>
        </translation>
    </message>
    <message>
        <source>grade coding</source>
        <translation>منح درجة للترميز</translation>
    </message>
    <message>
        <source>grade coding as &apos;{grade}&apos;</source>
        <translation>منح الترميز الدرجة «{grade}»</translation>
    </message>
    <message>
        <source>grade {count} codings</source>
        <translation>منح درجة لـ{count} ترميز</translation>
    </message>
    <message>
        <source>grade {count} codings as &apos;{grade}&apos;</source>
        <translation>منح {count} ترميز الدرجة «{grade}»</translation>
    </message>
    <message>
        <source>grade: {grade}</source>
        <translation>الدرجة: {grade}</translation>
    </message>
    <message>
        <source>graph &apos;{name}&apos; ({nodes}, {links}) was not imported: qcode has no network views</source>
        <translation>لم يُستورد المخطط &apos;{name}&apos; ({nodes}، {links}): لا توجد في qcode عروض شبكية</translation>
    </message>
    <message>
        <source>has a header row but no rows of answers</source>
        <translation>فيه صف عناوين لكن لا صفوف إجابات</translation>
    </message>
    <message>
        <source>has compressed parts that unpack to more than</source>
        <translation>فيه أجزاء مضغوطة يُفك ضغطها إلى أكثر من</translation>
    </message>
    <message>
        <source>has more than {cells:,} cells (the most a sheet may have; set {variable} to allow more)</source>
        <translation>فيه أكثر من {cells:,} خلية (الحد الأقصى للورقة؛ اضبط {variable} للسماح بالمزيد)</translation>
    </message>
    <message>
        <source>has more than {limit:,} characters (the limit for one document; set {variable} to allow more)</source>
        <translation>فيه أكثر من {limit:,} حرف (الحد الأقصى للمستند الواحد؛ اضبط {variable} للسماح بالمزيد)</translation>
    </message>
    <message>
        <source>has more than {rows:,} rows (the most a sheet may have; set {variable} to allow more)</source>
        <translation>فيه أكثر من {rows:,} صف (الحد الأقصى للورقة؛ اضبط {variable} للسماح بالمزيد)</translation>
    </message>
    <message>
        <source>has more than {rows:,} rows or {cells:,} cells (the most a sheet may have; set {rows_variable} or {cells_variable} to allow more)</source>
        <translation>فيه أكثر من {rows:,} صف أو {cells:,} خلية (الحد الأقصى للورقة؛ اضبط {rows_variable} أو {cells_variable} للسماح بالمزيد)</translation>
    </message>
    <message>
        <source>has no cases (only a header row)</source>
        <translation>لا توجد فيه حالات (صف العناوين فقط)</translation>
    </message>
    <message>
        <source>has no column &apos;{column}&apos; for the case name</source>
        <translation>لا يوجد فيه عمود «{column}» لاسم الحالة</translation>
    </message>
    <message>
        <source>has no column &apos;{column}&apos; for the case type</source>
        <translation>لا يوجد فيه عمود «{column}» لنوع الحالة</translation>
    </message>
    <message>
        <source>has no column &apos;{column}&apos; {purpose} (its columns: {columns})</source>
        <translation>لا يوجد فيه عمود «{column}» {purpose} (أعمدته: {columns})</translation>
    </message>
    <message>
        <source>has no sheet named &apos;{sheet}&apos; (its sheets: {sheets} and {more} more)</source>
        <translation>لا يحوي ورقة باسم &apos;{sheet}&apos; (أوراقه: {sheets} و{more} أخرى)</translation>
    </message>
    <message>
        <source>has no sheet named &apos;{sheet}&apos; (its sheets: {sheets})</source>
        <translation>لا يحوي ورقة باسم &apos;{sheet}&apos; (أوراقه: {sheets})</translation>
    </message>
    <message>
        <source>has no text layer (a scanned image?) — run OCR first</source>
        <translation>لا يحوي طبقة نص (صورة ممسوحة ضوئيًا؟) — شغّل التعرّف الضوئي على الحروف (OCR) أولًا</translation>
    </message>
    <message>
        <source>has no worksheet</source>
        <translation>لا يحوي ورقة عمل</translation>
    </message>
    <message>
        <source>holds more text than a sheet may</source>
        <translation>يحوي نصًا أكثر مما يُسمح به للورقة</translation>
    </message>
    <message>
        <source>holds no project.qde, so it is not a REFI-QDA project file</source>
        <translation>لا يحوي project.qde، فهو ليس ملف مشروع REFI-QDA</translation>
    </message>
    <message>
        <source>holds {count:,} entries, more than the {most:,} allowed; refused</source>
        <translation>يحوي {count:,} مدخلًا، أكثر من الحد المسموح به {most:,}؛ مرفوض</translation>
    </message>
    <message>
        <source>holds {count} entries named &apos;{entry}&apos;; refused</source>
        <translation>يحوي {count} مدخلات باسم &apos;{entry}&apos;؛ مرفوض</translation>
    </message>
    <message>
        <source>holds {count} project files ({files}); which one to import is unclear</source>
        <translation>يحوي {count} ملفات مشروع ({files})؛ ولا يتضح أيها يُستورد</translation>
    </message>
    <message>
        <source>honoured: nothing had to be left out</source>
        <translation>مُراعى: لم يلزم استبعاد أي شيء</translation>
    </message>
    <message>
        <source>honoured: {passages} left out, spoken by {who} who did not consent to being quoted</source>
        <translation>مُراعى: استُبعدت المقتطفات ({passages})، وقالها مشاركون لم يوافقوا على الاقتباس منهم ({who})</translation>
    </message>
    <message>
        <source>ignored (own backup): may quote participants who did not consent</source>
        <translation>مُتجاهَل (نسخة احتياطية خاصة): قد يقتبس من مشاركين لم يوافقوا</translation>
    </message>
    <message>
        <source>ignored: this is the project&apos;s own backup, and it may quote participants who did not consent to being quoted; do not share it</source>
        <translation>مُتجاهَلة: هذه نسخة احتياطية خاصة بالمشروع، وقد تقتبس من مشاركين لم يوافقوا على الاقتباس منهم؛ لا تشاركها</translation>
    </message>
    <message>
        <source>import &apos;{document}&apos;</source>
        <translation>استيراد «{document}»</translation>
    </message>
    <message>
        <source>import cancelled; nothing was imported</source>
        <translation>أُلغي الاستيراد؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>import codebook &apos;{source}&apos;</source>
        <translation>استيراد دفتر الرموز «{source}»</translation>
    </message>
    <message numerus="yes">
        <source>import {count:,} answer{s} from &apos;{source}&apos;</source>
        <translation>
            <numerusform>استيراد {count:,} إجابة من «{source}»</numerusform>
            <numerusform>استيراد إجابة واحدة من «{source}»</numerusform>
            <numerusform>استيراد إجابتان من «{source}»</numerusform>
            <numerusform>استيراد {count:,} إجابات من «{source}»</numerusform>
            <numerusform>استيراد {count:,} إجابةً من «{source}»</numerusform>
            <numerusform>استيراد {count:,} إجابة من «{source}»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>import {count} case{s}</source>
        <translation>
            <numerusform>استيراد {count} حالة</numerusform>
            <numerusform>استيراد حالة واحدة</numerusform>
            <numerusform>استيراد حالتان</numerusform>
            <numerusform>استيراد {count} حالات</numerusform>
            <numerusform>استيراد {count} حالةً</numerusform>
            <numerusform>استيراد {count} حالة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>import {count} case{s} from &apos;{source}&apos;</source>
        <translation>
            <numerusform>استيراد {count} حالة من «{source}»</numerusform>
            <numerusform>استيراد حالة واحدة من «{source}»</numerusform>
            <numerusform>استيراد حالتان من «{source}»</numerusform>
            <numerusform>استيراد {count} حالات من «{source}»</numerusform>
            <numerusform>استيراد {count} حالةً من «{source}»</numerusform>
            <numerusform>استيراد {count} حالة من «{source}»</numerusform>
        </translation>
    </message>
    <message>
        <source>import {count} documents</source>
        <translation>استيراد {count} مستند</translation>
    </message>
    <message>
        <source>import {file}</source>
        <translation>استيراد {file}</translation>
    </message>
    <message>
        <source>imported files are already kept</source>
        <translation>الملفات المستوردة محفوظة بالفعل</translation>
    </message>
    <message>
        <source>insert into the text of &apos;{document}&apos;</source>
        <translation>إدراج في نص «{document}»</translation>
    </message>
    <message>
        <source>is a device, not a regular file</source>
        <translation>جهاز، وليس ملفًا عاديًا</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>مجلد وليس ملفًا</translation>
    </message>
    <message>
        <source>is a named pipe (FIFO), not a regular file</source>
        <translation>أنبوب مسمّى (FIFO)، وليس ملفًا عاديًا</translation>
    </message>
    <message>
        <source>is a single table with no named sheets (a sheet is chosen in .xlsx or .ods)</source>
        <translation>جدول واحد بلا أوراق مسمّاة (تُختار الورقة في ‎.xlsx أو ‎.ods)</translation>
    </message>
    <message>
        <source>is a socket, not a regular file</source>
        <translation>مقبس (socket)، وليس ملفًا عاديًا</translation>
    </message>
    <message>
        <source>is a special file, not a regular file</source>
        <translation>ملف خاص، وليس ملفًا عاديًا</translation>
    </message>
    <message>
        <source>is a zip archive (a .qdpx project?), not XML</source>
        <translation>أرشيف zip (مشروع ‎.qdpx؟)، وليس XML</translation>
    </message>
    <message>
        <source>is damaged (a compressed part of it is broken beyond quick repair)</source>
        <translation>تالف (أحد أجزائه المضغوطة معطوب بما لا يمكن إصلاحه سريعًا)</translation>
    </message>
    <message>
        <source>is damaged (its RTF could not be read)</source>
        <translation>تالف (تعذّرت قراءة RTF فيه)</translation>
    </message>
    <message>
        <source>is damaged or not a real .docx file</source>
        <translation>تالف أو ليس ملف ‎.docx حقيقيًا</translation>
    </message>
    <message>
        <source>is damaged or not a real .odt file</source>
        <translation>تالف أو ليس ملف ‎.odt حقيقيًا</translation>
    </message>
    <message>
        <source>is damaged or not a valid PDF</source>
        <translation>تالف أو ليس ملف PDF صالحًا</translation>
    </message>
    <message>
        <source>is empty (no header row)</source>
        <translation>فارغ (لا صف عناوين)</translation>
    </message>
    <message>
        <source>is encrypted in a way qcode cannot read</source>
        <translation>مشفّر بطريقة لا يستطيع qcode قراءتها</translation>
    </message>
    <message>
        <source>is first-hand in {other}; kept this project&apos;s</source>
        <translation>مباشر (من المصدر) في {other}؛ أُبقي ما في هذا المشروع</translation>
    </message>
    <message>
        <source>is graded &apos;{theirs}&apos; in {other}; kept &apos;{ours}&apos;</source>
        <translation>مُقيَّم &apos;{theirs}&apos; في {other}؛ أُبقي &apos;{ours}&apos;</translation>
    </message>
    <message>
        <source>is larger than</source>
        <translation>أكبر من</translation>
    </message>
    <message>
        <source>is not a REFI-QDA codebook (root element is &lt;{element}&gt; in namespace {namespace})</source>
        <translation>ليس دفتر رموز REFI-QDA (العنصر الجذر هو &lt;{element}&gt; في فضاء الأسماء {namespace})</translation>
    </message>
    <message>
        <source>is not a REFI-QDA codebook (root element is &lt;{element}&gt;)</source>
        <translation>ليس دفتر رموز REFI-QDA (العنصر الجذر هو &lt;{element}&gt;)</translation>
    </message>
    <message>
        <source>is not a REFI-QDA project (root element is &lt;{element}&gt; in namespace {namespace})</source>
        <translation>ليس مشروع REFI-QDA (العنصر الجذر هو &lt;{element}&gt; في فضاء الأسماء {namespace})</translation>
    </message>
    <message>
        <source>is not a REFI-QDA project (root element is &lt;{element}&gt;)</source>
        <translation>ليس مشروع REFI-QDA (العنصر الجذر هو &lt;{element}&gt;)</translation>
    </message>
    <message>
        <source>is not a readable .ods spreadsheet (damaged, or another format)</source>
        <translation>ليس جدول بيانات ‎.ods قابلًا للقراءة (تالف، أو بصيغة أخرى)</translation>
    </message>
    <message>
        <source>is not a readable .xlsx workbook (damaged, or another format)</source>
        <translation>ليس مصنف ‎.xlsx قابلًا للقراءة (تالف، أو بصيغة أخرى)</translation>
    </message>
    <message>
        <source>is not a readable CSV file (line {line}: {error})</source>
        <translation>ليس ملف CSV قابلًا للقراءة (السطر {line}: {error})</translation>
    </message>
    <message>
        <source>is not a readable zip archive (damaged or truncated)</source>
        <translation>ليس أرشيف zip قابلًا للقراءة (تالف أو مبتور)</translation>
    </message>
    <message>
        <source>is not a sheet qcode reads (.csv, .tsv, .txt, .xlsx or .ods; save an .xls as .xlsx)</source>
        <translation>ليس ورقة يقرأها qcode (‎.csv أو ‎.tsv أو ‎.txt أو ‎.xlsx أو ‎.ods؛ احفظ ملف ‎.xls بصيغة ‎.xlsx)</translation>
    </message>
    <message>
        <source>is not a spreadsheet (.ods)</source>
        <translation>ليس جدول بيانات (‎.ods)</translation>
    </message>
    <message>
        <source>is not a text document (.odt)</source>
        <translation>ليس مستندًا نصيًا (‎.odt)</translation>
    </message>
    <message>
        <source>is not a valid PDF (it has no PDF header)</source>
        <translation>ليس ملف PDF صالحًا (لا يحوي ترويسة PDF)</translation>
    </message>
    <message>
        <source>is not a zip archive (a .qdpx file is one)</source>
        <translation>ليس أرشيف zip (ملف ‎.qdpx أرشيف zip)</translation>
    </message>
    <message>
        <source>is not an RTF file (it does not start with {start})</source>
        <translation>ليس ملف RTF (لا يبدأ بـ {start})</translation>
    </message>
    <message>
        <source>is not first-hand in {other}; kept this project&apos;s</source>
        <translation>ليس مباشرًا (من المصدر) في {other}؛ أُبقي ما في هذا المشروع</translation>
    </message>
    <message>
        <source>is not valid {encoding} text, although it starts with a {encoding} marker</source>
        <translation>ليس نصًا صالحًا بترميز {encoding}، مع أنه يبدأ بعلامة {encoding}</translation>
    </message>
    <message>
        <source>is not well-formed XML (line {line})</source>
        <translation>ليس XML سليم البنية (السطر {line})</translation>
    </message>
    <message>
        <source>is of type &apos;{theirs}&apos; in {other}; kept &apos;{ours}&apos;</source>
        <translation>نوعه &apos;{theirs}&apos; في {other}؛ أُبقي &apos;{ours}&apos;</translation>
    </message>
    <message>
        <source>is of type {ours} here but {theirs} in {other}; its values there were not merged</source>
        <translation>نوعه هنا {ours} لكنه {theirs} في {other}؛ لم تُدمج قيمه هناك</translation>
    </message>
    <message>
        <source>is of type {ours} here but {theirs} in {other}; its values there were not merged ({values})</source>
        <translation>نوعه هنا {ours} لكنه {theirs} في {other}؛ لم تُدمج قيمه هناك ({values})</translation>
    </message>
    <message>
        <source>is password-protected — save an unprotected copy and import that</source>
        <translation>محمي بكلمة مرور — احفظ نسخة غير محمية واستوردها</translation>
    </message>
    <message>
        <source>it has neither a text file nor text</source>
        <translation>ليس له ملف نصي ولا نص</translation>
    </message>
    <message>
        <source>it has no text</source>
        <translation>ليس له نص</translation>
    </message>
    <message>
        <source>its colour ({colour})</source>
        <translation>لونه ({colour})</translation>
    </message>
    <message>
        <source>its description</source>
        <translation>وصفه</translation>
    </message>
    <message>
        <source>its keywords ({keywords})</source>
        <translation>كلماته المفتاحية ({keywords})</translation>
    </message>
    <message>
        <source>its name (&apos;{name}&apos;)</source>
        <translation>اسمه (&apos;{name}&apos;)</translation>
    </message>
    <message>
        <source>its place (&apos;{path}&apos;)</source>
        <translation>موضعه (&apos;{path}&apos;)</translation>
    </message>
    <message>
        <source>its recording {file_name} is missing (looked for {path})</source>
        <translation>تسجيله {file_name} مفقود (بُحث عنه في {path})</translation>
    </message>
    <message>
        <source>its recording {file_name} is not the file that was linked (bytes changed)</source>
        <translation>تسجيله {file_name} ليس الملف الذي رُبط (تغيّرت بايتاته)</translation>
    </message>
    <message>
        <source>its replacement contains an identifier in this project&apos;s pseudonym table</source>
        <translation>بديله يحتوي على مُعرِّف من جدول الأسماء المستعارة في هذا المشروع</translation>
    </message>
    <message>
        <source>its replacement contains the identifier it replaces</source>
        <translation>بديله يحتوي على المُعرِّف الذي يستبدله</translation>
    </message>
    <message>
        <source>its text file ({path}) is not in a bare .qde file</source>
        <translation>ملفه النصي ({path}) ليس في ملف ‎.qde‎ مجرد</translation>
    </message>
    <message>
        <source>its text file cannot be read ({problem})</source>
        <translation>لا يمكن قراءة ملفه النصي ({problem})</translation>
    </message>
    <message>
        <source>its text file sources/{path} is missing from the archive</source>
        <translation>ملفه النصي sources/{path} غير موجود في الأرشيف</translation>
    </message>
    <message>
        <source>its text is kept outside the project file ({reference})</source>
        <translation>نصه محفوظ خارج ملف المشروع ({reference})</translation>
    </message>
    <message>
        <source>keep imported files</source>
        <translation>الاحتفاظ بالملفات المستوردة</translation>
    </message>
    <message>
        <source>keep only the hashes of imported files</source>
        <translation>الاحتفاظ ببصمات الملفات المستوردة فقط</translation>
    </message>
    <message>
        <source>kept until {ours} here but {theirs} in {other}; kept {earlier}</source>
        <translation>يُحفظ هنا حتى {ours} لكن حتى {theirs} في {other}؛ أُبقي {earlier}</translation>
    </message>
    <message>
        <source>leaving out speakers: {names}</source>
        <translation>مع استبعاد المتحدثين: {names}</translation>
    </message>
    <message>
        <source>left out the running headers, footers and page numbers repeated on most of its {pages} pages: {examples}</source>
        <translation>حُذفت الترويسات والتذييلات وأرقام الصفحات المتكررة في معظم صفحاته البالغة {pages}: {examples}</translation>
    </message>
    <message>
        <source>line {number}: the time &apos;{time}&apos; is not a valid timestamp</source>
        <translation>السطر {number}: الوقت &apos;{time}&apos; ليس طابعًا زمنيًا صالحًا</translation>
    </message>
    <message>
        <source>link &apos;{link}&apos; from a coding to itself was not imported</source>
        <translation>لم يُستورد الرابط &apos;{link}&apos; من ترميز إلى نفسه</translation>
    </message>
    <message>
        <source>link &apos;{link}&apos; from a memo to something not imported was dropped; the memo is kept</source>
        <translation>أُسقط الرابط &apos;{link}&apos; من مذكرة إلى شيء لم يُستورد؛ المذكرة باقية</translation>
    </message>
    <message>
        <source>link &apos;{link}&apos; was not imported: qcode links codings, and its origin is {what}</source>
        <translation>لم يُستورد الرابط &apos;{link}&apos;: يربط qcode بين الترميزات، ومصدره {what}</translation>
    </message>
    <message>
        <source>link &apos;{link}&apos; was not imported: qcode links codings, and its target is {what}</source>
        <translation>لم يُستورد الرابط &apos;{link}&apos;: يربط qcode بين الترميزات، وهدفه {what}</translation>
    </message>
    <message>
        <source>link a quote to case &apos;{case}&apos; on &apos;{code}&apos;</source>
        <translation>ربط اقتباس بالحالة «{case}» في «{code}»</translation>
    </message>
    <message>
        <source>link codings</source>
        <translation>ربط الترميزات</translation>
    </message>
    <message>
        <source>link codings ({link_type})</source>
        <translation>ربط الترميزات ({link_type})</translation>
    </message>
    <message>
        <source>link the recording {file} to &apos;{document}&apos;</source>
        <translation>ربط التسجيل {file} بـ«{document}»</translation>
    </message>
    <message>
        <source>link type</source>
        <translation>نوع الرابط</translation>
    </message>
    <message>
        <source>link type &apos;{current}&apos; is built in; it cannot be removed</source>
        <translation>نوع الرابط «{current}» مُضمَّن؛ لا يمكن إزالته</translation>
    </message>
    <message>
        <source>link type &apos;{current}&apos; is built in; it keeps its name</source>
        <translation>نوع الرابط «{current}» مُضمَّن؛ يبقى اسمه كما هو</translation>
    </message>
    <message numerus="yes">
        <source>Learned {count:,} codes from {passages}</source>
        <translation>
            <numerusform>اكتمل تعلّم {count:,} رمز من {passages}</numerusform>
            <numerusform>اكتمل تعلّم رمز واحد من {passages}</numerusform>
            <numerusform>اكتمل تعلّم رمزين من {passages}</numerusform>
            <numerusform>اكتمل تعلّم {count:,} رموز من {passages}</numerusform>
            <numerusform>اكتمل تعلّم {count:,} رمزًا من {passages}</numerusform>
            <numerusform>اكتمل تعلّم {count:,} رمز من {passages}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Learning: {codes:,} of {count:,} codes ({passages})</source>
        <translation>
            <numerusform>التعلّم: {codes:,} من {count:,} رمز ({passages})</numerusform>
            <numerusform>التعلّم: {codes:,} من رمز واحد ({passages})</numerusform>
            <numerusform>التعلّم: {codes:,} من رمزين ({passages})</numerusform>
            <numerusform>التعلّم: {codes:,} من {count:,} رموز ({passages})</numerusform>
            <numerusform>التعلّم: {codes:,} من {count:,} رمزًا ({passages})</numerusform>
            <numerusform>التعلّم: {codes:,} من {count:,} رمز ({passages})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading {documents:,} of {count:,} documents ({passages})</source>
        <translation>
            <numerusform>قراءة {documents:,} من {count:,} مستند ({passages})</numerusform>
            <numerusform>قراءة {documents:,} من مستند واحد ({passages})</numerusform>
            <numerusform>قراءة {documents:,} من مستندين ({passages})</numerusform>
            <numerusform>قراءة {documents:,} من {count:,} مستندات ({passages})</numerusform>
            <numerusform>قراءة {documents:,} من {count:,} مستندًا ({passages})</numerusform>
            <numerusform>قراءة {documents:,} من {count:,} مستند ({passages})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deleted {count} recording file{s} that held a withdrawn participant&apos;s voice</source>
        <translation>
            <numerusform>حُذف {count} ملف تسجيل يحمل صوت مشارك منسحب</numerusform>
            <numerusform>حُذف ملف تسجيل واحد يحمل صوت مشارك منسحب</numerusform>
            <numerusform>حُذف ملفا تسجيل يحملان صوت مشارك منسحب</numerusform>
            <numerusform>حُذفت {count} ملفات تسجيل تحمل صوت مشارك منسحب</numerusform>
            <numerusform>حُذف {count} ملفَ تسجيلٍ يحمل صوت مشارك منسحب</numerusform>
            <numerusform>حُذف {count} ملف تسجيل يحمل صوت مشارك منسحب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>keyword{s} {keywords}</source>
        <translation>
            <numerusform>الكلمات المفتاحية {keywords}</numerusform>
            <numerusform>الكلمة المفتاحية {keywords}</numerusform>
            <numerusform>الكلمتان المفتاحيتان {keywords}</numerusform>
            <numerusform>الكلمات المفتاحية {keywords}</numerusform>
            <numerusform>الكلمات المفتاحية {keywords}</numerusform>
            <numerusform>الكلمات المفتاحية {keywords}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>like {count} passage{s} coded &apos;{code}&apos;</source>
        <translation>
            <numerusform>يشبه {count} مقتطف مرمَّز بـ«{code}»</numerusform>
            <numerusform>يشبه مقتطفًا واحدًا مرمَّزًا بـ«{code}»</numerusform>
            <numerusform>يشبه مقتطفين مرمَّزين بـ«{code}»</numerusform>
            <numerusform>يشبه {count} مقتطفات مرمَّزة بـ«{code}»</numerusform>
            <numerusform>يشبه {count} مقتطفًا مرمَّزًا بـ«{code}»</numerusform>
            <numerusform>يشبه {count} مقتطف مرمَّز بـ«{code}»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>link type &apos;{name}&apos; is used by {count} link{s}; unlink them first</source>
        <translation>
            <numerusform>نوع الرابط «{name}» مستخدم في {count} رابط؛ ألغِ الربط أولًا</numerusform>
            <numerusform>نوع الرابط «{name}» مستخدم في رابط واحد؛ ألغِ الربط أولًا</numerusform>
            <numerusform>نوع الرابط «{name}» مستخدم في رابطان؛ ألغِ الربط أولًا</numerusform>
            <numerusform>نوع الرابط «{name}» مستخدم في {count} روابط؛ ألغِ الربط أولًا</numerusform>
            <numerusform>نوع الرابط «{name}» مستخدم في {count} رابطًا؛ ألغِ الربط أولًا</numerusform>
            <numerusform>نوع الرابط «{name}» مستخدم في {count} رابط؛ ألغِ الربط أولًا</numerusform>
        </translation>
    </message>
    <message>
        <source>link {count} quotes to case &apos;{case}&apos; on &apos;{code}&apos;</source>
        <translation>ربط {count} اقتباس بالحالة «{case}» في «{code}»</translation>
    </message>
    <message numerus="yes">
        <source>mark {count} changed coding{s} reviewed</source>
        <translation>
            <numerusform>وسم الترميزات المتغيّرة كمُراجَعة: {count} ترميز</numerusform>
            <numerusform>وسم الترميزات المتغيّرة كمُراجَعة: ترميز واحد</numerusform>
            <numerusform>وسم الترميزات المتغيّرة كمُراجَعة: ترميزان</numerusform>
            <numerusform>وسم الترميزات المتغيّرة كمُراجَعة: {count} ترميزات</numerusform>
            <numerusform>وسم الترميزات المتغيّرة كمُراجَعة: {count} ترميزًا</numerusform>
            <numerusform>وسم الترميزات المتغيّرة كمُراجَعة: {count} ترميز</numerusform>
        </translation>
    </message>
    <message>
        <source>may be named</source>
        <translation>يجوز ذكر الاسم</translation>
    </message>
    <message>
        <source>may be quoted</source>
        <translation>يجوز الاقتباس</translation>
    </message>
    <message>
        <source>memo &apos;{memo}&apos; is empty; not imported</source>
        <translation>المذكرة &apos;{memo}&apos; فارغة؛ لم تُستورد</translation>
    </message>
    <message>
        <source>memo &apos;{memo}&apos; is on {count} things; it is now {count} memos, one on each</source>
        <translation>المذكرة &apos;{memo}&apos; على {count} عناصر؛ أصبحت {count} مذكرات، واحدة على كل عنصر</translation>
    </message>
    <message>
        <source>memo &apos;{name}&apos;: {codings} inside it not imported</source>
        <translation>المذكرة &apos;{name}&apos;: لم يُستورد {codings} داخلها</translation>
    </message>
    <message>
        <source>memo &apos;{name}&apos;: {problem}</source>
        <translation>المذكرة &apos;{name}&apos;: {problem}</translation>
    </message>
    <message>
        <source>merge &apos;{source}&apos; into &apos;{target}&apos;</source>
        <translation>دمج «{source}» في «{target}»</translation>
    </message>
    <message>
        <source>merge {project}</source>
        <translation>دمج {project}</translation>
    </message>
    <message>
        <source>merged from {project}</source>
        <translation>دُمج من {project}</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <source>more than {most} nested parentheses</source>
        <translation>أكثر من {most} من الأقواس المتداخلة</translation>
    </message>
    <message>
        <source>move &apos;{code}&apos;</source>
        <translation>نقل «{code}»</translation>
    </message>
    <message>
        <source>move grade &apos;{grade}&apos;</source>
        <translation>نقل الدرجة «{grade}»</translation>
    </message>
    <message>
        <source>moving &apos;{code}&apos;</source>
        <translation>نقل «{code}»</translation>
    </message>
    <message>
        <source>moving &apos;{code}&apos; with its sub-codes</source>
        <translation>نقل «{code}» مع رموزه الفرعية</translation>
    </message>
    <message>
        <source>name at least one coder to prepare a copy for</source>
        <translation>سمِّ مُرمِّزًا واحدًا على الأقل لتُحضَّر له نسخة</translation>
    </message>
    <message>
        <source>named &apos;{raw}&apos; in {other}; cleaned to &apos;{name}&apos;</source>
        <translation>اسمه &apos;{raw}&apos; في {other}؛ نُظِّف إلى &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>no attribute &apos;{name}&apos;</source>
        <translation>لا توجد سمة «{name}»</translation>
    </message>
    <message>
        <source>no case &apos;{name}&apos;</source>
        <translation>لا توجد حالة «{name}»</translation>
    </message>
    <message>
        <source>no case name ({column} is empty)</source>
        <translation>لا يوجد اسم حالة ({column} فارغ)</translation>
    </message>
    <message>
        <source>no cases to delete</source>
        <translation>لا حالات لحذفها</translation>
    </message>
    <message>
        <source>no cases to import</source>
        <translation>لا حالات لاستيرادها</translation>
    </message>
    <message>
        <source>no code &apos;{code}&apos; (add --create to make it)</source>
        <translation>لا يوجد رمز «{code}» (أضف --create لإنشائه)</translation>
    </message>
    <message>
        <source>no code &apos;{path}&apos;</source>
        <translation>لا يوجد رمز «{path}»</translation>
    </message>
    <message>
        <source>no code &apos;{ref}&apos; in {file}</source>
        <translation>لا يوجد رمز «{ref}» في {file}</translation>
    </message>
    <message>
        <source>no coder named &apos;{name}&apos;</source>
        <translation>لا يوجد مُرمِّز باسم «{name}»</translation>
    </message>
    <message>
        <source>no coder named &apos;{name}&apos; in {project}</source>
        <translation>لا يوجد مُرمِّز باسم «{name}» في {project}</translation>
    </message>
    <message>
        <source>no coders</source>
        <translation>لا مُرمِّزين</translation>
    </message>
    <message>
        <source>no codes</source>
        <translation>لا رموز</translation>
    </message>
    <message>
        <source>no coding &apos;{ref}&apos; in {file}</source>
        <translation>لا يوجد ترميز «{ref}» في {file}</translation>
    </message>
    <message>
        <source>no codings to grade</source>
        <translation>لا ترميزات لإعطائها درجة</translation>
    </message>
    <message>
        <source>no codings to link as quotes</source>
        <translation>لا ترميزات لربطها كاقتباسات</translation>
    </message>
    <message>
        <source>no document &apos;{ref}&apos; in {file}</source>
        <translation>لا يوجد مستند «{ref}» في {file}</translation>
    </message>
    <message>
        <source>no document has codings made both ways ({first}; {second}); name documents with --documents</source>
        <translation>لا يوجد مستند فيه ترميزات أُنشئت بالطريقتين ({first}؛ {second})؛ سمِّ المستندات بـ --documents</translation>
    </message>
    <message>
        <source>no documents</source>
        <translation>لا مستندات</translation>
    </message>
    <message>
        <source>no documents to compare</source>
        <translation>لا توجد مستندات للمقارنة</translation>
    </message>
    <message>
        <source>no documents to import</source>
        <translation>لا مستندات لاستيرادها</translation>
    </message>
    <message>
        <source>no documents to redact</source>
        <translation>لا مستندات لحجبها</translation>
    </message>
    <message>
        <source>no grade &apos;{name}&apos; (the project has no grades yet)</source>
        <translation>لا توجد درجة «{name}» (لا درجات في المشروع بعد)</translation>
    </message>
    <message>
        <source>no grade &apos;{name}&apos; (the project has {known})</source>
        <translation>لا توجد درجة «{name}» (في المشروع: {known})</translation>
    </message>
    <message>
        <source>no link type &apos;{name}&apos;</source>
        <translation>لا يوجد نوع رابط «{name}»</translation>
    </message>
    <message>
        <source>no link type &apos;{name}&apos; (the project has {known})</source>
        <translation>لا يوجد نوع رابط «{name}» (في المشروع: {known})</translation>
    </message>
    <message>
        <source>no links to remove</source>
        <translation>لا روابط لإزالتها</translation>
    </message>
    <message>
        <source>no participant &apos;{name}&apos; in the consent register</source>
        <translation>لا يوجد مشارك «{name}» في سجل الموافقات</translation>
    </message>
    <message>
        <source>no pseudonyms to add</source>
        <translation>لا أسماء مستعارة لإضافتها</translation>
    </message>
    <message>
        <source>no pseudonyms to delete</source>
        <translation>لا أسماء مستعارة لحذفها</translation>
    </message>
    <message>
        <source>no respondent id ({column} is empty)</source>
        <translation>لا يوجد معرّف مستجيب ({column} فارغ)</translation>
    </message>
    <message>
        <source>no saved query &apos;{name}&apos;</source>
        <translation>لا يوجد استعلام محفوظ «{name}»</translation>
    </message>
    <message>
        <source>no speaker &apos;{speaker}&apos; in &apos;{document}&apos;</source>
        <translation>لا يوجد متحدث «{speaker}» في «{document}»</translation>
    </message>
    <message>
        <source>no speaker &apos;{speaker}&apos; in any document</source>
        <translation>لا يوجد متحدث «{speaker}» في أي مستند</translation>
    </message>
    <message>
        <source>no speaker has the role &apos;{role}&apos; (roles: {roles})</source>
        <translation>لا يوجد متحدث بالدور «{role}» (الأدوار: {roles})</translation>
    </message>
    <message>
        <source>no subtitle cues found (no &apos;start --&gt; end&apos; timings)</source>
        <translation>لم يُعثر على مقاطع ترجمة (لا توقيتات بصيغة &apos;start --&gt; end&apos;)</translation>
    </message>
    <message>
        <source>no suffix</source>
        <translation>بلا لاحقة</translation>
    </message>
    <message>
        <source>no text column given (name the columns of answers to code)</source>
        <translation>لم يُحدَّد عمود نص (سمِّ أعمدة الإجابات المراد ترميزها)</translation>
    </message>
    <message>
        <source>no trained spaCy pipeline is installed: names, places and organisations were only looked for after titles (Dr, Mr, 律师...) and in the pseudonym table (install one with pip, e.g. en_core_web_sm or zh_core_web_sm)</source>
        <translation>لا يوجد مسار spaCy مدرَّب مثبّت: لم يُبحث عن الأسماء والأماكن والمنظمات إلا بعد الألقاب (Dr، Mr، 律师...) وفي جدول الأسماء المستعارة (ثبّت واحدًا باستخدام pip، مثل en_core_web_sm أو zh_core_web_sm)</translation>
    </message>
    <message>
        <source>no trained spaCy pipeline recognises names in {languages} (set the documents&apos; language attribute, or install a pipeline with pip): names there were only looked for after titles and in the pseudonym table</source>
        <translation>لا يوجد مسار spaCy مدرَّب يتعرّف على الأسماء في {languages} (عيّن سمة اللغة للمستندات، أو ثبّت مسارًا باستخدام pip): لم يُبحث عن الأسماء هناك إلا بعد الألقاب وفي جدول الأسماء المستعارة</translation>
    </message>
    <message>
        <source>no version of its text is recorded</source>
        <translation>لا توجد أي نسخة مسجلة من نصه</translation>
    </message>
    <message>
        <source>no {what} to code</source>
        <translation>لا {what} للترميز</translation>
    </message>
    <message>
        <source>no: this report shows names and places as the transcripts hold them</source>
        <translation>لا: يعرض هذا التقرير الأسماء والأماكن كما وردت في النصوص المفرَّغة</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>none (the whole project)</source>
        <translation>لا شيء (المشروع كله)</translation>
    </message>
    <message>
        <source>none of those codings is flagged &apos;text changed&apos;</source>
        <translation>لا يحمل أي من هذه الترميزات علامة «تغيّر النص»</translation>
    </message>
    <message>
        <source>none yet: set one with &apos;qcode speaker&apos;</source>
        <translation>لا يوجد بعد: عيّن دورًا بـ &apos;qcode speaker&apos;</translation>
    </message>
    <message>
        <source>not a PDF that can be read back: {problem}</source>
        <translation>ليس ملف PDF يمكن قراءته من جديد: {problem}</translation>
    </message>
    <message>
        <source>not a valid regular expression: {problem}</source>
        <translation>ليس تعبيرًا نمطيًا صالحًا: {problem}</translation>
    </message>
    <message>
        <source>not a valid regular expression: {problem} at position {position}</source>
        <translation>ليس تعبيرًا نمطيًا صالحًا: {problem} في الموضع {position}</translation>
    </message>
    <message>
        <source>not in the file or not imported</source>
        <translation>ليس في الملف أو لم يُستورد</translation>
    </message>
    <message>
        <source>note &apos;{name}&apos;</source>
        <translation>المذكرة &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>nothing to assign</source>
        <translation>لا شيء لإسناده</translation>
    </message>
    <message>
        <source>nothing to change: give a span (START &lt; END) or text to insert</source>
        <translation>لا شيء لتغييره: حدّد مدى (START &lt; END) أو نصًا لإدراجه</translation>
    </message>
    <message>
        <source>nothing to change: that is what is recorded for &apos;{name}&apos;</source>
        <translation>لا شيء لتغييره: هذا هو المسجَّل لـ«{name}»</translation>
    </message>
    <message>
        <source>nothing to change: the text there is already that</source>
        <translation>لا شيء لتغييره: النص هناك هو هذا بالفعل</translation>
    </message>
    <message>
        <source>nothing to evaluate: no code has {count} or more coded passages yet</source>
        <translation>لا شيء للتقييم: لا يوجد بعد رمز له {count} مقتطفات مُرمَّزة أو أكثر</translation>
    </message>
    <message>
        <source>nothing to evaluate: no document has been coded yet</source>
        <translation>لا شيء للتقييم: لم يُرمَّز أي مستند بعد</translation>
    </message>
    <message>
        <source>nothing to rank with: the project has no codable code</source>
        <translation>لا شيء للترتيب: لا يحتوي المشروع على رمز قابل للترميز</translation>
    </message>
    <message>
        <source>nothing to redact: no identifier of the pseudonym table occurs in that document</source>
        <translation>لا شيء لحجبه: لا يرد أي مُعرِّف من جدول الأسماء المستعارة في ذلك المستند</translation>
    </message>
    <message>
        <source>nothing to redact: no identifier of the pseudonym table occurs in those documents</source>
        <translation>لا شيء لحجبه: لا يرد أي مُعرِّف من جدول الأسماء المستعارة في تلك المستندات</translation>
    </message>
    <message>
        <source>nothing to redo</source>
        <translation>لا شيء لإعادته</translation>
    </message>
    <message>
        <source>nothing to unassign: not members of case &apos;{case}&apos;</source>
        <translation>لا شيء لإلغاء إسناده: ليست أعضاء في الحالة «{case}»</translation>
    </message>
    <message>
        <source>nothing to undo</source>
        <translation>لا شيء للتراجع عنه</translation>
    </message>
    <message>
        <source>nothing to unlink: these codings are not quotes of that cell</source>
        <translation>لا شيء لإلغاء ربطه: هذه الترميزات ليست اقتباسات لتلك الخلية</translation>
    </message>
    <message>
        <source>number</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>page {page} places more than {most:,} characters, more than a page can hold (a damaged or hostile PDF?)</source>
        <translation>الصفحة {page} تضع أكثر من {most:,} حرف، أكثر مما تتسع له صفحة (ملف PDF تالف أو خبيث؟)</translation>
    </message>
    <message numerus="yes">
        <source>page{s} {pages}: more than {most:,} separate lines of text on a page (or {total:,} in all), read line by line from top to bottom</source>
        <translation>
            <numerusform>الصفحات {pages}: أكثر من {most:,} سطر نص منفصل في الصفحة (أو {total:,} إجمالًا)، فقُرئت سطرًا سطرًا من الأعلى إلى الأسفل</numerusform>
            <numerusform>الصفحة {pages}: أكثر من {most:,} سطر نص منفصل في الصفحة (أو {total:,} إجمالًا)، فقُرئت سطرًا سطرًا من الأعلى إلى الأسفل</numerusform>
            <numerusform>الصفحتان {pages}: أكثر من {most:,} سطر نص منفصل في الصفحة (أو {total:,} إجمالًا)، فقُرئت سطرًا سطرًا من الأعلى إلى الأسفل</numerusform>
            <numerusform>الصفحات {pages}: أكثر من {most:,} سطر نص منفصل في الصفحة (أو {total:,} إجمالًا)، فقُرئت سطرًا سطرًا من الأعلى إلى الأسفل</numerusform>
            <numerusform>الصفحات {pages}: أكثر من {most:,} سطر نص منفصل في الصفحة (أو {total:,} إجمالًا)، فقُرئت سطرًا سطرًا من الأعلى إلى الأسفل</numerusform>
            <numerusform>الصفحات {pages}: أكثر من {most:,} سطر نص منفصل في الصفحة (أو {total:,} إجمالًا)، فقُرئت سطرًا سطرًا من الأعلى إلى الأسفل</numerusform>
        </translation>
    </message>
    <message>
        <source>passages</source>
        <translation>المقتطفات</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>positions start at 0</source>
        <translation>تبدأ المواضع من 0</translation>
    </message>
    <message>
        <source>project not found: {path}</source>
        <translation>المشروع غير موجود: {path}</translation>
    </message>
    <message>
        <source>qcode allows at most {levels} levels of codes</source>
        <translation>يسمح qcode بـ{levels} مستويات من الرموز على الأكثر</translation>
    </message>
    <message>
        <source>qcode&apos;s &apos;{folder}&apos; folder is missing from this installation</source>
        <translation>مجلد &apos;{folder}&apos; الخاص بـ qcode مفقود من هذا التثبيت</translation>
    </message>
    <message>
        <source>query results</source>
        <translation>نتائج الاستعلام</translation>
    </message>
    <message>
        <source>query: column {column}: {problem}</source>
        <translation>الاستعلام: العمود {column}: {problem}</translation>
    </message>
    <message>
        <source>recolour &apos;{code}&apos;</source>
        <translation>تغيير لون «{code}»</translation>
    </message>
    <message>
        <source>record the consent of &apos;{participant}&apos;</source>
        <translation>تسجيل موافقة «{participant}»</translation>
    </message>
    <message>
        <source>recording may be kept</source>
        <translation>يجوز الاحتفاظ بالتسجيل</translation>
    </message>
    <message numerus="yes">
        <source>redact {count} document{s}</source>
        <translation>
            <numerusform>حجب {count} مستند</numerusform>
            <numerusform>حجب مستند واحد</numerusform>
            <numerusform>حجب مستندان</numerusform>
            <numerusform>حجب {count} مستندات</numerusform>
            <numerusform>حجب {count} مستندًا</numerusform>
            <numerusform>حجب {count} مستند</numerusform>
        </translation>
    </message>
    <message>
        <source>redaction: the pseudonym table&apos;s identifiers replaced</source>
        <translation>تنقيح: استُبدلت المعرِّفات الواردة في جدول الأسماء المستعارة</translation>
    </message>
    <message>
        <source>reject suggestion</source>
        <translation>رفض الاقتراح</translation>
    </message>
    <message>
        <source>reject suggestion &apos;{code}&apos;</source>
        <translation>رفض الاقتراح «{code}»</translation>
    </message>
    <message>
        <source>remove &apos;{code}&apos;</source>
        <translation>إزالة «{code}»</translation>
    </message>
    <message>
        <source>remove coding</source>
        <translation>إزالة الترميز</translation>
    </message>
    <message>
        <source>remove link type &apos;{name}&apos;</source>
        <translation>إزالة نوع الرابط «{name}»</translation>
    </message>
    <message>
        <source>remove {count} codings</source>
        <translation>إزالة {count} ترميز</translation>
    </message>
    <message>
        <source>remove {count} links</source>
        <translation>إزالة {count} رابط</translation>
    </message>
    <message>
        <source>rename &apos;{old}&apos; to &apos;{new}&apos;</source>
        <translation>تغيير اسم «{old}» إلى «{new}»</translation>
    </message>
    <message>
        <source>rename case &apos;{old}&apos; to &apos;{new}&apos;</source>
        <translation>تغيير اسم الحالة «{old}» إلى «{new}»</translation>
    </message>
    <message>
        <source>rename code &apos;{old}&apos; to &apos;{new}&apos;</source>
        <translation>تغيير اسم الرمز «{old}» إلى «{new}»</translation>
    </message>
    <message>
        <source>rename grade &apos;{old}&apos; to &apos;{new}&apos;</source>
        <translation>تغيير اسم الدرجة «{old}» إلى «{new}»</translation>
    </message>
    <message>
        <source>rename project</source>
        <translation>تغيير اسم المشروع</translation>
    </message>
    <message>
        <source>rename query &apos;{old}&apos; to &apos;{new}&apos;</source>
        <translation>تغيير اسم الاستعلام «{old}» إلى «{new}»</translation>
    </message>
    <message>
        <source>respondent &apos;{respondent}&apos; is already on row {row}</source>
        <translation>المستجيب «{respondent}» موجود بالفعل في الصف {row}</translation>
    </message>
    <message>
        <source>role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>row {row:,} is past the last row a sheet can have</source>
        <translation>الصف {row:,} يتجاوز آخر صف ممكن في الورقة</translation>
    </message>
    <message>
        <source>row {row} has a value in {column}, which has no name in the header row (row {header_row})</source>
        <translation>الصف {row} فيه قيمة في {column}، وهو عمود بلا اسم في صف العناوين (الصف {header_row})</translation>
    </message>
    <message>
        <source>row {row} has more than {columns:,} columns (the most a sheet may have)</source>
        <translation>الصف {row} فيه أكثر من {columns:,} عمود (الحد الأقصى للورقة)</translation>
    </message>
    <message numerus="yes">
        <source>row {row} has {count:,} field{s} but the header row (row {header_row}) has {header_count:,}: a value or a delimiter is missing or extra</source>
        <translation>
            <numerusform>الصف {row} فيه {count:,} حقل، لكن صف العناوين (الصف {header_row}) فيه {header_count:,}: قيمة أو فاصل ناقص أو زائد</numerusform>
            <numerusform>الصف {row} فيه حقل واحد، لكن صف العناوين (الصف {header_row}) فيه {header_count:,}: قيمة أو فاصل ناقص أو زائد</numerusform>
            <numerusform>الصف {row} فيه حقلان، لكن صف العناوين (الصف {header_row}) فيه {header_count:,}: قيمة أو فاصل ناقص أو زائد</numerusform>
            <numerusform>الصف {row} فيه {count:,} حقول، لكن صف العناوين (الصف {header_row}) فيه {header_count:,}: قيمة أو فاصل ناقص أو زائد</numerusform>
            <numerusform>الصف {row} فيه {count:,} حقلًا، لكن صف العناوين (الصف {header_row}) فيه {header_count:,}: قيمة أو فاصل ناقص أو زائد</numerusform>
            <numerusform>الصف {row} فيه {count:,} حقل، لكن صف العناوين (الصف {header_row}) فيه {header_count:,}: قيمة أو فاصل ناقص أو زائد</numerusform>
        </translation>
    </message>
    <message>
        <source>row {row}: {problem}</source>
        <translation>الصف {row}: {problem}</translation>
    </message>
    <message>
        <source>rows for {table} need {count} values</source>
        <translation>صفوف {table} تحتاج إلى {count} قيم</translation>
    </message>
    <message>
        <source>save it as .docx first</source>
        <translation>احفظه بصيغة ‎.docx أولًا</translation>
    </message>
    <message>
        <source>save it as .txt first</source>
        <translation>احفظه بصيغة ‎.txt أولًا</translation>
    </message>
    <message>
        <source>save query &apos;{query}&apos;</source>
        <translation>حفظ الاستعلام «{query}»</translation>
    </message>
    <message>
        <source>saved query &apos;{name}&apos; ({expression}): codings inside its results</source>
        <translation>الاستعلام المحفوظ «{name}» ({expression}): الترميزات داخل نتائجه</translation>
    </message>
    <message>
        <source>saved query &apos;{name}&apos;: {problem}</source>
        <translation>الاستعلام المحفوظ «{name}»: {problem}</translation>
    </message>
    <message>
        <source>section &apos;{name}&apos;: {reason}</source>
        <translation>القسم «{name}»: {reason}</translation>
    </message>
    <message>
        <source>set</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>set &apos;{attribute}&apos; of &apos;{document}&apos;</source>
        <translation>تعيين «{attribute}» لـ«{document}»</translation>
    </message>
    <message>
        <source>set &apos;{attribute}&apos; of case &apos;{case}&apos;</source>
        <translation>تعيين «{attribute}» للحالة «{case}»</translation>
    </message>
    <message numerus="yes">
        <source>set &apos;{set}&apos; is now the yes/no attribute &apos;set: {set}&apos; of {count:,} document{s}</source>
        <translation>
            <numerusform>المجموعة &apos;{set}&apos; أصبحت السمة نعم/لا &apos;set: {set}&apos; في {count:,} مستند</numerusform>
            <numerusform>المجموعة &apos;{set}&apos; أصبحت السمة نعم/لا &apos;set: {set}&apos; في مستند واحد</numerusform>
            <numerusform>المجموعة &apos;{set}&apos; أصبحت السمة نعم/لا &apos;set: {set}&apos; في مستندان</numerusform>
            <numerusform>المجموعة &apos;{set}&apos; أصبحت السمة نعم/لا &apos;set: {set}&apos; في {count:,} مستندات</numerusform>
            <numerusform>المجموعة &apos;{set}&apos; أصبحت السمة نعم/لا &apos;set: {set}&apos; في {count:,} مستندًا</numerusform>
            <numerusform>المجموعة &apos;{set}&apos; أصبحت السمة نعم/لا &apos;set: {set}&apos; في {count:,} مستند</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>set &apos;{set}&apos; is now the yes/no attribute &apos;set: {set}&apos; of {count:,} document{s} ({lost} of its members were not imported)</source>
        <translation>
            <numerusform>المجموعة &apos;{set}&apos; أصبحت السمة نعم/لا &apos;set: {set}&apos; في {count:,} مستند (لم يُستورد {lost} من أعضائها)</numerusform>
            <numerusform>المجموعة &apos;{set}&apos; أصبحت السمة نعم/لا &apos;set: {set}&apos; في مستند واحد (لم يُستورد {lost} من أعضائها)</numerusform>
            <numerusform>المجموعة &apos;{set}&apos; أصبحت السمة نعم/لا &apos;set: {set}&apos; في مستندان (لم يُستورد {lost} من أعضائها)</numerusform>
            <numerusform>المجموعة &apos;{set}&apos; أصبحت السمة نعم/لا &apos;set: {set}&apos; في {count:,} مستندات (لم يُستورد {lost} من أعضائها)</numerusform>
            <numerusform>المجموعة &apos;{set}&apos; أصبحت السمة نعم/لا &apos;set: {set}&apos; في {count:,} مستندًا (لم يُستورد {lost} من أعضائها)</numerusform>
            <numerusform>المجموعة &apos;{set}&apos; أصبحت السمة نعم/لا &apos;set: {set}&apos; في {count:,} مستند (لم يُستورد {lost} من أعضائها)</numerusform>
        </translation>
    </message>
    <message>
        <source>set &apos;{set}&apos;: its memos are not grouped</source>
        <translation>المجموعة &apos;{set}&apos;: مذكراتها غير مُجمَّعة</translation>
    </message>
    <message>
        <source>set a pseudonym (→ {replacement})</source>
        <translation>تعيين اسم مستعار (← {replacement})</translation>
    </message>
    <message>
        <source>set role of speaker &apos;{speaker}&apos;</source>
        <translation>تعيين دور المتحدث «{speaker}»</translation>
    </message>
    <message>
        <source>set {count} attributes of &apos;{document}&apos;</source>
        <translation>تعيين {count} سمة لـ«{document}»</translation>
    </message>
    <message>
        <source>set {count} attributes of case &apos;{case}&apos;</source>
        <translation>تعيين {count} سمة للحالة «{case}»</translation>
    </message>
    <message>
        <source>set {count} pseudonyms</source>
        <translation>تعيين {count} اسم مستعار</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; is a chart, not a table</source>
        <translation>الورقة &apos;{sheet}&apos; مخطط بياني، وليست جدولًا</translation>
    </message>
    <message>
        <source>some of these codings no longer exist</source>
        <translation>بعض هذه الترميزات لم يعد موجودًا</translation>
    </message>
    <message>
        <source>some of these links no longer exist</source>
        <translation>بعض هذه الروابط لم يعد موجودًا</translation>
    </message>
    <message>
        <source>some {table} rows to change no longer exist</source>
        <translation>بعض صفوف {table} المراد تغييرها لم تعد موجودة</translation>
    </message>
    <message>
        <source>some {table} to delete no longer exist</source>
        <translation>بعض {table} المراد حذفها لم تعد موجودة</translation>
    </message>
    <message>
        <source>source &apos;{name}&apos;</source>
        <translation>المصدر &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>source: {sources}</source>
        <translation>المصدر: {sources}</translation>
    </message>
    <message>
        <source>spaCy is not installed: names, places and organisations were only looked for after titles (Dr, Mr, 律师...) and in the pseudonym table</source>
        <translation>spaCy غير مثبّت: لم يُبحث عن الأسماء والأماكن والمنظمات إلا بعد الألقاب (Dr، Mr، 律师...) وفي جدول الأسماء المستعارة</translation>
    </message>
    <message>
        <source>spaCy pipeline &apos;{model}&apos; is not installed (qcode never downloads one; install it with pip, or use &apos;{blank}&apos;)</source>
        <translation>خط معالجة spaCy «{model}» غير مثبَّت (لا ينزّل qcode أي خط معالجة؛ ثبّته بـ pip، أو استخدم «{blank}»)</translation>
    </message>
    <message>
        <source>span {start}–{end} is not inside the document</source>
        <translation>المدى {start}–{end} ليس داخل المستند</translation>
    </message>
    <message>
        <source>speaker &apos;{speaker}&apos; has no turns in any document</source>
        <translation>ليس للمتحدث «{speaker}» أدوار في أي مستند</translation>
    </message>
    <message>
        <source>speaker &apos;{speaker}&apos; has no turns in these documents</source>
        <translation>ليس للمتحدث «{speaker}» أدوار في هذه المستندات</translation>
    </message>
    <message>
        <source>speakers with the role: {roles}</source>
        <translation>المتحدثون ذوو الدور: {roles}</translation>
    </message>
    <message>
        <source>speakers: {names}</source>
        <translation>المتحدثون: {names}</translation>
    </message>
    <message>
        <source>splice {start}:{end} outside a value of {length}</source>
        <translation>التعديل {start}:{end} خارج قيمة طولها {length}</translation>
    </message>
    <message>
        <source>suggestions have not learned &apos;{code}&apos; yet: let them learn again</source>
        <translation>لم تتعلّم الاقتراحات «{code}» بعد: دعها تتعلّم من جديد</translation>
    </message>
    <message>
        <source>summarise case &apos;{case}&apos; on &apos;{code}&apos;</source>
        <translation>تلخيص الحالة «{case}» في «{code}»</translation>
    </message>
    <message>
        <source>text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>that participant is no longer in the register; nothing was changed</source>
        <translation>لم يعد ذلك المشارك في السجل؛ لم يُغيَّر شيء</translation>
    </message>
    <message>
        <source>the Python package {package} (it comes with qcode)</source>
        <translation>حزمة Python {package} (تأتي مع qcode)</translation>
    </message>
    <message>
        <source>the archive is damaged ({entry}: {error})</source>
        <translation>الأرشيف تالف ({entry}: {error})</translation>
    </message>
    <message>
        <source>the case &apos;{case}&apos; no longer exists</source>
        <translation>الحالة «{case}» لم تعد موجودة</translation>
    </message>
    <message>
        <source>the case no longer exists</source>
        <translation>الحالة لم تعد موجودة</translation>
    </message>
    <message>
        <source>the case&apos;s description</source>
        <translation>وصف الحالة</translation>
    </message>
    <message>
        <source>the case&apos;s type</source>
        <translation>نوع الحالة</translation>
    </message>
    <message>
        <source>the charts</source>
        <translation>المخططات</translation>
    </message>
    <message>
        <source>the code no longer exists</source>
        <translation>الرمز لم يعد موجودًا</translation>
    </message>
    <message>
        <source>the codebook has no codes, and a REFI-QDA codebook needs at least one</source>
        <translation>لا يحتوي دفتر الرموز على رموز، ودفتر رموز REFI-QDA يحتاج إلى رمز واحد على الأقل</translation>
    </message>
    <message>
        <source>the coders {coders} have not coded any document in common; name documents with --documents</source>
        <translation>المُرمِّزون {coders} لم يُرمِّزوا أي مستند مشترك؛ سمِّ المستندات بـ --documents</translation>
    </message>
    <message>
        <source>the coding no longer exists</source>
        <translation>الترميز لم يعد موجودًا</translation>
    </message>
    <message numerus="yes">
        <source>the comments of coded passages are now memos on {count:,} coding{s}</source>
        <translation>
            <numerusform>تعليقات المقاطع المُرمَّزة أصبحت مذكرات على {count:,} ترميز</numerusform>
            <numerusform>تعليقات المقاطع المُرمَّزة أصبحت مذكرات على ترميز واحد</numerusform>
            <numerusform>تعليقات المقاطع المُرمَّزة أصبحت مذكرات على ترميزان</numerusform>
            <numerusform>تعليقات المقاطع المُرمَّزة أصبحت مذكرات على {count:,} ترميزات</numerusform>
            <numerusform>تعليقات المقاطع المُرمَّزة أصبحت مذكرات على {count:,} ترميزًا</numerusform>
            <numerusform>تعليقات المقاطع المُرمَّزة أصبحت مذكرات على {count:,} ترميز</numerusform>
        </translation>
    </message>
    <message>
        <source>the document no longer exists</source>
        <translation>المستند لم يعد موجودًا</translation>
    </message>
    <message>
        <source>the code&apos;s description</source>
        <translation>وصف الرمز</translation>
    </message>
    <message>
        <source>the code&apos;s keyword &apos;{keyword}&apos;</source>
        <translation>الكلمة المفتاحية «{keyword}» للرمز</translation>
    </message>
    <message>
        <source>the consent reference</source>
        <translation>مرجع الموافقة</translation>
    </message>
    <message>
        <source>the descriptions of {types}</source>
        <translation>أوصاف {types}</translation>
    </message>
    <message>
        <source>the document no longer exists; nothing was changed</source>
        <translation>المستند لم يعد موجودًا؛ لم يُغيَّر شيء</translation>
    </message>
    <message>
        <source>the end of the query</source>
        <translation>نهاية الاستعلام</translation>
    </message>
    <message>
        <source>the expected text</source>
        <translation>النص المتوقَّع</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <source>the grade no longer exists</source>
        <translation>الدرجة لم تعد موجودة</translation>
    </message>
    <message>
        <source>the grade&apos;s description</source>
        <translation>وصف الدرجة</translation>
    </message>
    <message>
        <source>the identifier</source>
        <translation>المُعرِّف</translation>
    </message>
    <message>
        <source>the identifier is part of a replacement in this project&apos;s pseudonym table; change that replacement, then add the identifier</source>
        <translation>المُعرِّف جزء من بديل في جدول الأسماء المستعارة في هذا المشروع؛ غيّر ذلك البديل ثم أضف المُعرِّف</translation>
    </message>
    <message>
        <source>the identifier is part of the replacement &apos;{other_replacement}&apos; already in the pseudonym table; change that replacement first</source>
        <translation>المُعرِّف جزء من البديل «{other_replacement}» الموجود في جدول الأسماء المستعارة؛ غيّر ذلك البديل أولًا</translation>
    </message>
    <message>
        <source>the identifier&apos;s kind</source>
        <translation>نوع المُعرِّف</translation>
    </message>
    <message>
        <source>the last {percent}% of the coded text (trained on the rest)</source>
        <translation>آخر {percent}% من النص المرمّز (مع التدريب على الباقي)</translation>
    </message>
    <message>
        <source>the link no longer exists</source>
        <translation>الرابط لم يعد موجودًا</translation>
    </message>
    <message>
        <source>the link type is called &apos;{theirs}&apos; in {other}; kept &apos;{ours}&apos;</source>
        <translation>نوع الرابط اسمه &apos;{theirs}&apos; في {other}؛ أُبقي &apos;{ours}&apos;</translation>
    </message>
    <message>
        <source>the link type no longer exists</source>
        <translation>نوع الرابط لم يعد موجودًا</translation>
    </message>
    <message>
        <source>the link type&apos;s description</source>
        <translation>وصف نوع الرابط</translation>
    </message>
    <message>
        <source>the link&apos;s memo</source>
        <translation>مذكرة الرابط</translation>
    </message>
    <message>
        <source>the memo</source>
        <translation>المذكرة</translation>
    </message>
    <message>
        <source>the memo is empty</source>
        <translation>المذكرة فارغة</translation>
    </message>
    <message>
        <source>the memo is empty (delete it instead)</source>
        <translation>المذكرة فارغة (احذفها بدلًا من ذلك)</translation>
    </message>
    <message>
        <source>the memo&apos;s title</source>
        <translation>عنوان المذكرة</translation>
    </message>
    <message>
        <source>the name and the type cannot come from the same column</source>
        <translation>لا يمكن أن يأتي الاسم والنوع من العمود نفسه</translation>
    </message>
    <message>
        <source>the name is taken by another document here; added as &apos;{name}&apos;</source>
        <translation>الاسم مأخوذ لمستند آخر هنا؛ أُضيف باسم &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>the new parent code no longer exists</source>
        <translation>الرمز الأب الجديد لم يعد موجودًا</translation>
    </message>
    <message>
        <source>the new passphrase is the same as the old one; nothing was changed</source>
        <translation>عبارة المرور الجديدة مثل القديمة؛ لم يُغيَّر شيء</translation>
    </message>
    <message>
        <source>the new text holds a control character (U+{codepoint:04X})</source>
        <translation>يحتوي النص الجديد على محرف تحكّم (U+{codepoint:04X})</translation>
    </message>
    <message>
        <source>the new text is not valid Unicode (it holds a lone surrogate)</source>
        <translation>النص الجديد ليس Unicode صالحًا (فيه نصف زوج بديل منفرد)</translation>
    </message>
    <message>
        <source>the original of &apos;{document}&apos; ({file_name}) was not kept in the project, only its size and SHA-256</source>
        <translation>لم يُحفظ أصل «{document}» ({file_name}) في المشروع، بل حجمه وبصمة SHA-256 فقط</translation>
    </message>
    <message>
        <source>the parent code no longer exists</source>
        <translation>الرمز الأب لم يعد موجودًا</translation>
    </message>
    <message>
        <source>the project XML declares a DTD or entities, which qcode refuses for safety</source>
        <translation>ملف XML الخاص بالمشروع يصرّح بـ DTD أو كيانات، وهو ما يرفضه qcode حفاظًا على الأمان</translation>
    </message>
    <message>
        <source>the project XML declares an unknown encoding</source>
        <translation>ملف XML الخاص بالمشروع يصرّح بترميز غير معروف</translation>
    </message>
    <message>
        <source>the project XML is empty</source>
        <translation>ملف XML الخاص بالمشروع فارغ</translation>
    </message>
    <message>
        <source>the project XML is not well formed (line {line})</source>
        <translation>ملف XML الخاص بالمشروع غير سليم البنية (السطر {line})</translation>
    </message>
    <message>
        <source>the project file inside is named &apos;{name}&apos;, not &apos;project.qde&apos; as the standard says; read it anyway</source>
        <translation>ملف المشروع في الداخل اسمه &apos;{name}&apos; وليس &apos;project.qde&apos; كما ينص المعيار؛ قُرئ على أي حال</translation>
    </message>
    <message>
        <source>the project has changed since ({table} already exist)</source>
        <translation>تغيّر المشروع منذئذ ({table} موجودة مسبقًا)</translation>
    </message>
    <message>
        <source>the project has changed since ({table} are missing)</source>
        <translation>تغيّر المشروع منذئذ ({table} مفقودة)</translation>
    </message>
    <message>
        <source>the project has changed since ({table} differ)</source>
        <translation>تغيّر المشروع منذئذ ({table} مختلفة)</translation>
    </message>
    <message>
        <source>the project has no cases, links between codings or source grades to corroborate with</source>
        <translation>لا يحتوي المشروع على حالات أو روابط بين الترميزات أو درجات مصادر للتعزيز بها</translation>
    </message>
    <message>
        <source>the project has no framework summaries yet (write one with &apos;qcode summary&apos;)</source>
        <translation>لا يحتوي المشروع على ملخصات إطار بعد (اكتب واحدًا بـ &apos;qcode summary&apos;)</translation>
    </message>
    <message>
        <source>the project has no saved queries (save one with &apos;qcode query … --save NAME&apos;)</source>
        <translation>لا يحتوي المشروع على استعلامات محفوظة (احفظ واحدًا بـ &apos;qcode query … --save NAME&apos;)</translation>
    </message>
    <message>
        <source>the project is encrypted but its recordings are not: qcode links them where they are; keep them on an encrypted disk</source>
        <translation>المشروع مشفَّر لكن تسجيلاته ليست مشفَّرة: يربطها qcode حيث هي؛ احفظها على قرص مشفَّر</translation>
    </message>
    <message>
        <source>the project&apos;s description</source>
        <translation>وصف المشروع</translation>
    </message>
    <message>
        <source>the project&apos;s name</source>
        <translation>اسم المشروع</translation>
    </message>
    <message>
        <source>the pseudonym table is empty: add the identifiers to replace with &apos;qcode pseudonym&apos; or Privacy ▸ Pseudonyms… first</source>
        <translation>جدول الأسماء المستعارة فارغ: أضف أولًا المُعرِّفات المراد استبدالها عبر &apos;qcode pseudonym&apos; أو الخصوصية ▸ الأسماء المستعارة…</translation>
    </message>
    <message>
        <source>the query</source>
        <translation>الاستعلام</translation>
    </message>
    <message>
        <source>the query is empty</source>
        <translation>الاستعلام فارغ</translation>
    </message>
    <message>
        <source>the query is longer than {most:,} characters</source>
        <translation>الاستعلام أطول من {most:,} حرف</translation>
    </message>
    <message>
        <source>the query&apos;s {field}</source>
        <translation>{field} في الاستعلام</translation>
    </message>
    <message>
        <source>the query&apos;s {field} must be a list of names</source>
        <translation>يجب أن يكون {field} في الاستعلام قائمة أسماء</translation>
    </message>
    <message>
        <source>the recording beside it was not linked: {problem}</source>
        <translation>لم يُربط التسجيل المجاور له: {problem}</translation>
    </message>
    <message>
        <source>the recording {file} was written out of {archive}, which is no longer there</source>
        <translation>استُخرج التسجيل {file} من {archive}، وهو لم يعد موجودًا</translation>
    </message>
    <message>
        <source>the replacement</source>
        <translation>البديل</translation>
    </message>
    <message>
        <source>the replacement &apos;{other_replacement}&apos; contains another identifier in the pseudonym table; choose one that names nobody</source>
        <translation>البديل «{other_replacement}» يحتوي على مُعرِّف آخر من جدول الأسماء المستعارة؛ اختر بديلًا لا يسمّي أحدًا</translation>
    </message>
    <message>
        <source>the replacement &apos;{replacement}&apos; contains another identifier in the pseudonym table; choose one that names nobody</source>
        <translation>البديل «{replacement}» يحتوي على مُعرِّف آخر من جدول الأسماء المستعارة؛ اختر بديلًا لا يسمّي أحدًا</translation>
    </message>
    <message>
        <source>the replacement &apos;{replacement}&apos; contains the identifier it replaces</source>
        <translation>البديل «{replacement}» يحتوي على المُعرِّف الذي يحلّ محله</translation>
    </message>
    <message>
        <source>the respondent&apos;s id</source>
        <translation>معرّف المستجيب</translation>
    </message>
    <message>
        <source>the roles and descriptions of {speakers}</source>
        <translation>أدوار {speakers} وأوصافهم</translation>
    </message>
    <message>
        <source>the same coding ({uuid}) is {code} at {start}–{end} by {coder} in {other}; kept this project&apos;s</source>
        <translation>الترميز نفسه ({uuid}) هو {code} عند {start}–{end} بواسطة {coder} في {other}؛ أُبقي ما في هذا المشروع</translation>
    </message>
    <message>
        <source>the same identifier is listed twice; give each one replacement</source>
        <translation>ذُكر المُعرِّف نفسه مرتين؛ أعطِ كل مُعرِّف بديلًا واحدًا</translation>
    </message>
    <message>
        <source>the saved query &apos;{query}&apos; no longer exists</source>
        <translation>الاستعلام المحفوظ «{query}» لم يعد موجودًا</translation>
    </message>
    <message>
        <source>the scale of {grades}</source>
        <translation>مقياس {grades}</translation>
    </message>
    <message>
        <source>the source grades of {codings}</source>
        <translation>درجات المصدر لـ {codings}</translation>
    </message>
    <message>
        <source>the speaker&apos;s description</source>
        <translation>وصف المتحدث</translation>
    </message>
    <message>
        <source>the speaker&apos;s role</source>
        <translation>دور المتحدث</translation>
    </message>
    <message>
        <source>the speakers assigned to {cases} ({assignments}; REFI-QDA has no speakers, so the {codings} in their turns are written as those cases&apos; selections)</source>
        <translation>المتحدثون المسندون إلى {cases} ({assignments}؛ لا متحدثين في REFI-QDA، لذا تُكتب {codings} في أدوارهم تحديداتٍ لتلك الحالات)</translation>
    </message>
    <message>
        <source>the stored bytes end early</source>
        <translation>البايتات المخزّنة تنتهي قبل أوانها</translation>
    </message>
    <message>
        <source>the stored bytes of its original file are damaged</source>
        <translation>البايتات المخزَّنة لملفه الأصلي تالفة</translation>
    </message>
    <message>
        <source>the stored bytes of its original file no longer match their hash</source>
        <translation>البايتات المخزَّنة لملفه الأصلي لم تعد تطابق بصمتها</translation>
    </message>
    <message>
        <source>the stored original of &apos;{document}&apos; does not match its hash; nothing was written (run &apos;qcode verify&apos;)</source>
        <translation>الأصل المحفوظ لـ«{document}» لا يطابق بصمته؛ لم يُكتب شيء (شغّل &apos;qcode verify&apos;)</translation>
    </message>
    <message>
        <source>the stored suggestion model cannot be read ({problem})</source>
        <translation>تعذّرت قراءة نموذج الاقتراحات المحفوظ ({problem})</translation>
    </message>
    <message>
        <source>the stored suggestion model is from another version of qcode</source>
        <translation>نموذج الاقتراحات المحفوظ من إصدار آخر من qcode</translation>
    </message>
    <message>
        <source>the stored text does not match its hash</source>
        <translation>النص المخزَّن لا يطابق بصمته</translation>
    </message>
    <message>
        <source>the stored text is not version {version} as recorded</source>
        <translation>النص المخزَّن ليس النسخة {version} كما سُجّلت</translation>
    </message>
    <message>
        <source>the sub-codes of &apos;{code}&apos;</source>
        <translation>الرموز الفرعية لـ«{code}»</translation>
    </message>
    <message>
        <source>the summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>the summary is empty</source>
        <translation>الملخص فارغ</translation>
    </message>
    <message>
        <source>the text differs from the one in {other}; its codings were re-anchored onto this project&apos;s text ({changed} now cover changed text)</source>
        <translation>النص يختلف عن النص في {other}؛ أُعيد تثبيت ترميزاته على نص هذا المشروع ({changed} منها تغطي الآن نصًا متغيرًا)</translation>
    </message>
    <message>
        <source>the threshold must be above 0 and at most 1 (got {threshold:g})</source>
        <translation>يجب أن تكون العتبة أكبر من 0 وألا تتجاوز 1 (القيمة المعطاة {threshold:g})</translation>
    </message>
    <message>
        <source>the turns of speaker &apos;{speaker}&apos; hold no words to code</source>
        <translation>لا تحتوي أدوار المتحدث «{speaker}» على كلمات للترميز</translation>
    </message>
    <message>
        <source>the versions of &apos;{document}&apos; do not add up; run &apos;qcode verify&apos;</source>
        <translation>نسخ «{document}» غير متّسقة؛ شغّل &apos;qcode verify&apos;</translation>
    </message>
    <message>
        <source>the {table} row to change no longer exists</source>
        <translation>صف {table} المراد تغييره لم يعد موجودًا</translation>
    </message>
    <message>
        <source>the {target} no longer exists</source>
        <translation>{target} لم يعد موجودًا</translation>
    </message>
    <message>
        <source>their {what} is &apos;{theirs}&apos; in {other}; kept &apos;{ours}&apos;</source>
        <translation>{what} في {other} هو &apos;{theirs}&apos;؛ أُبقي &apos;{ours}&apos;</translation>
    </message>
    <message>
        <source>there are no pseudonyms in {file}: add some with &apos;qcode pseudonym&apos; or Privacy ▸ Pseudonyms…</source>
        <translation>لا أسماء مستعارة في {file}: أضف بعضها عبر &apos;qcode pseudonym&apos; أو الخصوصية ▸ الأسماء المستعارة…</translation>
    </message>
    <message>
        <source>there are no search results to code</source>
        <translation>لا توجد نتائج بحث لترميزها</translation>
    </message>
    <message>
        <source>there is already a case named &apos;{name}&apos;</source>
        <translation>توجد بالفعل حالة باسم «{name}»</translation>
    </message>
    <message>
        <source>there is already a code &apos;{name}&apos; at the top level</source>
        <translation>يوجد بالفعل رمز «{name}» في المستوى الأعلى</translation>
    </message>
    <message>
        <source>there is already a code &apos;{name}&apos; under &apos;{parent}&apos;</source>
        <translation>يوجد بالفعل رمز «{name}» تحت «{parent}»</translation>
    </message>
    <message>
        <source>there is already a document named &apos;{name}&apos;</source>
        <translation>يوجد بالفعل مستند باسم «{name}»</translation>
    </message>
    <message>
        <source>there is already a grade &apos;{name}&apos;</source>
        <translation>توجد بالفعل درجة «{name}»</translation>
    </message>
    <message>
        <source>there is already a link type &apos;{name}&apos;</source>
        <translation>يوجد بالفعل نوع رابط «{name}»</translation>
    </message>
    <message>
        <source>there is already a saved query named &apos;{name}&apos;</source>
        <translation>يوجد بالفعل استعلام محفوظ باسم «{name}»</translation>
    </message>
    <message>
        <source>these codings are already linked as &apos;{link_type}&apos;</source>
        <translation>هذه الترميزات مرتبطة بالفعل كـ«{link_type}»</translation>
    </message>
    <message>
        <source>to import as an attribute</source>
        <translation>لاستيرادها كسمة</translation>
    </message>
    <message>
        <source>to import as text</source>
        <translation>لاستيرادها كنص</translation>
    </message>
    <message>
        <source>too little coded text to hold part of it out</source>
        <translation>النص المُرمَّز أقل من أن يُحجَز جزء منه للاختبار</translation>
    </message>
    <message>
        <source>type something to search for</source>
        <translation>اكتب شيئًا للبحث عنه</translation>
    </message>
    <message>
        <source>unassign {members} from case &apos;{case}&apos;</source>
        <translation>إلغاء إسناد {members} إلى الحالة «{case}»</translation>
    </message>
    <message>
        <source>under &apos;{path}&apos;</source>
        <translation>تحت &apos;{path}&apos;</translation>
    </message>
    <message>
        <source>unexpected &apos;{text}&apos;</source>
        <translation>«{text}» غير متوقع</translation>
    </message>
    <message>
        <source>unexpected &apos;{text}&apos; (put code paths in double quotes)</source>
        <translation>«{text}» غير متوقع (ضع مسارات الرموز بين علامتي تنصيص مزدوجتين)</translation>
    </message>
    <message>
        <source>unexpected &apos;{text}&apos;: expected AND, OR, AND NOT or NEAR/… (put code paths in double quotes)</source>
        <translation>«{text}» غير متوقع: المتوقع AND أو OR أو AND NOT أو NEAR/… (ضع مسارات الرموز بين علامتي تنصيص مزدوجتين)</translation>
    </message>
    <message>
        <source>unit must be one of {units}</source>
        <translation>يجب أن تكون الوحدة إحدى: {units}</translation>
    </message>
    <message>
        <source>unknown author</source>
        <translation>كاتب غير معروف</translation>
    </message>
    <message>
        <source>unknown breakdown &apos;{by}&apos; (one of {breakdowns})</source>
        <translation>تقسيم غير معروف «{by}» (واحد من {breakdowns})</translation>
    </message>
    <message>
        <source>unknown column {column} of {table}</source>
        <translation>عمود غير معروف {column} في {table}</translation>
    </message>
    <message>
        <source>unknown columns for {table}: {columns}</source>
        <translation>أعمدة غير معروفة في {table}: {columns}</translation>
    </message>
    <message>
        <source>unknown origin &apos;{origin}&apos; (origins: {origins})</source>
        <translation>طريقة إنشاء غير معروفة «{origin}» (الطرق: {origins})</translation>
    </message>
    <message>
        <source>unknown origin: {unknown} (origins: {origins})</source>
        <translation>طريقة إنشاء غير معروفة: {unknown} (الطرق: {origins})</translation>
    </message>
    <message>
        <source>unknown section(s) {unknown}: use {sections} (comma-separated)</source>
        <translation>أقسام غير معروفة {unknown}: استخدم {sections} (مفصولة بفواصل)</translation>
    </message>
    <message>
        <source>unknown sheet(s) {unknown}: use {sheets}</source>
        <translation>أوراق غير معروفة {unknown}: استخدم {sheets}</translation>
    </message>
    <message>
        <source>unknown source {source} (use {sources})</source>
        <translation>مصدر غير معروف {source} (استخدم {sources})</translation>
    </message>
    <message>
        <source>unknown table {table}</source>
        <translation>جدول غير معروف {table}</translation>
    </message>
    <message>
        <source>unknown unit &apos;{unit}&apos;: use {units}</source>
        <translation>وحدة غير معروفة «{unit}»: استخدم {units}</translation>
    </message>
    <message>
        <source>unlink a quote from case &apos;{case}&apos; on &apos;{code}&apos;</source>
        <translation>فك ربط اقتباس من الحالة «{case}» في «{code}»</translation>
    </message>
    <message>
        <source>unlink codings</source>
        <translation>فك ربط الترميزات</translation>
    </message>
    <message>
        <source>unlink the recording of &apos;{document}&apos;</source>
        <translation>فك ربط تسجيل «{document}»</translation>
    </message>
    <message>
        <source>unlink {count} quotes from case &apos;{case}&apos; on &apos;{code}&apos;</source>
        <translation>فك ربط {count} اقتباس من الحالة «{case}» في «{code}»</translation>
    </message>
    <message>
        <source>unlinked and deleted the recording {path}</source>
        <translation>أُلغي ربط التسجيل {path} وحُذف</translation>
    </message>
    <message>
        <source>unpacks to more than</source>
        <translation>يُفك ضغطه إلى أكثر من</translation>
    </message>
    <message>
        <source>unpacks to more than the {most} allowed (a zip bomb?); refused</source>
        <translation>يُفك ضغطه إلى أكثر من الحد المسموح به {most} (قنبلة zip؟)؛ مرفوض</translation>
    </message>
    <message>
        <source>unpacks to more than {limit:,} bytes</source>
        <translation>يُفك ضغطه إلى أكثر من {limit:,} بايت</translation>
    </message>
    <message>
        <source>unsupported file type &apos;{suffix}&apos; (qcode reads {known})</source>
        <translation>نوع ملف غير مدعوم &apos;{suffix}&apos; (يقرأ qcode الأنواع {known})</translation>
    </message>
    <message>
        <source>unsupported file type (no extension) (qcode reads {known})</source>
        <translation>نوع ملف غير مدعوم (بلا امتداد) (يقرأ qcode الأنواع {known})</translation>
    </message>
    <message>
        <source>user</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>المتغير</translation>
    </message>
    <message>
        <source>variable &apos;{name}&apos; ({type}) is kept as text</source>
        <translation>المتغير &apos;{name}&apos; ({type}) محفوظ نصًا</translation>
    </message>
    <message>
        <source>variable &apos;{name}&apos; has no name or GUID</source>
        <translation>المتغير &apos;{name}&apos; بلا اسم أو GUID</translation>
    </message>
    <message>
        <source>variable &apos;{old}&apos; is now named &apos;{new}&apos;</source>
        <translation>المتغير &apos;{old}&apos; أصبح اسمه &apos;{new}&apos;</translation>
    </message>
    <message>
        <source>version {version} cannot be rebuilt as recorded</source>
        <translation>لا يمكن إعادة بناء النسخة {version} كما سُجّلت</translation>
    </message>
    <message>
        <source>version {version} of &apos;{document}&apos; can no longer be shown: version {version2} (a redaction or withdrawal) erased the versions before it</source>
        <translation>لم يعد بالإمكان عرض النسخة {version} من «{document}»: النسخة {version2} (حجب أو سحب) محت النسخ التي قبلها</translation>
    </message>
    <message>
        <source>version {version} of &apos;{document}&apos; does not match its recorded hash; run &apos;qcode verify&apos;</source>
        <translation>النسخة {version} من «{document}» لا تطابق بصمتها المسجّلة؛ شغّل &apos;qcode verify&apos;</translation>
    </message>
    <message>
        <source>video</source>
        <translation>الفيديو</translation>
    </message>
    <message>
        <source>warning: the recording {path} still holds their voice; qcode unlinked it and never deletes it unasked: {what}</source>
        <translation>تحذير: التسجيل {path} لا يزال يحمل صوته؛ ألغى qcode ربطه ولا يحذفه أبدًا دون طلب: {what}</translation>
    </message>
    <message>
        <source>warning: unlinked the recording {path}: their consent does not allow keeping it; the file is still on disk: {what}</source>
        <translation>تحذير: أُلغي ربط التسجيل {path}: موافقته لا تسمح بالاحتفاظ به؛ الملف لا يزال على القرص: {what}</translation>
    </message>
    <message>
        <source>warning: {problem}</source>
        <translation>تحذير: {problem}</translation>
    </message>
    <message>
        <source>what the codebook says of &apos;{code}&apos;</source>
        <translation>ما يقوله دفتر الرموز عن «{code}»</translation>
    </message>
    <message>
        <source>whether it can be applied</source>
        <translation>إمكانية تطبيقه</translation>
    </message>
    <message>
        <source>which {target} is the memo on?</source>
        <translation>على أي {target} هذه المذكرة؟</translation>
    </message>
    <message>
        <source>who made {links} without a memo, and when (a link&apos;s memo carries them)</source>
        <translation>من أنشأ {links} بلا مذكرة ومتى (مذكرة الرابط تحمل ذلك)</translation>
    </message>
    <message>
        <source>whole-number</source>
        <translation>عدد صحيح</translation>
    </message>
    <message>
        <source>with its keywords</source>
        <translation>يحوي كلماته المفتاحية</translation>
    </message>
    <message>
        <source>withdraw a participant</source>
        <translation>سحب مشارك</translation>
    </message>
    <message>
        <source>withdrew participant {participant} and deleted their data: {counts}</source>
        <translation>سحب المشارك {participant} وحذف بياناته: {counts}</translation>
    </message>
    <message>
        <source>work by user {guid}, who is not among the file&apos;s users, is attributed to a new coder &apos;user {short}&apos;</source>
        <translation>عمل المستخدم {guid}، غير الموجود بين مستخدمي الملف، يُنسب إلى مُرمِّز جديد &apos;user {short}&apos;</translation>
    </message>
    <message>
        <source>would unpack to {size}, more than the {most} allowed; refused</source>
        <translation>سيُفك ضغطه إلى {size}، أكثر من الحد المسموح به {most}؛ مرفوض</translation>
    </message>
    <message>
        <source>wrote out the original of &apos;{document}&apos; (sha256 {digest}…)</source>
        <translation>كتابة الملف الأصلي لـ«{document}» (sha256 {digest}…)</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>نعم/لا</translation>
    </message>
    <message>
        <source>yes: every identifier in the project&apos;s pseudonym table is replaced by its pseudonym, and the written file was checked for identifiers</source>
        <translation>نعم: استُبدل كل مُعرِّف في جدول الأسماء المستعارة للمشروع باسمه المستعار، وفُحص الملف المكتوب بحثًا عن المُعرِّفات</translation>
    </message>
    <message>
        <source>{archive} no longer holds the recording {file} that the import wrote out</source>
        <translation>لم يعد {archive} يحتوي على التسجيل {file} الذي استخرجه الاستيراد</translation>
    </message>
    <message>
        <source>{article} {what}</source>
        <translation>{article} {what}</translation>
    </message>
    <message>
        <source>{cells} (summaries and their quotes)</source>
        <translation>{cells} (الملخصات واقتباساتها)</translation>
    </message>
    <message>
        <source>{code}: the quotes</source>
        <translation>{code}: الاقتباسات</translation>
    </message>
    <message>
        <source>{column} has no name in the header row (row {row})</source>
        <translation>{column} بلا اسم في صف العناوين (الصف {row})</translation>
    </message>
    <message>
        <source>{column}&apos;s name holds an invalid character</source>
        <translation>اسم {column} يحوي حرفًا غير صالح</translation>
    </message>
    <message>
        <source>{count:,} answer repeats a text already in the project or the sheet (imported all the same)</source>
        <translation>{count:,} إجابة تكرر نصًا موجودًا في المشروع أو الجدول (استُوردت مع ذلك)</translation>
    </message>
    <message>
        <source>{count:,} answers repeat a text already in the project or the sheet (imported all the same)</source>
        <translation>{count:,} إجابات تكرر نصًا موجودًا في المشروع أو الجدول (استُوردت مع ذلك)</translation>
    </message>
    <message>
        <source>{count} folds of whole documents</source>
        <translation>{count} أجزاء من مستندات كاملة</translation>
    </message>
    <message>
        <source>{count} runs of passages in reading order</source>
        <translation>{count} مجموعات من المقاطع بترتيب القراءة</translation>
    </message>
    <message>
        <source>{file}: the file&apos;s path is not valid UTF-8 text, so it cannot be linked; rename it (or its folder) and link it again</source>
        <translation>{file}: مسار الملف ليس نصًا صالحًا بترميز UTF-8، لذا لا يمكن ربطه؛ أعد تسميته (أو تسمية مجلده) ثم اربطه من جديد</translation>
    </message>
    <message>
        <source>{file}: the project file is damaged: a text stored in it is not valid UTF-8 (another program wrote it, or the disk failed)</source>
        <translation>{file}: ملف المشروع تالف: نص محفوظ فيه ليس UTF-8 صالحًا (كتبه برنامج آخر، أو تعطّل القرص)</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} و{second}</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation>{first}؛ {second}</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} د</translation>
    </message>
    <message>
        <source>{passages} · {documents} · {coders}</source>
        <translation>{passages} · {documents} · {coders}</translation>
    </message>
    <message>
        <source>{path} is now another file; move it away to write the recording there again</source>
        <translation>{path} أصبح ملفًا آخر؛ انقله إلى مكان آخر لكي يُكتب التسجيل هناك من جديد</translation>
    </message>
    <message>
        <source>{path}: qcode&apos;s own copy (written out of a .qdpx); qcode deletes it</source>
        <translation>{path}: نسخة qcode نفسه (استُخرجت من ملف .qdpx)؛ يحذفها qcode</translation>
    </message>
    <message>
        <source>{path}: their own file, not a copy qcode wrote (or changed since); unlinked; qcode does not delete it unasked: delete it yourself</source>
        <translation>{path}: ملفه الخاص، وليس نسخة كتبها qcode (أو تغيّر منذ ذلك)؛ أُلغي ربطه؛ لا يحذفه qcode دون طلب: احذفه بنفسك</translation>
    </message>
    <message>
        <source>{path}: their own interview; qcode deletes it</source>
        <translation>{path}: مقابلته الخاصة؛ يحذفها qcode</translation>
    </message>
    <message>
        <source>{path}: unlinked; others speak in it too: cut their turns out of it or delete it yourself</source>
        <translation>{path}: أُلغي ربطه؛ يتحدث فيه آخرون أيضًا: اقتطع مداخلاته منه أو احذفه بنفسك</translation>
    </message>
    <message>
        <source>{path}: unlinked; qcode does not delete it unasked: delete it yourself</source>
        <translation>{path}: أُلغي ربطه؛ لا يحذفه qcode دون طلب: احذفه بنفسك</translation>
    </message>
    <message>
        <source>{path}: unlinked; their consent record says the recording may be kept (keep recording: yes): delete it yourself if their withdrawal covers it</source>
        <translation>{path}: أُلغي ربطه؛ يقول سجل موافقته إنه يجوز الاحتفاظ بالتسجيل (الاحتفاظ بالتسجيل: نعم): احذفه بنفسك إن كان انسحابه يشمله</translation>
    </message>
    <message>
        <source>{progress}, about {duration} left</source>
        <translation>{progress}، يتبقى نحو {duration}</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} ث</translation>
    </message>
    <message>
        <source>{types} no link uses</source>
        <translation>{types} لا يستخدمها أي رابط</translation>
    </message>
    <message numerus="yes">
        <source>similar to {count} segment{s} coded &apos;{code}&apos;</source>
        <translation>
            <numerusform>مشابه لـ{count} مقتطف مرمَّز بـ«{code}»</numerusform>
            <numerusform>مشابه لمقتطف واحد مرمَّز بـ«{code}»</numerusform>
            <numerusform>مشابه لمقتطفين مرمَّزين بـ«{code}»</numerusform>
            <numerusform>مشابه لـ{count} مقتطفات مرمَّزة بـ«{code}»</numerusform>
            <numerusform>مشابه لـ{count} مقتطفًا مرمَّزًا بـ«{code}»</numerusform>
            <numerusform>مشابه لـ{count} مقتطف مرمَّز بـ«{code}»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the keywords of {count:,} codes</source>
        <translation>
            <numerusform>الكلمات المفتاحية لـ {count:,} رمز</numerusform>
            <numerusform>الكلمات المفتاحية لرمز واحد</numerusform>
            <numerusform>الكلمات المفتاحية لرمزين</numerusform>
            <numerusform>الكلمات المفتاحية لـ {count:,} رموز</numerusform>
            <numerusform>الكلمات المفتاحية لـ {count:,} رمزًا</numerusform>
            <numerusform>الكلمات المفتاحية لـ {count:,} رمز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the speaker turns of {count:,} documents (their labels stay in the text)</source>
        <translation>
            <numerusform>أدوار المتحدثين في {count:,} مستند (تبقى تسمياتها في النص)</numerusform>
            <numerusform>أدوار المتحدثين في مستند واحد (تبقى تسمياتها في النص)</numerusform>
            <numerusform>أدوار المتحدثين في مستندين (تبقى تسمياتها في النص)</numerusform>
            <numerusform>أدوار المتحدثين في {count:,} مستندات (تبقى تسمياتها في النص)</numerusform>
            <numerusform>أدوار المتحدثين في {count:,} مستندًا (تبقى تسمياتها في النص)</numerusform>
            <numerusform>أدوار المتحدثين في {count:,} مستند (تبقى تسمياتها في النص)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} assignment{s}</source>
        <translation>
            <numerusform>{count:,} إسناد</numerusform>
            <numerusform>إسناد واحد</numerusform>
            <numerusform>إسنادان</numerusform>
            <numerusform>{count:,} إسنادات</numerusform>
            <numerusform>{count:,} إسنادًا</numerusform>
            <numerusform>{count:,} إسناد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} associative or two-way link{s} now go from their origin to their target</source>
        <translation>
            <numerusform>{count:,} رابط ترابطي أو ثنائي الاتجاه: الاتجاه الآن من المصدر إلى الهدف</numerusform>
            <numerusform>رابط ترابطي أو ثنائي الاتجاه واحد: الاتجاه الآن من المصدر إلى الهدف</numerusform>
            <numerusform>رابطان ترابطيان أو ثنائيا الاتجاه: الاتجاه الآن من المصدر إلى الهدف</numerusform>
            <numerusform>{count:,} روابط ترابطية أو ثنائية الاتجاه: الاتجاه الآن من المصدر إلى الهدف</numerusform>
            <numerusform>{count:,} رابطًا ترابطيًا أو ثنائي الاتجاه: الاتجاه الآن من المصدر إلى الهدف</numerusform>
            <numerusform>{count:,} رابط ترابطي أو ثنائي الاتجاه: الاتجاه الآن من المصدر إلى الهدف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} attribute values REFI-QDA cannot hold</source>
        <translation>
            <numerusform>{count:,} قيمة سمة لا يتسع لها REFI-QDA</numerusform>
            <numerusform>قيمة سمة واحدة لا يتسع لها REFI-QDA</numerusform>
            <numerusform>قيمتا سمة لا يتسع لهما REFI-QDA</numerusform>
            <numerusform>{count:,} قيم سمات لا يتسع لها REFI-QDA</numerusform>
            <numerusform>{count:,} قيمة سمة لا يتسع لها REFI-QDA</numerusform>
            <numerusform>{count:,} قيمة سمة لا يتسع لها REFI-QDA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} attribute value{s} of variables the file does not define not imported</source>
        <translation>
            <numerusform>لم تُستورد {count:,} قيمة سمة لمتغيرات لا يعرّفها الملف</numerusform>
            <numerusform>لم تُستورد قيمة سمة واحدة لمتغيرات لا يعرّفها الملف</numerusform>
            <numerusform>لم تُستورد قيمتا سمة لمتغيرات لا يعرّفها الملف</numerusform>
            <numerusform>لم تُستورد {count:,} قيم سمات لمتغيرات لا يعرّفها الملف</numerusform>
            <numerusform>لم تُستورد {count:,} قيمةَ سمة لمتغيرات لا يعرّفها الملف</numerusform>
            <numerusform>لم تُستورد {count:,} قيمة سمة لمتغيرات لا يعرّفها الملف</numerusform>
        </translation>
    </message>
    <message>
        <source>{count:,} bytes</source>
        <translation>{count:,} بايت</translation>
    </message>
    <message numerus="yes">
        <source>{count:,} bytes that are not valid UTF-8 replaced by � on line{s} {lines}</source>
        <translation>
            <numerusform>استُبدل بـ � عدد {count:,} من البايتات غير الصالحة بترميز UTF-8 في الأسطر {lines}</numerusform>
            <numerusform>استُبدل بـ � عدد {count:,} من البايتات غير الصالحة بترميز UTF-8 في السطر {lines}</numerusform>
            <numerusform>استُبدل بـ � عدد {count:,} من البايتات غير الصالحة بترميز UTF-8 في السطرين {lines}</numerusform>
            <numerusform>استُبدل بـ � عدد {count:,} من البايتات غير الصالحة بترميز UTF-8 في الأسطر {lines}</numerusform>
            <numerusform>استُبدل بـ � عدد {count:,} من البايتات غير الصالحة بترميز UTF-8 في الأسطر {lines}</numerusform>
            <numerusform>استُبدل بـ � عدد {count:,} من البايتات غير الصالحة بترميز UTF-8 في الأسطر {lines}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} byte{s} not valid in its code page ({encoding}) replaced by �</source>
        <translation>
            <numerusform>بايتات غير صالحة في صفحة ترميزه ({encoding}) استُبدلت بـ �: {count:,} بايت</numerusform>
            <numerusform>بايتات غير صالحة في صفحة ترميزه ({encoding}) استُبدلت بـ �: بايت واحد</numerusform>
            <numerusform>بايتات غير صالحة في صفحة ترميزه ({encoding}) استُبدلت بـ �: بايتان</numerusform>
            <numerusform>بايتات غير صالحة في صفحة ترميزه ({encoding}) استُبدلت بـ �: {count:,} بايتات</numerusform>
            <numerusform>بايتات غير صالحة في صفحة ترميزه ({encoding}) استُبدلت بـ �: {count:,} بايتًا</numerusform>
            <numerusform>بايتات غير صالحة في صفحة ترميزه ({encoding}) استُبدلت بـ �: {count:,} بايت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} case{s}</source>
        <translation>
            <numerusform>{count:,} حالة</numerusform>
            <numerusform>حالة واحدة</numerusform>
            <numerusform>حالتان</numerusform>
            <numerusform>{count:,} حالات</numerusform>
            <numerusform>{count:,} حالةً</numerusform>
            <numerusform>{count:,} حالة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} code{s}</source>
        <translation>
            <numerusform>{count:,} رمز</numerusform>
            <numerusform>رمز واحد</numerusform>
            <numerusform>رمزان</numerusform>
            <numerusform>{count:,} رموز</numerusform>
            <numerusform>{count:,} رمزًا</numerusform>
            <numerusform>{count:,} رمز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} code{s} already in the project (same GUID or path) kept as they are; the file&apos;s codings of them are on them</source>
        <translation>
            <numerusform>في المشروع من قبل (GUID أو مسار مطابق): {count:,} رمز، أُبقيت كما هي وتقع عليها ترميزات الملف</numerusform>
            <numerusform>في المشروع من قبل (GUID أو مسار مطابق): رمز واحد، أُبقيت كما هي وتقع عليها ترميزات الملف</numerusform>
            <numerusform>في المشروع من قبل (GUID أو مسار مطابق): رمزان، أُبقيت كما هي وتقع عليها ترميزات الملف</numerusform>
            <numerusform>في المشروع من قبل (GUID أو مسار مطابق): {count:,} رموز، أُبقيت كما هي وتقع عليها ترميزات الملف</numerusform>
            <numerusform>في المشروع من قبل (GUID أو مسار مطابق): {count:,} رمزًا، أُبقيت كما هي وتقع عليها ترميزات الملف</numerusform>
            <numerusform>في المشروع من قبل (GUID أو مسار مطابق): {count:,} رمز، أُبقيت كما هي وتقع عليها ترميزات الملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} coding{s}</source>
        <translation>
            <numerusform>{count:,} ترميز</numerusform>
            <numerusform>ترميز واحد</numerusform>
            <numerusform>ترميزان</numerusform>
            <numerusform>{count:,} ترميزات</numerusform>
            <numerusform>{count:,} ترميزًا</numerusform>
            <numerusform>{count:,} ترميز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} coding{s} of codes missing from the codebook not imported</source>
        <translation>
            <numerusform>لم يُستورد {count:,} ترميز لرموز غير موجودة في دفتر الرموز</numerusform>
            <numerusform>لم يُستورد ترميز واحد لرموز غير موجودة في دفتر الرموز</numerusform>
            <numerusform>لم يُستورد ترميزان لرموز غير موجودة في دفتر الرموز</numerusform>
            <numerusform>لم يُستورد {count:,} ترميزات لرموز غير موجودة في دفتر الرموز</numerusform>
            <numerusform>لم يُستورد {count:,} ترميزًا لرموز غير موجودة في دفتر الرموز</numerusform>
            <numerusform>لم يُستورد {count:,} ترميز لرموز غير موجودة في دفتر الرموز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} coding{s} repeating another (same code, passage and coder) not imported again</source>
        <translation>
            <numerusform>لم يُستورد مرة أخرى {count:,} ترميز يكرر غيره (الرمز والمقطع والمُرمِّز نفسها)</numerusform>
            <numerusform>لم يُستورد مرة أخرى ترميز واحد يكرر غيره (الرمز والمقطع والمُرمِّز نفسها)</numerusform>
            <numerusform>لم يُستورد مرة أخرى ترميزان يكرر غيره (الرمز والمقطع والمُرمِّز نفسها)</numerusform>
            <numerusform>لم يُستورد مرة أخرى {count:,} ترميزات يكرر غيره (الرمز والمقطع والمُرمِّز نفسها)</numerusform>
            <numerusform>لم يُستورد مرة أخرى {count:,} ترميزًا يكرر غيره (الرمز والمقطع والمُرمِّز نفسها)</numerusform>
            <numerusform>لم يُستورد مرة أخرى {count:,} ترميز يكرر غيره (الرمز والمقطع والمُرمِّز نفسها)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} coding{s} without an author: attributed to a coder &apos;{tool} user&apos;</source>
        <translation>
            <numerusform>نُسب {count:,} ترميز بلا مؤلف إلى مُرمِّز &apos;{tool} user&apos;</numerusform>
            <numerusform>نُسب ترميز واحد بلا مؤلف إلى مُرمِّز &apos;{tool} user&apos;</numerusform>
            <numerusform>نُسب ترميزان بلا مؤلف إلى مُرمِّز &apos;{tool} user&apos;</numerusform>
            <numerusform>نُسب {count:,} ترميزات بلا مؤلف إلى مُرمِّز &apos;{tool} user&apos;</numerusform>
            <numerusform>نُسب {count:,} ترميزًا بلا مؤلف إلى مُرمِّز &apos;{tool} user&apos;</numerusform>
            <numerusform>نُسب {count:,} ترميز بلا مؤلف إلى مُرمِّز &apos;{tool} user&apos;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} document{s}</source>
        <translation>
            <numerusform>{count:,} مستند</numerusform>
            <numerusform>مستند واحد</numerusform>
            <numerusform>مستندان</numerusform>
            <numerusform>{count:,} مستندات</numerusform>
            <numerusform>{count:,} مستندًا</numerusform>
            <numerusform>{count:,} مستند</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} empty answer{s} skipped</source>
        <translation>
            <numerusform>تُخطيت الإجابات الفارغة: {count:,} إجابة</numerusform>
            <numerusform>تُخطيت الإجابات الفارغة: إجابة واحدة</numerusform>
            <numerusform>تُخطيت الإجابات الفارغة: إجابتان</numerusform>
            <numerusform>تُخطيت الإجابات الفارغة: {count:,} إجابات</numerusform>
            <numerusform>تُخطيت الإجابات الفارغة: {count:,} إجابةً</numerusform>
            <numerusform>تُخطيت الإجابات الفارغة: {count:,} إجابة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} framework matrix cell{s}</source>
        <translation>
            <numerusform>{count:,} خلية مصفوفة</numerusform>
            <numerusform>خلية مصفوفة واحدة</numerusform>
            <numerusform>خليتا مصفوفة</numerusform>
            <numerusform>{count:,} خلايا مصفوفة</numerusform>
            <numerusform>{count:,} خلية مصفوفة</numerusform>
            <numerusform>{count:,} خلية مصفوفة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} link type{s}</source>
        <translation>
            <numerusform>{count:,} نوع رابط</numerusform>
            <numerusform>نوع رابط واحد</numerusform>
            <numerusform>نوعا رابط</numerusform>
            <numerusform>{count:,} أنواع روابط</numerusform>
            <numerusform>{count:,} نوع رابط</numerusform>
            <numerusform>{count:,} نوع رابط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} link{s}</source>
        <translation>
            <numerusform>{count:,} رابط</numerusform>
            <numerusform>رابط واحد</numerusform>
            <numerusform>رابطان</numerusform>
            <numerusform>{count:,} روابط</numerusform>
            <numerusform>{count:,} رابطًا</numerusform>
            <numerusform>{count:,} رابط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} link{s} repeating another (same type, origin and target) not imported again</source>
        <translation>
            <numerusform>لم يُستورد مرة أخرى {count:,} رابط يكرر غيره (النوع والمصدر والهدف نفسها)</numerusform>
            <numerusform>لم يُستورد مرة أخرى رابط واحد يكرر غيره (النوع والمصدر والهدف نفسها)</numerusform>
            <numerusform>لم يُستورد مرة أخرى رابطان يكرر غيره (النوع والمصدر والهدف نفسها)</numerusform>
            <numerusform>لم يُستورد مرة أخرى {count:,} روابط يكرر غيره (النوع والمصدر والهدف نفسها)</numerusform>
            <numerusform>لم يُستورد مرة أخرى {count:,} رابطًا يكرر غيره (النوع والمصدر والهدف نفسها)</numerusform>
            <numerusform>لم يُستورد مرة أخرى {count:,} رابط يكرر غيره (النوع والمصدر والهدف نفسها)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} link{s} to passages with several codings link their first codings</source>
        <translation>
            <numerusform>{count:,} رابط إلى مقاطع ذات ترميزات عدة: الربط بأول ترميز فيها</numerusform>
            <numerusform>رابط واحد إلى مقاطع ذات ترميزات عدة: الربط بأول ترميز فيها</numerusform>
            <numerusform>رابطان إلى مقاطع ذات ترميزات عدة: الربط بأول ترميز فيها</numerusform>
            <numerusform>{count:,} روابط إلى مقاطع ذات ترميزات عدة: الربط بأول ترميز فيها</numerusform>
            <numerusform>{count:,} رابطًا إلى مقاطع ذات ترميزات عدة: الربط بأول ترميز فيها</numerusform>
            <numerusform>{count:,} رابط إلى مقاطع ذات ترميزات عدة: الربط بأول ترميز فيها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} link{s} without a name are of type &apos;{type}&apos;</source>
        <translation>
            <numerusform>{count:,} رابط بلا اسم من نوع &apos;{type}&apos;</numerusform>
            <numerusform>رابط واحد بلا اسم من نوع &apos;{type}&apos;</numerusform>
            <numerusform>رابطان بلا اسم من نوع &apos;{type}&apos;</numerusform>
            <numerusform>{count:,} روابط بلا اسم من نوع &apos;{type}&apos;</numerusform>
            <numerusform>{count:,} رابطًا بلا اسم من نوع &apos;{type}&apos;</numerusform>
            <numerusform>{count:,} رابط بلا اسم من نوع &apos;{type}&apos;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} memo{s}</source>
        <translation>
            <numerusform>{count:,} مذكرة</numerusform>
            <numerusform>مذكرة واحدة</numerusform>
            <numerusform>مذكرتان</numerusform>
            <numerusform>{count:,} مذكرات</numerusform>
            <numerusform>{count:,} مذكرةً</numerusform>
            <numerusform>{count:,} مذكرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} node{s}</source>
        <translation>
            <numerusform>{count:,} عقدة</numerusform>
            <numerusform>عقدة واحدة</numerusform>
            <numerusform>عقدتان</numerusform>
            <numerusform>{count:,} عُقد</numerusform>
            <numerusform>{count:,} عقدةً</numerusform>
            <numerusform>{count:,} عقدة</numerusform>
        </translation>
    </message>
    <message>
        <source>{count:,} of the chosen answers no longer exist; nothing coded</source>
        <translation>{count:,} من الإجابات المختارة لم تعد موجودة؛ لم يُرمَّز شيء</translation>
    </message>
    <message numerus="yes">
        <source>{count:,} original file{s}</source>
        <translation>
            <numerusform>{count:,} ملف أصلي</numerusform>
            <numerusform>ملف أصلي واحد</numerusform>
            <numerusform>ملفان أصليان</numerusform>
            <numerusform>{count:,} ملفات أصلية</numerusform>
            <numerusform>{count:,} ملفًا أصليًا</numerusform>
            <numerusform>{count:,} ملف أصلي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} passages</source>
        <translation>
            <numerusform>{count:,} مقتطف</numerusform>
            <numerusform>مقتطف واحد</numerusform>
            <numerusform>مقتطفان</numerusform>
            <numerusform>{count:,} مقتطفات</numerusform>
            <numerusform>{count:,} مقتطفًا</numerusform>
            <numerusform>{count:,} مقتطف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} recording link{s}</source>
        <translation>
            <numerusform>{count:,} رابط تسجيل</numerusform>
            <numerusform>رابط تسجيل واحد</numerusform>
            <numerusform>رابطا تسجيل</numerusform>
            <numerusform>{count:,} روابط تسجيل</numerusform>
            <numerusform>{count:,} رابطَ تسجيل</numerusform>
            <numerusform>{count:,} رابط تسجيل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} recordings (a voice identifies: a pseudonymised copy leaves them out)</source>
        <translation>
            <numerusform>{count:,} تسجيل (الصوت يكشف الهوية: النسخة المستعارة تستبعدها)</numerusform>
            <numerusform>تسجيل واحد (الصوت يكشف الهوية: النسخة المستعارة تستبعده)</numerusform>
            <numerusform>تسجيلان (الصوت يكشف الهوية: النسخة المستعارة تستبعدهما)</numerusform>
            <numerusform>{count:,} تسجيلات (الصوت يكشف الهوية: النسخة المستعارة تستبعدها)</numerusform>
            <numerusform>{count:,} تسجيلًا (الصوت يكشف الهوية: النسخة المستعارة تستبعدها)</numerusform>
            <numerusform>{count:,} تسجيل (الصوت يكشف الهوية: النسخة المستعارة تستبعدها)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} recording{s} inside the file</source>
        <translation>
            <numerusform>{count:,} تسجيل داخل الملف</numerusform>
            <numerusform>تسجيل واحد داخل الملف</numerusform>
            <numerusform>تسجيلان داخل الملف</numerusform>
            <numerusform>{count:,} تسجيلات داخل الملف</numerusform>
            <numerusform>{count:,} تسجيلًا داخل الملف</numerusform>
            <numerusform>{count:,} تسجيل داخل الملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} recording{s} referenced by their path, not inside the file</source>
        <translation>
            <numerusform>{count:,} تسجيل يُشار إليه بمساره، لا داخل الملف</numerusform>
            <numerusform>تسجيل واحد يُشار إليه بمساره، لا داخل الملف</numerusform>
            <numerusform>تسجيلان يُشار إليهما بمسارهما، لا داخل الملف</numerusform>
            <numerusform>{count:,} تسجيلات يُشار إليها بمساراتها، لا داخل الملف</numerusform>
            <numerusform>{count:,} تسجيلًا يُشار إليها بمساراتها، لا داخل الملف</numerusform>
            <numerusform>{count:,} تسجيل يُشار إليها بمساراتها، لا داخل الملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} rejected suggestions</source>
        <translation>
            <numerusform>{count:,} اقتراح مرفوض</numerusform>
            <numerusform>اقتراح مرفوض واحد</numerusform>
            <numerusform>اقتراحان مرفوضان</numerusform>
            <numerusform>{count:,} اقتراحات مرفوضة</numerusform>
            <numerusform>{count:,} اقتراحًا مرفوضًا</numerusform>
            <numerusform>{count:,} اقتراح مرفوض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} saved queries</source>
        <translation>
            <numerusform>{count:,} استعلام محفوظ</numerusform>
            <numerusform>استعلام محفوظ واحد</numerusform>
            <numerusform>استعلامان محفوظان</numerusform>
            <numerusform>{count:,} استعلامات محفوظة</numerusform>
            <numerusform>{count:,} استعلامًا محفوظًا</numerusform>
            <numerusform>{count:,} استعلام محفوظ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} saved query</source>
        <translation>
            <numerusform>{count:,} استعلام محفوظ</numerusform>
            <numerusform>استعلام محفوظ واحد</numerusform>
            <numerusform>استعلامان محفوظان</numerusform>
            <numerusform>{count:,} استعلامات محفوظة</numerusform>
            <numerusform>{count:,} استعلامًا محفوظًا</numerusform>
            <numerusform>{count:,} استعلام محفوظ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} selection{s}</source>
        <translation>
            <numerusform>{count:,} تحديد</numerusform>
            <numerusform>تحديد واحد</numerusform>
            <numerusform>تحديدان</numerusform>
            <numerusform>{count:,} تحديدات</numerusform>
            <numerusform>{count:,} تحديدًا</numerusform>
            <numerusform>{count:,} تحديد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} set{s} without imported members: {sets}</source>
        <translation>
            <numerusform>{count:,} مجموعة بلا أعضاء مستوردين: {sets}</numerusform>
            <numerusform>مجموعة واحدة بلا أعضاء مستوردين: {sets}</numerusform>
            <numerusform>مجموعتان بلا أعضاء مستوردين: {sets}</numerusform>
            <numerusform>{count:,} مجموعات بلا أعضاء مستوردين: {sets}</numerusform>
            <numerusform>{count:,} مجموعةً بلا أعضاء مستوردين: {sets}</numerusform>
            <numerusform>{count:,} مجموعة بلا أعضاء مستوردين: {sets}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} shared document{s}</source>
        <translation>
            <numerusform>{count:,} مستند مشترك</numerusform>
            <numerusform>مستند مشترك واحد</numerusform>
            <numerusform>مستندان مشتركان</numerusform>
            <numerusform>{count:,} مستندات مشتركة</numerusform>
            <numerusform>{count:,} مستندًا مشتركًا</numerusform>
            <numerusform>{count:,} مستند مشترك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} source grade{s}</source>
        <translation>
            <numerusform>{count:,} درجة مصدر</numerusform>
            <numerusform>درجة مصدر واحدة</numerusform>
            <numerusform>درجتا مصدر</numerusform>
            <numerusform>{count:,} درجات مصدر</numerusform>
            <numerusform>{count:,} درجة مصدر</numerusform>
            <numerusform>{count:,} درجة مصدر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} source{s}</source>
        <translation>
            <numerusform>{count:,} مصدر</numerusform>
            <numerusform>مصدر واحد</numerusform>
            <numerusform>مصدران</numerusform>
            <numerusform>{count:,} مصادر</numerusform>
            <numerusform>{count:,} مصدرًا</numerusform>
            <numerusform>{count:,} مصدر</numerusform>
        </translation>
    </message>
    <message>
        <source>{count:,} text file the project refers to is missing from the archive</source>
        <translation>ملف نصي واحد ({count:,}) يشير إليه المشروع غير موجود في الأرشيف</translation>
    </message>
    <message>
        <source>{count:,} text files the project refers to are missing from the archive</source>
        <translation>{count:,} ملفات نصية يشير إليها المشروع غير موجودة في الأرشيف</translation>
    </message>
    <message numerus="yes">
        <source>{count:,} text version{s}</source>
        <translation>
            <numerusform>{count:,} نسخة نصية</numerusform>
            <numerusform>نسخة نصية واحدة</numerusform>
            <numerusform>نسختان نصيتان</numerusform>
            <numerusform>{count:,} نسخ نصية</numerusform>
            <numerusform>{count:,} نسخةً نصيةً</numerusform>
            <numerusform>{count:,} نسخة نصية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} turn{s}</source>
        <translation>
            <numerusform>{count:,} دور</numerusform>
            <numerusform>دور واحد</numerusform>
            <numerusform>دوران</numerusform>
            <numerusform>{count:,} أدوار</numerusform>
            <numerusform>{count:,} دورًا</numerusform>
            <numerusform>{count:,} دور</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} {thing}{s}</source>
        <translation>
            <numerusform>{count:,} {thing}</numerusform>
            <numerusform>{count:,} {thing}</numerusform>
            <numerusform>{count:,} {thing}</numerusform>
            <numerusform>{count:,} {thing}</numerusform>
            <numerusform>{count:,} {thing}</numerusform>
            <numerusform>{count:,} {thing}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} coder{s}</source>
        <translation>
            <numerusform>{count} مُرمِّز</numerusform>
            <numerusform>مُرمِّز واحد</numerusform>
            <numerusform>مُرمِّزان</numerusform>
            <numerusform>{count} مُرمِّزين</numerusform>
            <numerusform>{count} مُرمِّزًا</numerusform>
            <numerusform>{count} مُرمِّز</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} codes in this report, of {total}</source>
        <translation>{count} رمزًا في هذا التقرير من أصل {total}</translation>
    </message>
    <message numerus="yes">
        <source>{count} code{s}</source>
        <translation>
            <numerusform>{count} رمز</numerusform>
            <numerusform>رمز واحد</numerusform>
            <numerusform>رمزان</numerusform>
            <numerusform>{count} رموز</numerusform>
            <numerusform>{count} رمزًا</numerusform>
            <numerusform>{count} رمز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} document{s}</source>
        <translation>
            <numerusform>{count} مستند</numerusform>
            <numerusform>مستند واحد</numerusform>
            <numerusform>مستندان</numerusform>
            <numerusform>{count} مستندات</numerusform>
            <numerusform>{count} مستندًا</numerusform>
            <numerusform>{count} مستند</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} members</source>
        <translation>{count} عضو</translation>
    </message>
    <message>
        <source>{count} of its {total} passages are not quoted: their speakers did not consent to being quoted (they are counted above).</source>
        <translation>{count} من مقتطفاته البالغة {total} لم تُقتبس: لم يوافق متحدثوها على الاقتباس منهم (وهي محتسبة أعلاه).</translation>
    </message>
    <message>
        <source>{count} of the project&apos;s {total}</source>
        <translation>{count} من أصل {total} في المشروع</translation>
    </message>
    <message numerus="yes">
        <source>{count:,} speaker{s}</source>
        <translation>
            <numerusform>{count:,} متحدث</numerusform>
            <numerusform>متحدث واحد</numerusform>
            <numerusform>متحدثان</numerusform>
            <numerusform>{count:,} متحدثين</numerusform>
            <numerusform>{count:,} متحدثًا</numerusform>
            <numerusform>{count:,} متحدث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} participant{s}</source>
        <translation>
            <numerusform>{count} مشارك</numerusform>
            <numerusform>مشارك واحد</numerusform>
            <numerusform>مشاركان</numerusform>
            <numerusform>{count} مشاركين</numerusform>
            <numerusform>{count} مشاركًا</numerusform>
            <numerusform>{count} مشارك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} passage{s}</source>
        <translation>
            <numerusform>{count} مقتطف</numerusform>
            <numerusform>مقتطف واحد</numerusform>
            <numerusform>مقتطفان</numerusform>
            <numerusform>{count} مقتطفات</numerusform>
            <numerusform>{count} مقتطفًا</numerusform>
            <numerusform>{count} مقتطف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} passage{s} left out: {reason}</source>
        <translation>
            <numerusform>أُغفل {count} مقتطف: {reason}</numerusform>
            <numerusform>أُغفل مقتطف واحد: {reason}</numerusform>
            <numerusform>أُغفل مقتطفان: {reason}</numerusform>
            <numerusform>أُغفل {count} مقتطفات: {reason}</numerusform>
            <numerusform>أُغفل {count} مقتطفًا: {reason}</numerusform>
            <numerusform>أُغفل {count} مقتطف: {reason}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} problem{s}</source>
        <translation>
            <numerusform>{count} مشكلة</numerusform>
            <numerusform>مشكلة واحدة</numerusform>
            <numerusform>مشكلتان</numerusform>
            <numerusform>{count} مشكلات</numerusform>
            <numerusform>{count} مشكلةً</numerusform>
            <numerusform>{count} مشكلة</numerusform>
        </translation>
    </message>
    <message>
        <source>{detail}; {count} coding(s) on text that is not here ({spans} in {other}) were kept on &apos;{copy}&apos;</source>
        <translation>{detail}؛ {count} ترميزات على نص غير موجود هنا ({spans} في {other}) أُبقيت على &apos;{copy}&apos;</translation>
    </message>
    <message>
        <source>{documents}, {turns} in {shared}, {codings}, {memos}, {originals}, {versions}, {cases}, {recordings}</source>
        <translation>{documents}، {turns} في {shared}، {codings}، {memos}، {originals}، {versions}، {cases}، {recordings}</translation>
    </message>
    <message>
        <source>{entry} was not added: {problem}</source>
        <translation>لم يُضف {entry}: {problem}</translation>
    </message>
    <message>
        <source>{examples}, and {more} more</source>
        <translation>{examples}، و{more} أخرى</translation>
    </message>
    <message>
        <source>{file} already exists in {folder}; nothing was written</source>
        <translation>{file} موجود بالفعل في {folder}؛ لم يُكتب شيء</translation>
    </message>
    <message>
        <source>{file} already exists; choose another name</source>
        <translation>{file} موجود مسبقًا؛ اختر اسمًا آخر</translation>
    </message>
    <message>
        <source>{file} already exists; nothing was written</source>
        <translation>{file} موجود بالفعل؛ لم يُكتب شيء</translation>
    </message>
    <message>
        <source>{file} and {other_file} hold the same text; nothing was imported</source>
        <translation>{file} و{other_file} فيهما النص نفسه؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>{file} is a bare project file without its source files: texts it keeps in separate files cannot be imported</source>
        <translation>{file} ملف مشروع مجرد بلا ملفات مصادره: لا يمكن استيراد النصوص التي يحفظها في ملفات منفصلة</translation>
    </message>
    <message>
        <source>{file} is already encrypted; nothing was changed</source>
        <translation>{file} مشفّر بالفعل؛ لم يُغيَّر شيء</translation>
    </message>
    <message>
        <source>{file} is already the recording of &apos;{document}&apos;</source>
        <translation>{file} هو بالفعل تسجيل «{document}»</translation>
    </message>
    <message>
        <source>{file} is encrypted: a passphrase is needed</source>
        <translation>{file} مشفّر: يلزم إدخال عبارة مرور</translation>
    </message>
    <message>
        <source>{file} is not a qcode project</source>
        <translation>{file} ليس مشروع qcode</translation>
    </message>
    <message>
        <source>{file} is not encrypted; nothing was changed</source>
        <translation>{file} غير مشفّر؛ لم يُغيَّر شيء</translation>
    </message>
    <message>
        <source>{file} is open for editing in another qcode window or command (waited {seconds:g} s); close it there first (it can still be read meanwhile)</source>
        <translation>{file} مفتوح للتحرير في نافذة أو أمر آخر من qcode (بعد انتظار {seconds:g} ث)؛ أغلقه هناك أولًا (يمكن قراءته في الأثناء)</translation>
    </message>
    <message>
        <source>{file} is open for editing in another qcode window or command; close it there first (it can still be read meanwhile)</source>
        <translation>{file} مفتوح للتحرير في نافذة أو أمر آخر من qcode؛ أغلقه هناك أولًا (يمكن قراءته في الأثناء)</translation>
    </message>
    <message>
        <source>{file} is open read-only; nothing was changed</source>
        <translation>{file} مفتوح للقراءة فقط؛ لم يتغيّر شيء</translation>
    </message>
    <message>
        <source>{file} is open read-only; nothing was merged</source>
        <translation>{file} مفتوح للقراءة فقط؛ لم يُدمج شيء</translation>
    </message>
    <message>
        <source>{file} is the project itself; choose another file</source>
        <translation>{file} هو المشروع نفسه؛ اختر ملفًا آخر</translation>
    </message>
    <message>
        <source>{file} needs upgrading to the current project format; open it once for editing</source>
        <translation>{file} يحتاج إلى ترقية إلى صيغة المشروع الحالية؛ افتحه مرة واحدة للتحرير</translation>
    </message>
    <message>
        <source>{file} was made by a newer qcode (project format {version}); please upgrade qcode</source>
        <translation>{file} أُنشئ بإصدار أحدث من qcode (صيغة المشروع {version})؛ يُرجى ترقية qcode</translation>
    </message>
    <message>
        <source>{file} was made by a newer qcode (project format {version}, this qcode reads up to {supported}); please upgrade qcode</source>
        <translation>{file} أُنشئ بإصدار أحدث من qcode (صيغة المشروع {version}، وهذا الإصدار يقرأ حتى {supported})؛ يُرجى ترقية qcode</translation>
    </message>
    <message>
        <source>{file} was moved, replaced or deleted while open; nothing was changed (save a copy of the project to keep working)</source>
        <translation>{file} نُقل أو استُبدل أو حُذف أثناء فتحه؛ لم يتغيّر شيء (احفظ نسخة من المشروع لمواصلة العمل)</translation>
    </message>
    <message>
        <source>{file}: a REFI-QDA project file&apos;s name must end in .qdpx</source>
        <translation>{file}: يجب أن ينتهي اسم ملف مشروع REFI-QDA بـ .qdpx</translation>
    </message>
    <message>
        <source>{file}: a document changed since the agreement was computed; compute it again, then export</source>
        <translation>{file}: تغيّر مستند بعد حساب الاتفاق؛ احسبه من جديد ثم صدِّر</translation>
    </message>
    <message>
        <source>{file}: a document&apos;s text is written to NAME.txt or a folder</source>
        <translation>{file}: يُكتب نص المستند في NAME.txt أو في مجلد</translation>
    </message>
    <message>
        <source>{file}: a project file name must end in .qcode</source>
        <translation>{file}: يجب أن ينتهي اسم ملف المشروع بـ‎.qcode</translation>
    </message>
    <message>
        <source>{file}: a report is written as .docx (Word) or .pdf (got &apos;{suffix}&apos;)</source>
        <translation>{file}: يُكتب التقرير بصيغة .docx (Word) أو .pdf (المعطى: «{suffix}»)</translation>
    </message>
    <message>
        <source>{file}: an Excel workbook&apos;s name must end in .xlsx</source>
        <translation>{file}: يجب أن ينتهي اسم مصنف Excel بـ .xlsx</translation>
    </message>
    <message>
        <source>{file}: cannot be checked for identifiers ({problem})</source>
        <translation>{file}: يتعذّر فحصه بحثًا عن المُعرِّفات ({problem})</translation>
    </message>
    <message>
        <source>{file}: cannot be written ({problem})</source>
        <translation>{file}: تتعذّر الكتابة ({problem})</translation>
    </message>
    <message>
        <source>{file}: cannot open the project ({error})</source>
        <translation>{file}: تعذّر فتح المشروع ({error})</translation>
    </message>
    <message>
        <source>{file}: could not make the redaction permanent ({error}); it can still be undone, and will be made permanent when the project is next opened or closed</source>
        <translation>{file}: تعذّر جعل الحجب نهائيًا ({error})؛ لا يزال بالإمكان التراجع عنه، وسيصبح نهائيًا عند فتح المشروع أو إغلاقه في المرة القادمة</translation>
    </message>
    <message>
        <source>{file}: could not rebuild the file after a withdrawal ({error}); it will be tried again when the project is next opened or closed</source>
        <translation>{file}: تعذّرت إعادة بناء الملف بعد السحب ({error})؛ ستُعاد المحاولة عند فتح المشروع أو إغلاقه في المرة القادمة</translation>
    </message>
    <message>
        <source>{file}: could not write the new copy ({error}); nothing was changed</source>
        <translation>{file}: تعذّرت كتابة النسخة الجديدة ({error})؛ لم يُغيَّر شيء</translation>
    </message>
    <message>
        <source>{file}: folder {folder} does not exist</source>
        <translation>{file}: المجلد {folder} غير موجود</translation>
    </message>
    <message>
        <source>{file}: folder {parent} does not exist</source>
        <translation>{file}: المجلد {parent} غير موجود</translation>
    </message>
    <message>
        <source>{file}: is a folder</source>
        <translation>{file}: مجلد</translation>
    </message>
    <message>
        <source>{file}: its codes are nested {levels:,} levels deep; {rule}, and flattening them would change the codebook; nothing was imported</source>
        <translation>{file}: رموزه متداخلة بعمق {levels:,} مستويات؛ {rule}، وتسويتها ستغيّر دفتر الرموز؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>{file}: name one document with --documents DOC (or give an existing folder to write each document there)</source>
        <translation>{file}: سمِّ مستندًا واحدًا بـ --documents DOC (أو أعطِ مجلدًا موجودًا لكتابة كل مستند فيه)</translation>
    </message>
    <message>
        <source>{file}: no font here can show {character}: install {what}, or write the report as .docx</source>
        <translation>{file}: لا يوجد هنا خط يعرض {character}: ثبّت {what}، أو اكتب التقرير بصيغة .docx</translation>
    </message>
    <message>
        <source>{file}: no font to write a PDF with: install the Python package {package} (it comes with qcode), or write the report as .docx</source>
        <translation>{file}: لا يوجد خط لكتابة ملف PDF: ثبّت حزمة Python {package} (تأتي مع qcode)، أو اكتب التقرير بصيغة .docx</translation>
    </message>
    <message>
        <source>{file}: no such file ({other})</source>
        <translation>{file}: لا يوجد ملف كهذا ({other})</translation>
    </message>
    <message>
        <source>{file}: not a project file (it is a folder)</source>
        <translation>{file}: ليس ملف مشروع (إنه مجلد)</translation>
    </message>
    <message>
        <source>{file}: pseudonymised export refused: &apos;{identifier}&apos; would leak in {where}</source>
        <translation>{file}: رُفض التصدير بإخفاء الهوية: سيتسرّب «{identifier}» في {where}</translation>
    </message>
    <message>
        <source>{file}: row {row}: </source>
        <translation>{file}: الصف {row}: </translation>
    </message>
    <message>
        <source>{file}: the document has no text</source>
        <translation>{file}: المستند بلا نص</translation>
    </message>
    <message>
        <source>{file}: the new copy did not come out identical; nothing was changed</source>
        <translation>{file}: لم تخرج النسخة الجديدة مطابقة؛ لم يتغيّر شيء</translation>
    </message>
    <message>
        <source>{file}: the project file is damaged ({table} refer to {missing} that are not there); nothing was merged</source>
        <translation>{file}: ملف المشروع تالف ({table} تشير إلى {missing} غير موجودة)؛ لم يُدمج شيء</translation>
    </message>
    <message>
        <source>{file}: the project has no documents to export</source>
        <translation>{file}: لا يحتوي المشروع على مستندات لتصديرها</translation>
    </message>
    <message>
        <source>{file}: the same text is already in the project as &apos;{existing}&apos;; nothing was imported</source>
        <translation>{file}: النص نفسه موجود بالفعل في المشروع باسم «{existing}»؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>{file}: this is the project itself; choose another project to merge into it</source>
        <translation>{file}: هذا هو المشروع نفسه؛ اختر مشروعًا آخر لدمجه فيه</translation>
    </message>
    <message>
        <source>{file}: wrong passphrase (or the file is damaged)</source>
        <translation>{file}: عبارة مرور خاطئة (أو أن الملف تالف)</translation>
    </message>
    <message>
        <source>{file}: {consent}; no document may be written (--ignore-consent for the project&apos;s own backups)</source>
        <translation>{file}: {consent}؛ لا يجوز كتابة أي مستند (--ignore-consent للنسخ الاحتياطية الخاصة بالمشروع)</translation>
    </message>
    <message>
        <source>{file}: {consent}; nothing was written (--ignore-consent for the project&apos;s own backups)</source>
        <translation>{file}: {consent}؛ لم يُكتب شيء (--ignore-consent للنسخ الاحتياطية الخاصة بالمشروع)</translation>
    </message>
    <message>
        <source>{file}: {error}; nothing was imported</source>
        <translation>{file}: {error}؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>{first} and {second} are both named &apos;{name}&apos; in the header row (row {row})</source>
        <translation>{first} و{second} كلاهما باسم &apos;{name}&apos; في صف العناوين (الصف {row})</translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation>{first}، {rest}</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}؛ {rest}</translation>
    </message>
    <message>
        <source>{flag} needs one of: {origins}</source>
        <translation>يحتاج {flag} إلى واحد من: {origins}</translation>
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
        <translation>{label}: «{key}» مذكور مرتين</translation>
    </message>
    <message>
        <source>{label}: &apos;{key}&apos; is missing</source>
        <translation>{label}: «{key}» مفقود</translation>
    </message>
    <message>
        <source>{label}: &apos;{key}&apos; is not a usable number ({literal})</source>
        <translation>{label}: «{key}» ليس رقمًا صالحًا للاستعمال ({literal})</translation>
    </message>
    <message>
        <source>{label}: &apos;{key}&apos; must be a whole number</source>
        <translation>{label}: يجب أن يكون «{key}» عددًا صحيحًا</translation>
    </message>
    <message>
        <source>{label}: &apos;{key}&apos; must be text</source>
        <translation>{label}: يجب أن يكون «{key}» نصًا</translation>
    </message>
    <message>
        <source>{label}: the code no longer exists</source>
        <translation>{label}: الرمز لم يعد موجودًا</translation>
    </message>
    <message>
        <source>{label}: {problem}</source>
        <translation>{label}: {problem}</translation>
    </message>
    <message>
        <source>{list} and {last}</source>
        <translation>{list} و{last}</translation>
    </message>
    <message>
        <source>{list}, {item}</source>
        <translation>{list}، {item}</translation>
    </message>
    <message>
        <source>{names} and {more} more</source>
        <translation>{names} و{more} غيرها</translation>
    </message>
    <message>
        <source>{name} (a grouping code: not applied to text)</source>
        <translation>{name} (رمز تجميعي: لا يُطبَّق على النص)</translation>
    </message>
    <message>
        <source>{name}: a REFI-QDA project can only be imported into a project without documents or codings, and this one has {held}; create a new project for it</source>
        <translation>{name}: لا يمكن استيراد مشروع REFI-QDA إلا إلى مشروع بلا مستندات ولا ترميزات، وهذا المشروع فيه {held}؛ أنشئ مشروعًا جديدًا له</translation>
    </message>
    <message>
        <source>{note} (the figures of charts, agreement and corroboration still count those passages)</source>
        <translation>{note} (ما زالت أرقام المخططات والاتفاق والتعزيز تحتسب تلك المقتطفات)</translation>
    </message>
    <message>
        <source>{numbers} and {more:,} more</source>
        <translation>{numbers} و{more:,} أخرى</translation>
    </message>
    <message>
        <source>{other} describes it otherwise; kept this project&apos;s description, theirs is in a memo on the case titled &apos;{title}&apos;</source>
        <translation>{other} يصفها بشكل آخر؛ أُبقي وصف هذا المشروع، ووصفهم في مذكرة على الحالة بعنوان &apos;{title}&apos;</translation>
    </message>
    <message>
        <source>{other} differs in {differences}; kept this project&apos;s</source>
        <translation>{other} يختلف في {differences}؛ أُبقي ما في هذا المشروع</translation>
    </message>
    <message>
        <source>{other} differs in {differences}; kept this project&apos;s; their description is in a memo on the code titled &apos;Description in {other}&apos;</source>
        <translation>{other} يختلف في {differences}؛ أُبقي ما في هذا المشروع؛ ووصفهم في مذكرة على الرمز بعنوان &apos;Description in {other}&apos;</translation>
    </message>
    <message>
        <source>{other} has a document of this name with another text ({percent}% alike); it was added as &apos;{copy}&apos; with its codings</source>
        <translation>في {other} مستند بهذا الاسم بنص آخر (متشابه بنسبة {percent}%)؛ أُضيف باسم &apos;{copy}&apos; مع ترميزاته</translation>
    </message>
    <message>
        <source>{other} has another memo on it; kept this project&apos;s, theirs is in a memo on the origin coding titled &apos;{title}&apos;</source>
        <translation>في {other} مذكرة أخرى عليه؛ أُبقيت مذكرة هذا المشروع، ومذكرتهم في مذكرة على ترميز المصدر بعنوان &apos;{title}&apos;</translation>
    </message>
    <message>
        <source>{other} has two codes of this name here; both were merged into one</source>
        <translation>في {other} رمزان بهذا الاسم هنا؛ دُمجا في رمز واحد</translation>
    </message>
    <message>
        <source>{other} holds another text of this memo; both were kept, theirs titled &apos;{title}&apos;</source>
        <translation>في {other} نص آخر لهذه المذكرة؛ أُبقي الاثنان، ومذكرتهم بعنوان &apos;{title}&apos;</translation>
    </message>
    <message>
        <source>{other} links it to the recording {theirs} (SHA-256 {their_hash}…), this project to another file, {ours} ({our_hash}…); this project&apos;s recording was kept</source>
        <translation>{other} يربطه بالتسجيل {theirs} (SHA-256 {their_hash}…)، وهذا المشروع بملف آخر، {ours} ({our_hash}…)؛ أُبقي تسجيل هذا المشروع</translation>
    </message>
    <message>
        <source>{other} saved another query under this name; kept both, theirs as &apos;{name}&apos;</source>
        <translation>حفظ {other} استعلامًا آخر بهذا الاسم؛ أُبقي الاثنان، واستعلامهم باسم &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>{other} summarises it otherwise; kept this project&apos;s summary, theirs is in a memo on the case titled &apos;{title}&apos;</source>
        <translation>{other} يلخصه بشكل آخر؛ أُبقي ملخص هذا المشروع، وملخصهم في مذكرة على الحالة بعنوان &apos;{title}&apos;</translation>
    </message>
    <message>
        <source>{other}: its code &apos;{path}&apos; would be at level {number} here; {rule}; nothing was merged</source>
        <translation>{other}: رمزه «{path}» سيكون هنا في المستوى {number}؛ {rule}؛ لم يُدمج شيء</translation>
    </message>
    <message>
        <source>{owner} refers to &apos;{reference}&apos;, outside the archive; refused</source>
        <translation>{owner} يشير إلى &apos;{reference}&apos; خارج الأرشيف؛ مرفوض</translation>
    </message>
    <message>
        <source>{owner}: a second value &apos;{value}&apos; of &apos;{variable}&apos; for one document was not imported (it keeps &apos;{kept}&apos;)</source>
        <translation>{owner}: لم تُستورد قيمة ثانية &apos;{value}&apos; لـ &apos;{variable}&apos; لمستند واحد (تبقى &apos;{kept}&apos;)</translation>
    </message>
    <message>
        <source>{owner}: value &apos;{value}&apos; of &apos;{variable}&apos; is not {type}; not imported</source>
        <translation>{owner}: القيمة &apos;{value}&apos; لـ &apos;{variable}&apos; ليست {type}؛ لم تُستورد</translation>
    </message>
    <message>
        <source>{owner}: {problem}</source>
        <translation>{owner}: {problem}</translation>
    </message>
    <message>
        <source>{participant} did not consent to being quoted</source>
        <translation>لم يوافق {participant} على الاقتباس منه</translation>
    </message>
    <message>
        <source>{path}: another document still links it</source>
        <translation>{path}: لا يزال مستند آخر مرتبطًا به</translation>
    </message>
    <message>
        <source>{path}: it holds other people&apos;s voices too</source>
        <translation>{path}: فيه أصوات أشخاص آخرين أيضًا</translation>
    </message>
    <message>
        <source>{path}: its bytes are not those of the recording linked</source>
        <translation>{path}: بايتاته ليست بايتات التسجيل المرتبط</translation>
    </message>
    <message>
        <source>{path}: not found</source>
        <translation>{path}: غير موجود</translation>
    </message>
    <message>
        <source>{path}: their consent record says the recording may be kept (keep recording: yes); delete it yourself if their withdrawal covers it</source>
        <translation>{path}: يقول سجل موافقته إن التسجيل يمكن الاحتفاظ به (الاحتفاظ بالتسجيل: نعم)؛ احذفه بنفسك إذا كان انسحابه يشمله</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}: {problem}</translation>
    </message>
    <message>
        <source>{problem} (a codebook: import it as a .qdc file)</source>
        <translation>{problem} (إنه دفتر رموز: استورده كملف ‎.qdc)</translation>
    </message>
    <message>
        <source>{problem}; {hint}</source>
        <translation>{problem}؛ {hint}</translation>
    </message>
    <message>
        <source>{removed:,} → {added:,} characters at {start:,}</source>
        <translation>{removed:,} → {added:,} حرفًا عند الموضع {start:,}</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} ميغابايت</translation>
    </message>
    <message>
        <source>{sources} and {selections}</source>
        <translation>{sources} و{selections}</translation>
    </message>
    <message>
        <source>{source}: a document named &apos;{name}&apos; is already in the project (was this sheet imported before?); nothing was imported</source>
        <translation>{source}: يوجد بالفعل في المشروع مستند باسم «{name}» (هل استُورد هذا الجدول من قبل؟)؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>{source}: code &apos;{path}&apos; would be at level {level}; {rule}; nothing was imported</source>
        <translation>{source}: الرمز «{path}» سيكون في المستوى {level}؛ {rule}؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>{source}: coding {number}</source>
        <translation>{source}: الترميز {number}</translation>
    </message>
    <message>
        <source>{source}: coding {number}: not an object</source>
        <translation>{source}: الترميز {number}: ليس كائنًا</translation>
    </message>
    <message>
        <source>{source}: column &apos;{column}&apos;: {problem}</source>
        <translation>{source}: العمود «{column}»: {problem}</translation>
    </message>
    <message>
        <source>{source}: expected a JSON list of codings</source>
        <translation>{source}: كان المتوقَّع قائمة JSON بالترميزات</translation>
    </message>
    <message>
        <source>{source}: its codes are nested {levels:,} levels deep; {rule}, and flattening them would change the codebook; nothing was imported</source>
        <translation>{source}: رموزه متداخلة بعمق {levels:,} مستويات؛ {rule}، وتسويتها ستغيّر دفتر الرموز؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>{source}: not valid JSON (line {lineno}: {msg})</source>
        <translation>{source}: ليس JSON صالحًا (السطر {lineno}: {msg})</translation>
    </message>
    <message>
        <source>{source}: not valid JSON (nested too deeply)</source>
        <translation>{source}: ليس JSON صالحًا (متداخل بعمق مفرط)</translation>
    </message>
    <message>
        <source>{source}: row {row}: respondent &apos;{respondent}&apos; makes the same case name as row {other_row}; nothing was imported</source>
        <translation>{source}: الصف {row}: المستجيب «{respondent}» يعطي اسم الحالة نفسه الذي في الصف {other_row}؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>{source}: row {row}: there is already a case named &apos;{name}&apos; of type &apos;{type}&apos;, not a respondent; nothing was imported</source>
        <translation>{source}: الصف {row}: توجد بالفعل حالة باسم «{name}» من نوع «{type}»، لا مستجيب؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>{source}: row {row}: {attribute} is &apos;{value}&apos; but respondent &apos;{respondent}&apos; already has &apos;{held}&apos;; nothing was imported</source>
        <translation>{source}: الصف {row}: قيمة {attribute} هي «{value}» لكن للمستجيب «{respondent}» بالفعل «{held}»؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>{source}: row {row}: {problem}</source>
        <translation>{source}: الصف {row}: {problem}</translation>
    </message>
    <message>
        <source>{spans} and {more} more</source>
        <translation>{spans} و{more} أخرى</translation>
    </message>
    <message>
        <source>{things} with a GUID used twice in the file got a new one</source>
        <translation>{things} بمُعرِّف GUID مستخدم مرتين في الملف حصلت على واحد جديد</translation>
    </message>
    <message>
        <source>{time} UTC</source>
        <translation>{time} UTC</translation>
    </message>
    <message>
        <source>{time} by qcode {version}</source>
        <translation>{time} بواسطة qcode {version}</translation>
    </message>
    <message>
        <source>{variable} must be a number of seconds to wait for another writer (0 = do not wait), not {given}</source>
        <translation>يجب أن يكون {variable} عدد ثوانٍ لانتظار كاتب آخر (0 = بلا انتظار)، لا {given}</translation>
    </message>
    <message>
        <source>{variable} must be a whole number, like {default}; it is {shown}</source>
        <translation>يجب أن يكون {variable} عددًا صحيحًا، مثل {default}؛ قيمته الآن {shown}</translation>
    </message>
    <message>
        <source>{variable} must be more than 0</source>
        <translation>يجب أن يكون {variable} أكبر من 0</translation>
    </message>
    <message>
        <source>{what} contains an invalid character (a lone surrogate)</source>
        <translation>يحتوي {what} على محرف غير صالح (نصف زوج بديل منفرد)</translation>
    </message>
    <message>
        <source>{what} must be yes, no or unknown, not &apos;{value}&apos;</source>
        <translation>يجب أن يكون {what} yes أو no أو unknown، لا «{value}»</translation>
    </message>
    <message>
        <source>{what} name &apos;{old}&apos; is now &apos;{new}&apos;</source>
        <translation>اسم {what} &apos;{old}&apos; أصبح &apos;{new}&apos;</translation>
    </message>
    <message>
        <source>{what} name cannot contain control characters (U+{codepoint:04X} found in &apos;{value}&apos;)</source>
        <translation>لا يمكن أن يحتوي اسم {what} على محارف تحكّم (وُجد U+{codepoint:04X} في «{value}»)</translation>
    </message>
    <message>
        <source>{what} name cannot contain unpaired surrogates (U+{codepoint:04X} found in &apos;{value}&apos;)</source>
        <translation>لا يمكن أن يحتوي اسم {what} على أنصاف أزواج بديلة منفردة (وُجد U+{codepoint:04X} في «{value}»)</translation>
    </message>
    <message>
        <source>{what} needs a name</source>
        <translation>يحتاج {what} إلى اسم</translation>
    </message>
    <message>
        <source>{what} needs a name (&apos;{value}&apos; is only spaces or invisible characters)</source>
        <translation>يحتاج {what} إلى اسم («{value}» مسافات أو محارف غير مرئية فقط)</translation>
    </message>
    <message>
        <source>{what} under &apos;{parent}&apos; would reach level {level}; {rule}</source>
        <translation>{what} تحت «{parent}» سيصل إلى المستوى {level}؛ {rule}</translation>
    </message>
    <message>
        <source>{what} would reach level {level}; {rule}</source>
        <translation>{what} سيصل إلى المستوى {level}؛ {rule}</translation>
    </message>
    <message>
        <source>{what} {size} (the limit for one import; set {variable} to allow more)</source>
        <translation>{what} {size} (الحد الأقصى للاستيراد الواحد؛ اضبط {variable} للسماح بالمزيد)</translation>
    </message>
    <message>
        <source>{what} {size} (the limit for one sheet; set {variable} to allow more)</source>
        <translation>{what} {size} (الحد الأقصى للورقة الواحدة؛ اضبط {variable} للسماح بالمزيد)</translation>
    </message>
    <message>
        <source>{where}&apos;{code}&apos; is a grouping code only</source>
        <translation>{where}«{code}» رمز تجميعي فقط</translation>
    </message>
    <message>
        <source>{where}span {start}–{end} is not inside the document (0–{length}, start before end)</source>
        <translation>{where}المدى {start}–{end} ليس داخل المستند (0–{length}، والبداية قبل النهاية)</translation>
    </message>
    <message>
        <source>{where}start and end must be whole numbers</source>
        <translation>{where}يجب أن تكون البداية والنهاية عددين صحيحين</translation>
    </message>
    <message>
        <source>{where}the coding&apos;s origin</source>
        <translation>{where}مصدر الترميز</translation>
    </message>
    <message>
        <source>{where}the coding&apos;s origin is not valid (it needs a source, and a confidence from 0 to 1 if any)</source>
        <translation>{where}مصدر الترميز غير صالح (يحتاج إلى مصدر، وإلى درجة ثقة بين 0 و1 إن وُجدت)</translation>
    </message>
    <message>
        <source>{where}the document no longer exists</source>
        <translation>{where}المستند لم يعد موجودًا</translation>
    </message>
    <message>
        <source>{where}the text at {start}–{end} is {actual!r}, not {expected!r} (offsets must count code points)</source>
        <translation>{where}النص عند {start}–{end} هو {actual!r} لا {expected!r} (يجب أن تعدّ المواضع نقاط الترميز)</translation>
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
        <translation>— {author}، {time} UTC</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <source>There is no way to open the project without it: if it is forgotten, the project is lost. Keep it somewhere safe, apart from the computer.</source>
        <translation>لا سبيل لفتح المشروع من دونها: إن نُسيت، ضاع المشروع. احفظها في مكان آمن، بعيدًا عن الحاسوب.</translation>
    </message>
    <message>
        <source>{name} will be encrypted: from now on it opens only with the passphrase. {forgotten}

The old unencrypted contents may still be readable on this disk (SSDs move data around), and copies, backups and exports made earlier stay unencrypted: encryption protects best a project that was encrypted from the start.</source>
        <translation>سيُشفَّر {name}: من الآن فصاعدًا لن يُفتح إلا بعبارة المرور. {forgotten}

قد تظل المحتويات القديمة غير المشفّرة قابلة للقراءة على هذا القرص (أقراص SSD تنقل البيانات)، وتبقى النسخ والنسخ الاحتياطية والصادرات المُنشأة سابقًا غير مشفّرة: يحمي التشفير على أفضل وجه مشروعًا شُفّر منذ البداية.</translation>
    </message>
    <message>
        <source>{name} will be decrypted: a plain file that anyone who has it can read, every transcript and name in it included. Encrypted backups beside it still need the passphrase.

Decrypt it?</source>
        <translation>سيُفك تشفير {name}: ملف عادي يستطيع أي شخص يملكه قراءته، بما في ذلك كل نص مُفرَّغ واسم فيه. النسخ الاحتياطية المشفّرة بجانبه لا تزال تحتاج إلى عبارة المرور.

فك تشفيره؟</translation>
    </message>
</context>
<context>
    <name>privacy.passphrase_dialog</name>
    <message>
        <source>Encrypted project</source>
        <translation>مشروع مشفّر</translation>
    </message>
    <message>
        <source>{problem}{name} is encrypted. Its passphrase:</source>
        <translation>{problem}{name} مشفّر. عبارة مروره:</translation>
    </message>
    <message>
        <source>Wrong passphrase (or the file is damaged); try again.

</source>
        <translation>عبارة مرور خاطئة (أو أن الملف تالف)؛ حاول مجددًا.

</translation>
    </message>
    <message>
        <source>New encrypted project</source>
        <translation>مشروع مشفّر جديد</translation>
    </message>
    <message>
        <source>qcode projects (*.qcode)</source>
        <translation>مشاريع qcode (*.qcode)</translation>
    </message>
    <message>
        <source>{name} will be encrypted with this passphrase. {forgotten}</source>
        <translation>سيُشفَّر {name} بعبارة المرور هذه. {forgotten}</translation>
    </message>
    <message>
        <source>{name} is already encrypted.</source>
        <translation>{name} مشفّر مسبقًا.</translation>
    </message>
    <message>
        <source>{name} is open read-only (it is open for editing elsewhere); close it there first to encrypt it.</source>
        <translation>{name} مفتوح للقراءة فقط (مفتوح للتحرير في مكان آخر)؛ أغلقه هناك أولًا لتشفيره.</translation>
    </message>
    <message>
        <source>Encrypt this project</source>
        <translation>تشفير هذا المشروع</translation>
    </message>
    <message>
        <source>The project was not encrypted: {problem}</source>
        <translation>لم يُشفَّر المشروع: {problem}</translation>
    </message>
    <message>
        <source>Could not reopen the project: {problem}</source>
        <translation>تعذّرت إعادة فتح المشروع: {problem}</translation>
    </message>
    <message>
        <source>{name} is not encrypted.</source>
        <translation>{name} غير مشفّر.</translation>
    </message>
    <message>
        <source>{name} is open read-only (it is open for editing elsewhere); close it there first to {doing}.</source>
        <translation>{name} مفتوح للقراءة فقط (مفتوح للتحرير في مكان آخر)؛ أغلقه هناك أولًا من أجل {doing}.</translation>
    </message>
    <message>
        <source>To go on, type the current passphrase.

</source>
        <translation>للمتابعة، اكتب عبارة المرور الحالية.

</translation>
    </message>
    <message>
        <source>That is not the current passphrase; nothing was done.</source>
        <translation>هذه ليست عبارة المرور الحالية؛ لم يتم فعل شيء.</translation>
    </message>
    <message>
        <source>change its passphrase</source>
        <translation>تغيير عبارة مروره</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>{name} will open only with this new passphrase. {forgotten} Backups and coders&apos; copies made earlier keep the old one.</source>
        <translation>لن يُفتح {name} إلا بعبارة المرور الجديدة هذه. {forgotten} النسخ الاحتياطية ونسخ المُرمِّزين المُنشأة سابقًا تحتفظ بالعبارة القديمة.</translation>
    </message>
    <message>
        <source>The passphrase was not changed: {problem}</source>
        <translation>لم تُغيَّر عبارة المرور: {problem}</translation>
    </message>
    <message>
        <source>decrypt it</source>
        <translation>فك تشفيره</translation>
    </message>
    <message>
        <source>Decrypt this project</source>
        <translation>فك تشفير هذا المشروع</translation>
    </message>
    <message>
        <source>The project was not decrypted: {problem}</source>
        <translation>لم يُفك تشفير المشروع: {problem}</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>No cases yet: make them in the Cases panel (View ▸ Cases) and assign documents, speakers or codings to them.</source>
        <translation>لا توجد حالات بعد: أنشئها في لوحة الحالات (عرض ▸ الحالات) وأسند إليها مستندات أو متحدثين أو ترميزات.</translation>
    </message>
    <message>
        <source>Code × case</source>
        <translation>الرمز × الحالة</translation>
    </message>
    <message>
        <source>&amp;Word (.docx)</source>
        <translation>&amp;Word (.docx)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>مستندات Word (*.docx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>حول هذا التقرير</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>دفتر الرموز</translation>
    </message>
    <message>
        <source>Quotes by code</source>
        <translation>الاقتباسات حسب الرمز</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>المذكرات</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>المخططات</translation>
    </message>
    <message>
        <source>Saved queries</source>
        <translation>الاستعلامات المحفوظة</translation>
    </message>
    <message>
        <source>Framework matrix</source>
        <translation>مصفوفة الإطار</translation>
    </message>
    <message>
        <source>Corroboration</source>
        <translation>تعزيز الأدلة</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Coded segments</source>
        <translation>المقتطفات المُرمَّزة</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>المقتطفات</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>الأحرف</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>الكلمات</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>المُرمِّزون</translation>
    </message>
    <message>
        <source>&lt;b&gt;own&lt;/b&gt;: a code&apos;s own codings; &lt;b&gt;with sub-codes&lt;/b&gt;: also those of all its sub-codes. Characters (and their words) count once where codings overlap. Double-click a row to list its coded segments.</source>
        <translation>&lt;b&gt;الخاصة&lt;/b&gt;: الترميزات الخاصة بالرمز؛ &lt;b&gt;مع الرموز الفرعية&lt;/b&gt;: وكذلك ترميزات جميع رموزه الفرعية. تُحتسب الأحرف (وكلماتها) مرة واحدة حيث تتداخل الترميزات. انقر نقرًا مزدوجًا على صف لعرض مقتطفاته المُرمَّزة.</translation>
    </message>
    <message>
        <source>Double-click a cell (or press Return) to list the coded segments behind it.</source>
        <translation>انقر نقرًا مزدوجًا على خلية (أو اضغط Return) لعرض المقتطفات المُرمَّزة وراءها.</translation>
    </message>
    <message>
        <source>{metric}
(own)</source>
        <translation>{metric}
(الخاصة)</translation>
    </message>
    <message>
        <source>{metric}
(with sub-codes)</source>
        <translation>{metric}
(مع الرموز الفرعية)</translation>
    </message>
    <message>
        <source>Code frequencies</source>
        <translation>تكرارات الرموز</translation>
    </message>
    <message>
        <source>Code × document</source>
        <translation>الرمز × المستند</translation>
    </message>
    <message>
        <source>Code × attribute</source>
        <translation>الرمز × السمة</translation>
    </message>
    <message>
        <source>Co-occurrence</source>
        <translation>التواجد المشترك</translation>
    </message>
    <message>
        <source>Word frequencies</source>
        <translation>تكرارات الكلمات</translation>
    </message>
</context>
<context>
    <name>reports.report_dialog</name>
    <message>
        <source>Every participant in the consent register may be quoted.</source>
        <translation>يجوز الاقتباس من كل مشارك في سجل الموافقات.</translation>
    </message>
    <message>
        <source>Wrote {target}: {sections}, {quotes}.</source>
        <translation>كُتب {target}: {sections}، {quotes}.</translation>
    </message>
    <message>
        <source> Consent register ignored: this is the project&apos;s own backup.</source>
        <translation> تم تجاهل سجل الموافقات: هذه النسخة الاحتياطية الخاصة بالمشروع.</translation>
    </message>
    <message>
        <source> Consent: {lines}.</source>
        <translation> الموافقة: {lines}.</translation>
    </message>
    <message>
        <source>Write report</source>
        <translation>كتابة التقرير</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>جارٍ كتابة التقرير…</translation>
    </message>
    <message>
        <source>Report cancelled: no file was written.</source>
        <translation>أُلغي التقرير: لم يُكتب أي ملف.</translation>
    </message>
</context>
<context>
    <name>suggestions.trainer</name>
    <message>
        <source>signal {number}</source>
        <translation>الإشارة {number}</translation>
    </message>
    <message>
        <source>Learning from your coding stopped: it was stopped by the system ({signal}, perhaps out of memory). Retry with fewer passages?</source>
        <translation>توقف التعلّم من ترميزك: أوقفه النظام ({signal}، ربما لنفاد الذاكرة). أتعيد المحاولة بمقاطع أقل؟</translation>
    </message>
    <message>
        <source>Learning from your coding stopped: it ended unexpectedly (exit code {code}). Retry with fewer passages?</source>
        <translation>توقف التعلّم من ترميزك: انتهى على نحو غير متوقع (رمز الخروج {code}). أتعيد المحاولة بمقاطع أقل؟</translation>
    </message>
</context>
<context>
    <name>team.agreement_compare</name>
    <message>
        <source>No disagreements</source>
        <translation>لا اختلافات</translation>
    </message>
</context>
<context>
    <name>team.agreement_tables</name>
    <message>
        <source>Matched codings: {both}
Unmatched codings: {some}</source>
        <translation>ترميزات متطابقة: {both}
ترميزات غير متطابقة: {some}</translation>
    </message>
    <message>
        <source>Coded by every coder: {both}
Coded by none: {neither}
Coded by only some: {some}</source>
        <translation>رمّزه كل المُرمِّزين: {both}
لم يرمّزه أحد: {neither}
رمّزه بعضهم فقط: {some}</translation>
    </message>
</context>
<context>
    <name>team.merge_dialog</name>
    <message>
        <source>Merge projects into this one</source>
        <translation>دمج مشاريع في هذا المشروع</translation>
    </message>
    <message>
        <source>qcode projects (*.qcode)</source>
        <translation>مشاريع qcode (*.qcode)</translation>
    </message>
    <message>
        <source>{name}: this is the open project; choose another project to merge into it</source>
        <translation>{name}: هذا هو المشروع المفتوح؛ اختر مشروعًا آخر لدمجه فيه</translation>
    </message>
    <message>
        <source>Merge projects</source>
        <translation>دمج المشاريع</translation>
    </message>
    <message>
        <source>Wrong passphrase. </source>
        <translation>عبارة مرور خاطئة. </translation>
    </message>
    <message>
        <source>It has another passphrase than this project. </source>
        <translation>له عبارة مرور مختلفة عن هذا المشروع. </translation>
    </message>
    <message>
        <source>{name} was not merged: no passphrase given</source>
        <translation>لم يُدمج {name}: لم تُعطَ عبارة مرور</translation>
    </message>
    <message>
        <source>{get}

(characters {start}–{end})</source>
        <translation>{get}

(الأحرف {start}–{end})</translation>
    </message>
</context>
<context>
    <name>widgets.dialogs</name>
    <message>
        <source>Who is coding?</source>
        <translation>مَن يُرمِّز؟</translation>
    </message>
    <message>
        <source>Your name, as it will be recorded on every coding you make
(colleagues see it when you merge projects and compare coding):</source>
        <translation>اسمك، كما سيُسجَّل على كل ترميز تقوم به
(يراه زملاؤك عند دمج المشاريع ومقارنة الترميز):</translation>
    </message>
</context>
</TS>
