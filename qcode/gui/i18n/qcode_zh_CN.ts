<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>qcode is free software: you may share and change it under the GNU General Public License, version 3 or (at your option) any later version ({licence}). It comes with no warranty.</source>
        <translation>qcode 是自由软件：您可以依据 GNU 通用公共许可证第 3 版或（由您选择）任何更新版本（{licence}）分享和修改它。本软件不提供任何担保。</translation>
    </message>
    <message>
        <source>This qcode runs from a Python installation, not from an app bundle. The third-party notices are generated when a bundle is built (packaging/notices.py); here, each installed package&apos;s licence is in that package&apos;s own metadata.</source>
        <translation>此 qcode 运行于 Python 安装环境，而非应用程序包。第三方声明在构建应用程序包时生成（packaging/notices.py）；在此情况下，每个已安装软件包的许可证见该软件包自身的元数据。</translation>
    </message>
    <message>
        <source>About qcode</source>
        <translation>关于 qcode</translation>
    </message>
    <message>
        <source>&lt;h2&gt;qcode {__version__}&lt;/h2&gt;Qualitative coding of interview transcripts, fully offline. Your text never leaves this computer.</source>
        <translation>&lt;h2&gt;qcode {__version__}&lt;/h2&gt;访谈文本的质性编码，完全离线。您的文本永远不会离开这台电脑。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Third-party notices&lt;/b&gt;</source>
        <translation>&lt;b&gt;第三方声明&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>第三方声明</translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation>复制版本信息(&amp;C)</translation>
    </message>
    <message>
        <source>Copy qcode&apos;s and its libraries&apos; versions, for a bug report</source>
        <translation>复制 qcode 及其依赖库的版本，用于报告错误</translation>
    </message>
    <message>
        <source>app bundle</source>
        <translation>应用程序包</translation>
    </message>
    <message>
        <source>Python installation</source>
        <translation>Python 安装环境</translation>
    </message>
</context>
<context>
    <name>AgreementWindow</name>
    <message>
        <source>Inter-coder agreement — {name} — qcode</source>
        <translation>编码员间一致性 — {name} — qcode</translation>
    </message>
    <message>
        <source>Inter-coder agreement</source>
        <translation>编码员间一致性</translation>
    </message>
    <message>
        <source>Coders to compare</source>
        <translation>要比较的编码员</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>What is compared: each character, each sentence or paragraph (coded when any of it is), or each coded segment matched by overlap</source>
        <translation>比较的对象：每个字符、每个句子或段落（其中任何部分被编码即算作已编码），或按重叠匹配的每个已编码片段</translation>
    </message>
    <message>
        <source>Overlap threshold</source>
        <translation>重叠阈值</translation>
    </message>
    <message>
        <source>Two coded segments count as the same when their overlap divided by their union (IoU) is at least this</source>
        <translation>当两个已编码片段的重叠部分除以其并集（IoU）至少达到此值时，视为同一片段</translation>
    </message>
    <message>
        <source>Every document all chosen coders coded</source>
        <translation>所选编码员都编码过的全部文档</translation>
    </message>
    <message>
        <source>Only the documents ticked below</source>
        <translation>仅下方勾选的文档</translation>
    </message>
    <message>
        <source>Documents to compare</source>
        <translation>要比较的文档</translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation>计算(&amp;C)</translation>
    </message>
    <message>
        <source>Export to E&amp;xcel…</source>
        <translation>导出到 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>IoU threshold:</source>
        <translation>IoU 阈值：</translation>
    </message>
    <message>
        <source>Coders:</source>
        <translation>编码员：</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>文档：</translation>
    </message>
    <message>
        <source>Choose coders and press Compute.</source>
        <translation>请选择编码员，然后点击“计算”。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>一致性</translation>
    </message>
    <message>
        <source>Agreement by code</source>
        <translation>按编码的一致性</translation>
    </message>
    <message>
        <source>Agreement by document</source>
        <translation>按文档的一致性</translation>
    </message>
    <message>
        <source>Unmatched codings</source>
        <translation>未匹配的编码</translation>
    </message>
    <message>
        <source>By code</source>
        <translation>按编码</translation>
    </message>
    <message>
        <source>By document</source>
        <translation>按文档</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Double-click a code to compare the coders side by side</source>
        <translation>双击某个编码，并排比较各编码员</translation>
    </message>
    <message>
        <source>Excluded documents</source>
        <translation>排除的文档</translation>
    </message>
    <message>
        <source>&amp;Agreement</source>
        <translation>一致性(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>导出到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
    <message>
        <source>The project has changed since: press Compute to bring the figures up to date.</source>
        <translation>项目此后已有改动：请点击“计算”更新数据。</translation>
    </message>
    <message>
        <source>Tick at least two coders to compare.</source>
        <translation>请至少勾选两位编码员进行比较。</translation>
    </message>
    <message>
        <source>Tick at least one document, or compare every document.</source>
        <translation>请至少勾选一份文档，或比较所有文档。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>编码员</translation>
    </message>
    <message>
        <source>Best overlap</source>
        <translation>最佳重叠</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Unmatched codings ({n_unmatched})</source>
        <translation>未匹配的编码（{n_unmatched}）</translation>
    </message>
    <message numerus="yes">
        <source>{unit_name} compared between {coders}, in %Ln documents.</source>
        <translation>
            <numerusform>{unit_name}：在 {coders} 之间比较，共 %Ln 份文档。</numerusform>
        </translation>
    </message>
    <message>
        <source> Coded segments match when their overlap (IoU) is ≥ {threshold}.</source>
        <translation> 当重叠度（IoU）≥ {threshold} 时，已编码片段视为匹配。</translation>
    </message>
    <message>
        <source>Not compared (not coded by every chosen coder): {names}. </source>
        <translation>未比较（并非每位所选编码员都编码过）：{names}。</translation>
    </message>
    <message>
        <source>Press Compute first: there are no figures to export yet.</source>
        <translation>请先点击“计算”：目前还没有可导出的数据。</translation>
    </message>
</context>
<context>
    <name>AttributesDialog</name>
    <message>
        <source>Attributes of &apos;{name}&apos;</source>
        <translation>“{name}”的属性</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>&amp;Add attribute</source>
        <translation>添加属性(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove attribute</source>
        <translation>删除属性(&amp;R)</translation>
    </message>
    <message>
        <source>Attribute problem</source>
        <translation>属性问题</translation>
    </message>
    <message>
        <source>the value &apos;{value}&apos; needs an attribute name</source>
        <translation>值“{value}”需要一个属性名</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is listed twice</source>
        <translation>“{name}”出现了两次</translation>
    </message>
</context>
<context>
    <name>BreakdownTab</name>
    <message>
        <source>By document</source>
        <translation>按文档</translation>
    </message>
    <message>
        <source>By coder</source>
        <translation>按编码员</translation>
    </message>
    <message>
        <source>By attribute</source>
        <translation>按属性</translation>
    </message>
    <message>
        <source>Attribute to break down by</source>
        <translation>用于细分的属性</translation>
    </message>
    <message>
        <source>Attri&amp;bute:</source>
        <translation>属性(&amp;B)：</translation>
    </message>
    <message>
        <source>No document has attributes yet.</source>
        <translation>还没有文档设置属性。</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>编码员</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source> in {group}</source>
        <translation> （{group}）</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>New case</source>
        <translation>新建个案</translation>
    </message>
    <message>
        <source>Case &apos;{name}&apos;</source>
        <translation>个案“{name}”</translation>
    </message>
    <message>
        <source>Case name</source>
        <translation>个案名称</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>个案类型</translation>
    </message>
    <message>
        <source>Case description</source>
        <translation>个案描述</translation>
    </message>
    <message>
        <source>Who or what this case is, in a few words</source>
        <translation>用几句话说明这个个案是谁或是什么</translation>
    </message>
    <message>
        <source>Case problem</source>
        <translation>个案问题</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>CaseMatrixTab</name>
    <message>
        <source>Include &amp;sub-codes</source>
        <translation>包括子编码(&amp;S)</translation>
    </message>
    <message>
        <source>Count each code&apos;s sub-codes in its row</source>
        <translation>在每行中计入该编码的子编码</translation>
    </message>
    <message>
        <source>Codings that belong to each case (its documents, speakers and codings). </source>
        <translation>属于每个个案的编码（来自其文档、发言人和编码）。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>{paths} in the case {name}</source>
        <translation>个案 {name} 中的 {paths}</translation>
    </message>
</context>
<context>
    <name>CasesPanel</name>
    <message>
        <source>Cases</source>
        <translation>个案</translation>
    </message>
    <message>
        <source>Members of the case</source>
        <translation>个案成员</translation>
    </message>
    <message>
        <source>Double-click a document or coding to open it</source>
        <translation>双击文档或编码以打开</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>成员：</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Attributes…</source>
        <translation>属性…</translation>
    </message>
    <message>
        <source>Memo…</source>
        <translation>备忘录…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>导入列表…</translation>
    </message>
    <message>
        <source>{action} case</source>
        <translation>{action}个案</translation>
    </message>
    <message>
        <source>Import case list</source>
        <translation>导入个案列表</translation>
    </message>
    <message>
        <source>A CSV or Excel sheet: a row per case, a column each</source>
        <translation>CSV 或 Excel 表格：每个个案一行，每项一列</translation>
    </message>
    <message>
        <source>Remove from case</source>
        <translation>从个案中移除</translation>
    </message>
    <message>
        <source>Remove the chosen members from the case</source>
        <translation>将所选成员从个案中移除</translation>
    </message>
    <message>
        <source>Members: choose one case above.</source>
        <translation>成员：请在上方选择一个个案。</translation>
    </message>
    <message>
        <source>Members of &apos;{name}&apos; ({n_found}): documents, speakers, codings</source>
        <translation>“{name}”的成员（{n_found}）：文档、发言人、编码</translation>
    </message>
    <message>
        <source>Coding (deleted)</source>
        <translation>编码（已删除）</translation>
    </message>
    <message>
        <source>Coding {code_path} in {document}: “{text}”</source>
        <translation>{document} 中的编码 {code_path}：“{text}”</translation>
    </message>
    <message>
        <source>in every document</source>
        <translation>在所有文档中</translation>
    </message>
    <message>
        <source>in {place}</source>
        <translation>在 {place} 中</translation>
    </message>
    <message>
        <source>Speaker {speaker} {where}</source>
        <translation>发言人 {speaker} {where}</translation>
    </message>
    <message>
        <source>Document {place}</source>
        <translation>文档 {place}</translation>
    </message>
    <message>
        <source>Memos on case &apos;{name}&apos;</source>
        <translation>个案“{name}”的备忘录</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation>
            <numerusform>另外 %Ln 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete cases</source>
        <translation>删除个案</translation>
    </message>
    <message>
        <source>Delete {names}, with their attributes, memos and framework summaries? The documents and codings stay.

You can undo this with Edit ▸ Undo.</source>
        <translation>删除 {names}，连同其属性、备忘录和框架摘要？文档和编码将保留。

可以用“编辑 ▸ 撤销”恢复。</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>新建个案…</translation>
    </message>
    <message>
        <source>Edit name, type and description…</source>
        <translation>编辑名称、类型和描述…</translation>
    </message>
    <message>
        <source>Import case list…</source>
        <translation>导入个案列表…</translation>
    </message>
</context>
<context>
    <name>ChangedCodingsDialog</name>
    <message>
        <source>Codings whose text was changed</source>
        <translation>文本已被修改的编码</translation>
    </message>
    <message>
        <source>Changed codings</source>
        <translation>已变动的编码</translation>
    </message>
    <message>
        <source>&amp;Show in text</source>
        <translation>在文本中显示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Mark reviewed</source>
        <translation>标记为已审阅(&amp;M)</translation>
    </message>
    <message>
        <source>Clear the “text changed” flag of the selected codings</source>
        <translation>清除所选编码的“文本已更改”标记</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>A correction of the text cut through these codings: each was kept on what remains of its text. Read them again, then mark them reviewed.</source>
        <translation>对文本的修正截断了这些编码：每个编码都保留在其剩余文本上。请重新阅读，然后标记为已审阅。</translation>
    </message>
    <message>
        <source>No coding is flagged “text changed”.</source>
        <translation>没有编码被标记为“文本已更改”。</translation>
    </message>
    <message>
        <source>Select the codings you have reviewed first.</source>
        <translation>请先选择您已审阅的编码。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln codings marked reviewed.</source>
        <translation>
            <numerusform>已将 %Ln 处编码标记为已审阅。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangedModel</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>编码员</translation>
    </message>
    <message>
        <source>Text now</source>
        <translation>当前文本</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>原为</translation>
    </message>
    <message>
        <source>Where the coding was before the correction (characters)</source>
        <translation>修正之前编码所在位置（字符）</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>version {version}, {when}</source>
        <translation>版本 {version}，{when}</translation>
    </message>
</context>
<context>
    <name>ChoiceButton</name>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>All ({none_text})</source>
        <translation>全部（{none_text}）</translation>
    </message>
    <message>
        <source>{n_chosen} of {n_actions}</source>
        <translation>{n_chosen} / {n_actions}</translation>
    </message>
</context>
<context>
    <name>CodeList</name>
    <message>
        <source>Filter codes…</source>
        <translation>筛选编码…</translation>
    </message>
    <message>
        <source>Filter codes</source>
        <translation>筛选编码</translation>
    </message>
    <message>
        <source>Codes to insert</source>
        <translation>要插入的编码</translation>
    </message>
    <message>
        <source>Double-click a code to put it in the query</source>
        <translation>双击编码将其放入查询</translation>
    </message>
    <message>
        <source>with sub-codes (/**)</source>
        <translation>含子编码 (/**)</translation>
    </message>
    <message>
        <source>Insert codes with their sub-codes</source>
        <translation>插入编码及其子编码</translation>
    </message>
    <message>
        <source>Codes (double-click to insert):</source>
        <translation>编码（双击插入）：</translation>
    </message>
</context>
<context>
    <name>CodePicker</name>
    <message>
        <source>Code as…</source>
        <translation>编码为…</translation>
    </message>
    <message>
        <source>Type part of a code&apos;s name…</source>
        <translation>输入编码名称的一部分…</translation>
    </message>
    <message>
        <source>Code name filter</source>
        <translation>编码名称筛选</translation>
    </message>
    <message>
        <source>Matching codes</source>
        <translation>匹配的编码</translation>
    </message>
    <message>
        <source>Apply which code?</source>
        <translation>应用哪个编码？</translation>
    </message>
</context>
<context>
    <name>CodebookModel</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>编码数</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>CodebookPanel</name>
    <message>
        <source>Find a code…</source>
        <translation>查找编码…</translation>
    </message>
    <message>
        <source>Find code</source>
        <translation>查找编码</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>编码本</translation>
    </message>
    <message>
        <source>&amp;New Code…</source>
        <translation>新建编码(&amp;N)…</translation>
    </message>
    <message>
        <source>New &amp;Sub-code…</source>
        <translation>新建子编码(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>颜色(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Description and Keywords…</source>
        <translation>描述和关键词(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>合并到(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Delete Code…</source>
        <translation>删除编码(&amp;D)…</translation>
    </message>
    <message>
        <source>Show Coded &amp;Segments</source>
        <translation>显示已编码片段(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Apply to Selection</source>
        <translation>应用到所选文本(&amp;A)</translation>
    </message>
    <message>
        <source>Favourite &amp;Key</source>
        <translation>常用编码快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{own} codings of this code</source>
        <translation>此编码有 {own} 处编码</translation>
    </message>
    <message>
        <source>{tip}, {total} with its sub-codes</source>
        <translation>{tip}，含子编码共 {total} 处</translation>
    </message>
    <message>
        <source> under &apos;{name}&apos;</source>
        <translation> （位于“{name}”下）</translation>
    </message>
    <message>
        <source>New Code</source>
        <translation>新建编码</translation>
    </message>
    <message>
        <source>Name of the new code{where}:</source>
        <translation>新编码的名称{where}：</translation>
    </message>
    <message>
        <source>Colour of &apos;{name}&apos;</source>
        <translation>“{name}”的颜色</translation>
    </message>
    <message>
        <source>There is no other code to merge into.</source>
        <translation>没有其他可合并到的编码。</translation>
    </message>
    <message>
        <source> and its {n_below} sub-codes</source>
        <translation> 及其 {n_below} 个子编码</translation>
    </message>
    <message>
        <source>Delete the code {what}? {codings} codings will be removed with it.</source>
        <translation>删除编码 {what}？其 {codings} 处编码将一并删除。</translation>
    </message>
    <message>
        <source>Delete Code</source>
        <translation>删除编码</translation>
    </message>
    <message>
        <source>The dragged text could not be read.</source>
        <translation>无法读取拖入的文本。</translation>
    </message>
</context>
<context>
    <name>CoderCopiesDialog</name>
    <message>
        <source>Give each coder their file; when they are done, use File ▸ Merge project… to bring their coding back.</source>
        <translation>把各自的文件交给每位编码员；他们完成后，使用“文件 ▸ 合并项目…”把他们的编码合并回来。</translation>
    </message>
    <message>
        <source>Prepare coder copies — qcode</source>
        <translation>准备编码员副本 — qcode</translation>
    </message>
    <message>
        <source>Prepare coder copies</source>
        <translation>准备编码员副本</translation>
    </message>
    <message>
        <source>Each coder gets a copy of &lt;b&gt;{project}&lt;/b&gt; to code on their own, named &lt;i&gt;{stem}-NAME.qcode&lt;/i&gt;.</source>
        <translation>每位编码员都会得到一份 &lt;b&gt;{project}&lt;/b&gt; 的副本独立编码，文件名为 &lt;i&gt;{stem}-姓名.qcode&lt;/i&gt;。</translation>
    </message>
    <message>
        <source>Coder names</source>
        <translation>编码员姓名</translation>
    </message>
    <message>
        <source>One name a line</source>
        <translation>每行一个姓名</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Choose folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <source>Coders (one a line):</source>
        <translation>编码员（每行一个）：</translation>
    </message>
    <message>
        <source>Write the copies to:</source>
        <translation>副本写入：</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Prepare copies</source>
        <translation>准备副本</translation>
    </message>
    <message>
        <source>Where to write the coders&apos; copies</source>
        <translation>编码员副本的保存位置</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <source>Enter at least one coder&apos;s name.</source>
        <translation>请至少输入一位编码员的姓名。</translation>
    </message>
    <message>
        <source>{folder}: could not write the copies ({strerror})</source>
        <translation>{folder}：无法写入副本（{strerror}）</translation>
    </message>
    <message>
        <source>Wrote {n_written} coder copies to {folder}.</source>
        <translation>已将 {n_written} 份编码员副本写入 {folder}。</translation>
    </message>
    <message>
        <source>Coder copies</source>
        <translation>编码员副本</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln files:
{files}

{hint}</source>
        <translation>
            <numerusform>已写入 %Ln 个文件：
{files}

{hint}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoderPane</name>
    <message>
        <source>Text as coder {side} coded it</source>
        <translation>编码员 {side} 编码的文本</translation>
    </message>
</context>
<context>
    <name>CodingFindings</name>
    <message>
        <source>Assign coding {label} to case…</source>
        <translation>将编码 {label} 归入个案…</translation>
    </message>
    <message>
        <source>Link coding {label} to…</source>
        <translation>将编码 {label} 链接到…</translation>
    </message>
    <message>
        <source>Remember coding {label} for linking</source>
        <translation>记住编码 {label} 以便链接</translation>
    </message>
    <message>
        <source>Links of {label} ({n_links})</source>
        <translation>{label} 的链接（{n_links}）</translation>
    </message>
    <message>
        <source>Grade of {label}</source>
        <translation>{label} 的来源等级</translation>
    </message>
    <message>
        <source>(no grade)</source>
        <translation>（无等级）</translation>
    </message>
    <message>
        <source>Define grades…</source>
        <translation>定义等级…</translation>
    </message>
    <message>
        <source>Open the other end</source>
        <translation>打开另一端</translation>
    </message>
    <message>
        <source>Edit the link&apos;s memo…</source>
        <translation>编辑链接的备忘录…</translation>
    </message>
    <message>
        <source>Remove the link</source>
        <translation>删除链接</translation>
    </message>
    <message>
        <source>Remembered: right-click another coding ▸ Link coding … to…</source>
        <translation>已记住：右键点击另一个编码 ▸ 将编码…链接到…</translation>
    </message>
    <message>
        <source>the coding</source>
        <translation>该编码</translation>
    </message>
    <message>
        <source>Link memo</source>
        <translation>链接备忘录</translation>
    </message>
    <message>
        <source>Memo on the link:</source>
        <translation>关于此链接的备忘录：</translation>
    </message>
    <message>
        <source>    grade: {get}</source>
        <translation>    等级：{get}</translation>
    </message>
    <message>
        <source>    links: {shown}</source>
        <translation>    链接：{shown}</translation>
    </message>
</context>
<context>
    <name>CodingMargin</name>
    <message>
        <source>Coding stripes</source>
        <translation>编码条</translation>
    </message>
    <message>
        <source>Which codes cover each line; hover a stripe for details</source>
        <translation>每行由哪些编码覆盖；将鼠标悬停在编码条上查看详情</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Code to compare</source>
        <translation>要比较的编码</translation>
    </message>
    <message>
        <source>Document to compare</source>
        <translation>要比较的文档</translation>
    </message>
    <message>
        <source>Coder A</source>
        <translation>编码员 A</translation>
    </message>
    <message>
        <source>Coder B</source>
        <translation>编码员 B</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一处</translation>
    </message>
    <message>
        <source>Previous disagreement</source>
        <translation>上一处分歧</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一处 ▶</translation>
    </message>
    <message>
        <source>Next disagreement</source>
        <translation>下一处分歧</translation>
    </message>
    <message>
        <source>{accessibleName}: text only one of the coders coded</source>
        <translation>{accessibleName}：只有一位编码员编码的文本</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>分歧</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;background:{both_color}&quot;&gt;&amp;nbsp;coded by both&amp;nbsp;&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&quot;background:{one_color}&quot;&gt;&amp;nbsp;coded by this coder only&amp;nbsp;&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;background:{both_color}&quot;&gt;&amp;nbsp;双方都编码&amp;nbsp;&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&quot;background:{one_color}&quot;&gt;&amp;nbsp;仅此编码员编码&amp;nbsp;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>文档：</translation>
    </message>
    <message>
        <source>A:</source>
        <translation>A：</translation>
    </message>
    <message>
        <source>B:</source>
        <translation>B：</translation>
    </message>
    <message>
        <source>Choose two different coders to compare.</source>
        <translation>请选择两位不同的编码员进行比较。</translation>
    </message>
    <message>
        <source>the code &apos;{code_path}&apos; no longer exists</source>
        <translation>编码“{code_path}”已不存在</translation>
    </message>
    <message>
        <source>A: {a} — {code_path}</source>
        <translation>A：{a} — {code_path}</translation>
    </message>
    <message>
        <source>B: {b} — {code_path}</source>
        <translation>B：{b} — {code_path}</translation>
    </message>
    <message>
        <source>{number} of {total}: {coder} only</source>
        <translation>第 {number} / {total} 处：仅 {coder}</translation>
    </message>
</context>
<context>
    <name>CooccurrenceTab</name>
    <message>
        <source>Count codings &amp;near each other (same paragraph or turn)</source>
        <translation>统计相邻的编码（同一段落或话轮）(&amp;N)</translation>
    </message>
    <message>
        <source>Count codings in the same paragraph or speaker turn</source>
        <translation>统计位于同一段落或同一发言人话轮中的编码</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>in the same paragraph or turn</source>
        <translation>位于同一段落或话轮</translation>
    </message>
    <message>
        <source>overlapping</source>
        <translation>重叠</translation>
    </message>
    <message>
        <source>Pairs of codings {kind}; the darker the cell, the more pairs. {drill_note}</source>
        <translation>{kind}的编码对；单元格颜色越深，编码对越多。{drill_note}</translation>
    </message>
    <message>
        <source>near</source>
        <translation>相邻</translation>
    </message>
    <message>
        <source>{first} and {second}: codings of either {how} the other</source>
        <translation>{first} 与 {second}：两者的编码彼此{how}</translation>
    </message>
</context>
<context>
    <name>CorrectTextDialog</name>
    <message>
        <source>Correct the text of &apos;{name}&apos;</source>
        <translation>修正“{name}”的文本</translation>
    </message>
    <message>
        <source>Insert at character {start}</source>
        <translation>在第 {start} 个字符处插入</translation>
    </message>
    <message>
        <source>Characters {start}–{end} of {n_text}</source>
        <translation>第 {start}–{end} 个字符（共 {n_text} 个）</translation>
    </message>
    <message>
        <source>(nothing selected: the new text is inserted)</source>
        <translation>（未选择任何内容：将插入新文本）</translation>
    </message>
    <message>
        <source>Text now</source>
        <translation>当前文本</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <source>
One edit: Edit ▸ Undo takes it back. The earlier text is kept as a version; the original file is never changed.</source>
        <translation>
一次编辑：“编辑 ▸ 撤销”可以恢复。之前的文本会作为一个版本保留；原始文件永远不会被修改。</translation>
    </message>
    <message>
        <source>What happens to the codings</source>
        <translation>编码会怎样</translation>
    </message>
    <message>
        <source>&amp;Apply correction</source>
        <translation>应用修正(&amp;A)</translation>
    </message>
    <message>
        <source>{where}. Text now:</source>
        <translation>{where}。当前文本：</translation>
    </message>
    <message>
        <source>Replace with:</source>
        <translation>替换为：</translation>
    </message>
</context>
<context>
    <name>CorroborationWindow</name>
    <message>
        <source>Corroboration — {name} — qcode</source>
        <translation>佐证 — {name} — qcode</translation>
    </message>
    <message>
        <source>Corroboration</source>
        <translation>佐证</translation>
    </message>
    <message>
        <source>Filter codes…</source>
        <translation>筛选编码…</translation>
    </message>
    <message>
        <source>Filter codes</source>
        <translation>筛选编码</translation>
    </message>
    <message>
        <source>Allegation codes</source>
        <translation>指控编码</translation>
    </message>
    <message>
        <source>with sub-codes</source>
        <translation>含子编码</translation>
    </message>
    <message>
        <source>Count each allegation&apos;s sub-codes</source>
        <translation>计入每项指控的子编码</translation>
    </message>
    <message>
        <source>Codings made</source>
        <translation>编码来源</translation>
    </message>
    <message>
        <source>Only the codings made these ways count</source>
        <translation>只计入以这些方式产生的编码</translation>
    </message>
    <message>
        <source>Allegations</source>
        <translation>指控</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Choose an allegation to read its quotes.</source>
        <translation>选择一项指控以阅读其引文。</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Export corroboration to Excel</source>
        <translation>将佐证导出到 Excel</translation>
    </message>
    <message>
        <source>Allegations (tick the codes):</source>
        <translation>指控（勾选编码）：</translation>
    </message>
    <message>
        <source>Sources are cases; a coding in no case counts as its document.</source>
        <translation>来源即个案；不属于任何个案的编码以其文档计为来源。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>no code &apos;{path}&apos;</source>
        <translation>没有编码“{path}”</translation>
    </message>
    <message>
        <source>Tick codes on the left, then choose one to read its quotes.</source>
        <translation>在左侧勾选编码，然后选择其中一个阅读其引文。</translation>
    </message>
    <message>
        <source>{code_path}: {quotes} from {sources} ({first_hand} first-hand). Double-click a quote to read it in its text.</source>
        <translation>{code_path}：来自 {sources}的 {quotes}（第一手来源 {first_hand} 个）。双击引文可在文本中阅读。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln quotes</source>
        <translation>
            <numerusform>%Ln 条引文</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sources</source>
        <translation>
            <numerusform>%Ln 个来源</numerusform>
        </translation>
    </message>
    <message>
        <source>this version of qcode cannot write a Corroboration sheet</source>
        <translation>此版本的 qcode 无法写入佐证表</translation>
    </message>
    <message>
        <source>Export corroboration</source>
        <translation>导出佐证</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Wrote the corroboration table to {target}.</source>
        <translation>已将佐证表写入 {target}。</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>正在写入工作簿…</translation>
    </message>
</context>
<context>
    <name>CrosstabTab</name>
    <message>
        <source>Attribute for the columns</source>
        <translation>作为列的属性</translation>
    </message>
    <message>
        <source>Attri&amp;bute:</source>
        <translation>属性(&amp;B)：</translation>
    </message>
    <message>
        <source>No document or case has attributes yet.</source>
        <translation>还没有文档或个案设置属性。</translation>
    </message>
    <message>
        <source>Codings whose case holds each value (a coding of two cases counts under both).</source>
        <translation>个案具有各个值的编码（属于两个个案的编码在两者下都计数）。</translation>
    </message>
</context>
<context>
    <name>DescriptionDialog</name>
    <message>
        <source>Describe &apos;{name}&apos;</source>
        <translation>描述“{name}”</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>e.g. threat, intimidation</source>
        <translation>例如：威胁, 恐吓</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation>关键词(&amp;K)：</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Document details</source>
        <translation>文档详情</translation>
    </message>
    <message>
        <source>Code selection as…</source>
        <translation>将所选文本编码为…</translation>
    </message>
    <message>
        <source>Code in vivo (new code named after the text)</source>
        <translation>实境编码（以所选文本命名新编码）</translation>
    </message>
    <message>
        <source>Apply favourite code {key}</source>
        <translation>应用常用编码 {key}</translation>
    </message>
    <message>
        <source>  No document open — pick one in the Documents list.</source>
        <translation>  未打开文档 — 请在“文档”列表中选择一个。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln characters</source>
        <translation>
            <numerusform>%Ln 个字符</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln codings</source>
        <translation>
            <numerusform>%Ln 处编码</numerusform>
        </translation>
    </message>
    <message>
        <source>speakers: {names}</source>
        <translation>发言人：{names}</translation>
    </message>
    <message>
        <source>showing {coder_filter}&apos;s coding only</source>
        <translation>仅显示 {coder_filter} 的编码</translation>
    </message>
    <message>
        <source>Select some text first, then choose a code for it.</source>
        <translation>请先选择一些文本，再为其选择编码。</translation>
    </message>
    <message>
        <source>Select the words to use as the new code&apos;s name.</source>
        <translation>请选择用作新编码名称的文字。</translation>
    </message>
    <message>
        <source>Code selection as</source>
        <translation>将所选文本编码为</translation>
    </message>
    <message>
        <source>Remove coding &apos;{name}&apos; ({who})</source>
        <translation>删除编码“{name}”（{who}）</translation>
    </message>
    <message>
        <source>Memo on coding &apos;{name}&apos; ({who})…</source>
        <translation>编码“{name}”（{who}）的备忘录…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>{name} (this code)</source>
        <translation>{name}（此编码）</translation>
    </message>
    <message>
        <source>Memo on coding &apos;{name}&apos;</source>
        <translation>编码“{name}”的备忘录</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Filter documents…</source>
        <translation>筛选文档…</translation>
    </message>
    <message>
        <source>Filter documents</source>
        <translation>筛选文档</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Edit &amp;attributes…</source>
        <translation>编辑属性(&amp;A)…</translation>
    </message>
    <message>
        <source>Document &amp;memo…</source>
        <translation>文档备忘录(&amp;M)…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln codings</source>
        <translation>
            <numerusform>%Ln 处编码</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation>
            <numerusform>另外 %Ln 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln documents ({names}) and their {coding_words}</source>
        <translation>
            <numerusform>%Ln 份文档（{names}）及其{coding_words}</numerusform>
        </translation>
    </message>
    <message>
        <source>the document &apos;{name}&apos; and its {coding_words}</source>
        <translation>文档“{name}”及其{coding_words}</translation>
    </message>
    <message>
        <source>Delete documents</source>
        <translation>删除文档</translation>
    </message>
    <message>
        <source>Delete {what}? Memos on them go too.

You can undo this with Edit ▸ Undo.</source>
        <translation>删除 {what}？其上的备忘录也会一并删除。

可以用“编辑 ▸ 撤销”恢复。</translation>
    </message>
    <message>
        <source>Memos on &apos;{name}&apos;</source>
        <translation>“{name}”的备忘录</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>How good are suggestions?</source>
        <translation>建议的质量如何？</translation>
    </message>
    <message>
        <source>Measuring on your coding (this retrains a few times)…</source>
        <translation>正在基于您的编码进行衡量（这会重新训练几次）…</translation>
    </message>
    <message>
        <source>Judged against</source>
        <translation>评判依据</translation>
    </message>
    <message>
        <source>everyone&apos;s coding</source>
        <translation>所有人的编码</translation>
    </message>
    <message>
        <source>Judged against:</source>
        <translation>评判依据：</translation>
    </message>
    <message>
        <source>Suggestions report</source>
        <translation>建议报告</translation>
    </message>
    <message>
        <source>Could not measure: {problem}</source>
        <translation>无法衡量：{problem}</translation>
    </message>
    <message>
        <source>Measured on your own coding:</source>
        <translation>基于您自己的编码衡量：</translation>
    </message>
</context>
<context>
    <name>EvaluationReport</name>
    <message>
        <source>Beside a colleague (their coding judged against {coder}&apos;s the same way, on the same passages):</source>
        <translation>与同事对照（以同样方式、在相同段落上，将其编码与 {coder} 的编码对照评判）：</translation>
    </message>
    <message numerus="yes">
        <source>{colleague}, on %Ln passages: their coding F1 {f1} (precision {precision}, recall {recall}); the suggestions F1 {mine}, {share} of theirs</source>
        <translation>
            <numerusform>{colleague}，%Ln 个段落：其编码 F1 {f1}（精确率 {precision}，召回率 {recall}）；建议 F1 {mine}，为其 {share}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Judged on %Ln passages of coded documents: {how}.</source>
        <translation>
            <numerusform>依据已编码文档中的 %Ln 个段落评判：{how}。</numerusform>
        </translation>
    </message>
    <message>
        <source>At the learned thresholds: {precision} of the suggestions were right (precision), and they found {recall} of what you coded (recall); F1 {f1}.</source>
        <translation>在学到的阈值下：{precision} 的建议是对的（精确率），它们找到了您所编码内容的 {recall}（召回率）；F1 {f1}。</translation>
    </message>
    <message>
        <source>Ranking quality (average precision): {value}.</source>
        <translation>排序质量（平均精确率）：{value}。</translation>
    </message>
    <message>
        <source>Keywords alone: F1 {f1}.</source>
        <translation>仅用关键词：F1 {f1}。</translation>
    </message>
    <message>
        <source>All three sources together (what the Suggestions panel shows unless you untick some): precision {precision}, recall {recall}, F1 {f1}.</source>
        <translation>三种来源合在一起（除非您取消勾选其中一些，建议面板显示的就是这些）：精确率 {precision}，召回率 {recall}，F1 {f1}。</translation>
    </message>
    <message>
        <source>How often suggestions were right, by confidence:</source>
        <translation>按置信度，建议正确的比例：</translation>
    </message>
    <message numerus="yes">
        <source>{low}–{high}: {rate} of %Ln</source>
        <translation>
            <numerusform>{low}–{high}：%Ln 条中的 {rate}</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewing more (the slider towards “many, to review”):</source>
        <translation>审阅更多（滑块移向“多，待审阅”）：</translation>
    </message>
    <message>
        <source>{how}: finds {recall} of your coding, {precision} right, {count} per passage</source>
        <translation>{how}：找到您编码的 {recall}，{precision} 正确，每个段落 {count} 条</translation>
    </message>
    <message>
        <source>Learning curve (F1 after learning from this many coded passages):</source>
        <translation>学习曲线（从这么多已编码段落学习后的 F1）：</translation>
    </message>
    <message>
        <source>{count}: F1 {f1}</source>
        <translation>{count}：F1 {f1}</translation>
    </message>
    <message>
        <source>Per code (precision/recall/F1, average precision):</source>
        <translation>按编码（精确率/召回率/F1，平均精确率）：</translation>
    </message>
    <message numerus="yes">
        <source>{code}: {precision}/{recall}/{f1}, AP {ap} (%Ln coded)</source>
        <translation>
            <numerusform>{code}：{precision}/{recall}/{f1}，AP {ap}（已编码 %Ln 个）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpressionEditor</name>
    <message>
        <source>Query expression</source>
        <translation>查询表达式</translation>
    </message>
    <message>
        <source>e.g. &quot;Harms/**&quot; AND NOT &quot;Notice&quot;   ·   &quot;Stopped&quot; NEAR/turn &quot;Station&quot;</source>
        <translation>例如 &quot;Harms/**&quot; AND NOT &quot;Notice&quot;   ·   &quot;Stopped&quot; NEAR/turn &quot;Station&quot;</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Run the query</source>
        <translation>运行查询</translation>
    </message>
    <message>
        <source>Insert {text}</source>
        <translation>插入 {text}</translation>
    </message>
    <message>
        <source>NEAR distance in characters</source>
        <translation>NEAR 距离（字符数）</translation>
    </message>
    <message>
        <source>NEAR unit</source>
        <translation>NEAR 单位</translation>
    </message>
    <message>
        <source>Insert NEAR</source>
        <translation>插入 NEAR</translation>
    </message>
    <message>
        <source>The codings of the left side that lie within N characters of (or share a sentence, paragraph or speaker turn with) a coding of the right side</source>
        <translation>左侧的编码中，与右侧某个编码相距 N 个字符以内（或位于同一句子、段落或发言人话轮中）的编码</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear the query</source>
        <translation>清除查询</translation>
    </message>
    <message>
        <source>Query problem</source>
        <translation>查询问题</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>查询(&amp;Q)：</translation>
    </message>
</context>
<context>
    <name>FigureTab</name>
    <message>
        <source>with sub-codes</source>
        <translation>含子编码</translation>
    </message>
    <message>
        <source>own codings</source>
        <translation>自身编码</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <source>&amp;New project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>New encr&amp;ypted project…</source>
        <translation>新建加密项目(&amp;Y)…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import documents…</source>
        <translation>导入文档(&amp;I)…</translation>
    </message>
    <message>
        <source>Import sur&amp;vey or spreadsheet…</source>
        <translation>导入问卷或电子表格(&amp;V)…</translation>
    </message>
    <message>
        <source>Import code&amp;book (.qdc)…</source>
        <translation>导入编码本 (.qdc)(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Export codebook (.qdc)…</source>
        <translation>导出编码本 (.qdc)(&amp;E)…</translation>
    </message>
    <message>
        <source>Export to E&amp;xcel…</source>
        <translation>导出到 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>Report in &amp;Word or PDF…</source>
        <translation>生成 Word 或 PDF 报告(&amp;W)…</translation>
    </message>
    <message>
        <source>Import REFI-QDA pro&amp;ject (.qdpx)…</source>
        <translation>导入 REFI-QDA 项目 (.qdpx)(&amp;J)…</translation>
    </message>
    <message>
        <source>Export REFI-QDA projec&amp;t (.qdpx)…</source>
        <translation>导出 REFI-QDA 项目 (.qdpx)(&amp;T)…</translation>
    </message>
    <message>
        <source>Project &amp;memo…</source>
        <translation>项目备忘录(&amp;M)…</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>另存副本为(&amp;C)…</translation>
    </message>
    <message>
        <source>Encry&amp;pt this project…</source>
        <translation>加密此项目(&amp;P)…</translation>
    </message>
    <message>
        <source>Change pa&amp;ssphrase…</source>
        <translation>更改密码(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Decrypt this project…</source>
        <translation>解密此项目(&amp;D)…</translation>
    </message>
    <message>
        <source>Mer&amp;ge project…</source>
        <translation>合并项目(&amp;G)…</translation>
    </message>
    <message>
        <source>Prepare coder cop&amp;ies…</source>
        <translation>准备编码员副本(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>qcode projects (*.qcode)</source>
        <translation>qcode 项目 (*.qcode)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>Save a copy of the project</source>
        <translation>保存项目副本</translation>
    </message>
    <message>
        <source>{stem} copy.qcode</source>
        <translation>{stem} 副本.qcode</translation>
    </message>
    <message>
        <source>Could not save a copy: {problem}</source>
        <translation>无法保存副本：{problem}</translation>
    </message>
    <message>
        <source>Saved a copy as {path}.</source>
        <translation>已将副本保存为 {path}。</translation>
    </message>
    <message>
        <source>Project memo</source>
        <translation>项目备忘录</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Codes (with their sub-codes)</source>
        <translation>编码（含子编码）</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>编码员</translation>
    </message>
    <message>
        <source>Codings made</source>
        <translation>编码来源</translation>
    </message>
    <message>
        <source>e.g. gender=female, city=Beijing</source>
        <translation>例如 gender=female, city=Beijing</translation>
    </message>
    <message>
        <source>Document attributes, as name=value, comma-separated</source>
        <translation>文档属性，格式为 名称=值，以逗号分隔</translation>
    </message>
    <message>
        <source>A document must match every named attribute; the same name twice means either value.</source>
        <translation>文档必须符合所列的每个属性；同一名称出现两次表示取其中任一值。</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Add an attribute value to the filter</source>
        <translation>向筛选条件添加一个属性值</translation>
    </message>
    <message>
        <source>&amp;Apply filters</source>
        <translation>应用筛选(&amp;A)</translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation>应用筛选</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>清除所有筛选</translation>
    </message>
    <message>
        <source>Filters in use</source>
        <translation>当前使用的筛选</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>文档(&amp;D)</translation>
    </message>
    <message>
        <source>C&amp;odes</source>
        <translation>编码(&amp;O)</translation>
    </message>
    <message>
        <source>Cod&amp;ers</source>
        <translation>编码员(&amp;E)</translation>
    </message>
    <message>
        <source>Codings &amp;made</source>
        <translation>编码来源(&amp;M)</translation>
    </message>
    <message>
        <source>A&amp;ttributes</source>
        <translation>属性(&amp;T)</translation>
    </message>
    <message>
        <source>{name}: none selected means all</source>
        <translation>{name}：不选即为全部</translation>
    </message>
    <message>
        <source>Select one or more (Ctrl+click, Shift+click); none selected means all.</source>
        <translation>可选择一项或多项（Ctrl+点击、Shift+点击）；不选即为全部。</translation>
    </message>
    <message>
        <source>(no document has attributes)</source>
        <translation>（没有文档设置属性）</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Filters:&lt;/b&gt; {escaped}</source>
        <translation>&lt;b&gt;筛选：&lt;/b&gt;{escaped}</translation>
    </message>
</context>
<context>
    <name>FrameworkWindow</name>
    <message>
        <source>Framework matrix — {name} — qcode</source>
        <translation>框架矩阵 — {name} — qcode</translation>
    </message>
    <message>
        <source>Framework matrix</source>
        <translation>框架矩阵</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>建议的</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>个案</translation>
    </message>
    <message>
        <source>with sub-codes</source>
        <translation>含子编码</translation>
    </message>
    <message>
        <source>Count each code&apos;s sub-codes in its column</source>
        <translation>在每列中计入该编码的子编码</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Export the framework matrix to Excel</source>
        <translation>将框架矩阵导出到 Excel</translation>
    </message>
    <message>
        <source>Framework grid</source>
        <translation>框架表格</translation>
    </message>
    <message>
        <source>Choose a cell: a case (row) and a code (column).</source>
        <translation>请选择一个单元格：一个个案（行）和一个编码（列）。</translation>
    </message>
    <message>
        <source>Cell chosen</source>
        <translation>所选单元格</translation>
    </message>
    <message>
        <source>Coded text of the cell</source>
        <translation>单元格的已编码文本</translation>
    </message>
    <message>
        <source>Tick a passage to link it to the summary as a quote</source>
        <translation>勾选一段文字，将其作为引文链接到摘要</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Your summary of this case on this code…</source>
        <translation>您对此个案在此编码上的摘要…</translation>
    </message>
    <message>
        <source>&amp;Save summary</source>
        <translation>保存摘要(&amp;S)</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>保存摘要</translation>
    </message>
    <message>
        <source>Summary saved or not</source>
        <translation>摘要是否已保存</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Coded text (tick a passage to quote it in the summary):</source>
        <translation>已编码文本（勾选一段文字，在摘要中引用）：</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>摘要(&amp;S)：</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{case}&lt;/b&gt; × &lt;b&gt;{code}&lt;/b&gt; — %Ln coded passages, {n_quoted} quoted</source>
        <translation>
            <numerusform>&lt;b&gt;{case}&lt;/b&gt; × &lt;b&gt;{code}&lt;/b&gt; — %Ln 个已编码文段，引用 {n_quoted} 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved yet (saved when you leave the editor).</source>
        <translation>尚未保存（离开编辑框时保存）。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>this version of qcode cannot write a Framework sheet</source>
        <translation>此版本的 qcode 无法写入框架表</translation>
    </message>
    <message>
        <source>Export framework matrix</source>
        <translation>导出框架矩阵</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Wrote the framework matrix to {target}.</source>
        <translation>已将框架矩阵写入 {target}。</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>正在写入工作簿…</translation>
    </message>
</context>
<context>
    <name>FrequenciesTab</name>
    <message>
        <source>{m}: the code&apos;s own codings</source>
        <translation>{m}：该编码自身的编码</translation>
    </message>
    <message>
        <source>{m}: the code&apos;s codings and its sub-codes&apos;</source>
        <translation>{m}：该编码及其子编码的编码</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
</context>
<context>
    <name>GradesDialog</name>
    <message>
        <source>first-hand witness</source>
        <translation>第一手证人</translation>
    </message>
    <message>
        <source>second-hand</source>
        <translation>第二手</translation>
    </message>
    <message>
        <source>documentary</source>
        <translation>文献证据</translation>
    </message>
    <message>
        <source>Source grades</source>
        <translation>来源等级</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>&amp;First-hand (the source saw or lived it)</source>
        <translation>第一手（来源亲眼所见或亲身经历）(&amp;F)</translation>
    </message>
    <message>
        <source>The chosen grade is first-hand</source>
        <translation>所选等级为第一手</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;N)…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>Add the usual three</source>
        <translation>添加常用的三个等级</translation>
    </message>
    <message>
        <source>{action} grade</source>
        <translation>{action}等级</translation>
    </message>
    <message>
        <source>A coding can carry one grade (right-click it in the text ▸ Grade). The corroboration table counts the sources with a first-hand grade.</source>
        <translation>每个编码可带一个等级（在文本中右键点击 ▸ 等级）。佐证表统计带有第一手等级的来源。</translation>
    </message>
    <message>
        <source>  (first-hand)</source>
        <translation>  （第一手）</translation>
    </message>
    <message>
        <source>New grade</source>
        <translation>新建等级</translation>
    </message>
    <message>
        <source>Name of the grade:</source>
        <translation>等级名称：</translation>
    </message>
    <message>
        <source>Rename grade</source>
        <translation>重命名等级</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
</context>
<context>
    <name>HitsModel</name>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>文段</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>How the codings in the passage were made</source>
        <translation>该文段中编码的产生方式</translation>
    </message>
</context>
<context>
    <name>HitsView</name>
    <message>
        <source>Query results</source>
        <translation>查询结果</translation>
    </message>
</context>
<context>
    <name>IdentifiersDialog</name>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>发现方式</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>替换为</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>模式匹配</translation>
    </message>
    <message>
        <source>language model</source>
        <translation>语言模型</translation>
    </message>
    <message>
        <source>pseudonym table</source>
        <translation>化名表</translation>
    </message>
    <message>
        <source>Find identifying details — qcode</source>
        <translation>查找身份信息 — qcode</translation>
    </message>
    <message>
        <source>Find identifying details</source>
        <translation>查找身份信息</translation>
    </message>
    <message>
        <source>Look in</source>
        <translation>查找范围</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>所有文档</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Identifying details</source>
        <translation>身份信息</translation>
    </message>
    <message>
        <source>&amp;Add to pseudonyms</source>
        <translation>添加到化名表(&amp;A)</translation>
    </message>
    <message>
        <source>Add to pseudonyms</source>
        <translation>添加到化名表</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>全部勾选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Untick all</source>
        <translation>全部取消勾选(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Tick the details that could identify someone and check each replacement; exports will show the replacement instead. Double-click a row to see it in its document.</source>
        <translation>勾选可能暴露他人身份的信息，并检查每个替换内容；导出时将显示替换内容。双击某行可在其文档中查看。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln possible identifying details found.</source>
        <translation>
            <numerusform>发现 %Ln 处可能的身份信息。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln pseudonyms (Edit ▸ Undo takes them back).</source>
        <translation>
            <numerusform>已添加 %Ln 个化名（“编辑 ▸ 撤销”可以撤回）。</numerusform>
        </translation>
    </message>
    <message>
        <source>in table</source>
        <translation>已在表中</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language is used the next time qcode starts.</source>
        <translation>新语言将在下次启动 qcode 时使用。</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link coding</source>
        <translation>链接编码</translation>
    </message>
    <message>
        <source>Which codings to list</source>
        <translation>列出哪些编码</translation>
    </message>
    <message>
        <source>this document</source>
        <translation>此文档</translation>
    </message>
    <message>
        <source>the whole project</source>
        <translation>整个项目</translation>
    </message>
    <message>
        <source>Code of the codings listed</source>
        <translation>所列编码的编码类别</translation>
    </message>
    <message>
        <source>(every code)</source>
        <translation>（所有编码）</translation>
    </message>
    <message>
        <source>Coding to link to</source>
        <translation>要链接到的编码</translation>
    </message>
    <message>
        <source>Link type</source>
        <translation>链接类型</translation>
    </message>
    <message>
        <source>New type…</source>
        <translation>新类型…</translation>
    </message>
    <message>
        <source>Link memo</source>
        <translation>链接备忘录</translation>
    </message>
    <message>
        <source>optional: why these passages belong together</source>
        <translation>可选：为什么这些文段相互关联</translation>
    </message>
    <message>
        <source>Link problem</source>
        <translation>链接问题</translation>
    </message>
    <message>
        <source>Show codings in</source>
        <translation>显示范围</translation>
    </message>
    <message>
        <source>of</source>
        <translation>中的编码：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Memo:</source>
        <translation>备忘录(&amp;M)：</translation>
    </message>
    <message>
        <source>From: {segment_label}</source>
        <translation>从：{segment_label}</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>New link type</source>
        <translation>新建链接类型</translation>
    </message>
    <message>
        <source>Name of the link type:</source>
        <translation>链接类型名称：</translation>
    </message>
    <message>
        <source>(chosen before) {label}</source>
        <translation>（之前选择的）{label}</translation>
    </message>
    <message>
        <source>Choose a code to list the project&apos;s codings of it.</source>
        <translation>选择一个编码，列出项目中该编码的所有编码。</translation>
    </message>
    <message>
        <source>Choose the coding to link to.</source>
        <translation>请选择要链接到的编码。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>All coders</source>
        <translation>所有编码员</translation>
    </message>
    <message>
        <source>(project as opened)</source>
        <translation>（项目打开时的状态）</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>编辑历史</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>编码本</translation>
    </message>
    <message>
        <source>Coded segments</source>
        <translation>已编码片段</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>个案</translation>
    </message>
    <message>
        <source>Show codings by</source>
        <translation>显示哪位编码员的编码</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find in documents…</source>
        <translation>在文档中查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Coding</source>
        <translation>编码(&amp;C)</translation>
    </message>
    <message>
        <source>Favourite codes (keys 1–9)</source>
        <translation>常用编码（按键 1–9）</translation>
    </message>
    <message>
        <source>Set my coder &amp;name…</source>
        <translation>设置我的编码员姓名(&amp;N)…</translation>
    </message>
    <message>
        <source>C&amp;odes</source>
        <translation>编码本(&amp;O)</translation>
    </message>
    <message>
        <source>Code &amp;memo…</source>
        <translation>编码备忘录(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>文档(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>报告(&amp;R)</translation>
    </message>
    <message>
        <source>Inter-coder &amp;agreement…</source>
        <translation>编码员间一致性(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Query…</source>
        <translation>查询(&amp;Q)…</translation>
    </message>
    <message>
        <source>&amp;Framework matrix…</source>
        <translation>框架矩阵(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Corroboration…</source>
        <translation>佐证(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Speakers</source>
        <translation>发言人(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;ases</source>
        <translation>个案(&amp;A)</translation>
    </message>
    <message>
        <source>Source &amp;grades…</source>
        <translation>来源等级(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>隐私(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Pseudonyms…</source>
        <translation>化名(&amp;P)…</translation>
    </message>
    <message>
        <source>Find &amp;identifying details…</source>
        <translation>查找身份信息(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Redact documents permanently…</source>
        <translation>永久删改文档(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About qcode…</source>
        <translation>关于 qcode(&amp;A)…</translation>
    </message>
    <message>
        <source>{n_documents} documents</source>
        <translation>{n_documents} 份文档</translation>
    </message>
    <message>
        <source>Assign to case…</source>
        <translation>归入个案…</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Code as…</source>
        <translation>编码为…</translation>
    </message>
    <message>
        <source>In vivo</source>
        <translation>实境编码</translation>
    </message>
    <message>
        <source> Show codings by: </source>
        <translation> 显示编码员：</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [只读]</translation>
    </message>
    <message>
        <source> 🔒 [encrypted]</source>
        <translation> 🔒 [已加密]</translation>
    </message>
    <message>
        <source>{name} ({file}){flag} — qcode</source>
        <translation>{name}（{file}）{flag} — qcode</translation>
    </message>
    <message>
        <source>Coding as: {coder_name}  </source>
        <translation>编码员：{coder_name}  </translation>
    </message>
    <message>
        <source>Select a code in the codebook first.</source>
        <translation>请先在编码本中选择一个编码。</translation>
    </message>
    <message>
        <source>Memo on code &apos;{name}&apos;</source>
        <translation>编码“{name}”的备忘录</translation>
    </message>
    <message>
        <source>Ctrl+O open project · Ctrl+Shift+I import documents · Ctrl+F find in documents</source>
        <translation>Ctrl+O 打开项目 · Ctrl+Shift+I 导入文档 · Ctrl+F 在文档中查找</translation>
    </message>
    <message>
        <source>Ctrl+K code selection as… · Ctrl+I code in vivo · 1–9 favourite codes</source>
        <translation>Ctrl+K 将所选文本编码为… · Ctrl+I 实境编码 · 1–9 常用编码</translation>
    </message>
    <message>
        <source>Ctrl+Z undo · Ctrl+Shift+Z redo · F2 rename · Delete remove</source>
        <translation>Ctrl+Z 撤销 · Ctrl+Shift+Z 重做 · F2 重命名 · Delete 删除</translation>
    </message>
    <message>
        <source>Ctrl+R reports · Ctrl+E export to Excel · Ctrl+Shift+Q query the coding</source>
        <translation>Ctrl+R 报告 · Ctrl+E 导出到 Excel · Ctrl+Shift+Q 查询编码</translation>
    </message>
    <message>
        <source>Double-click a code to apply it to the selected text, or drag the text onto a code.</source>
        <translation>双击编码即可将其应用到所选文本，也可以把文本拖到编码上。</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>MatrixTab</name>
    <message>
        <source>Include &amp;sub-codes</source>
        <translation>包括子编码(&amp;S)</translation>
    </message>
    <message>
        <source>Count each code&apos;s sub-codes in its row</source>
        <translation>在每行中计入该编码的子编码</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source> in {headers}</source>
        <translation> （{headers}）</translation>
    </message>
</context>
<context>
    <name>MediaPlayer</name>
    <message>
        <source>Recording player</source>
        <translation>录音播放器</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Play or pause the recording</source>
        <translation>播放或暂停录音</translation>
    </message>
    <message>
        <source>−{SKIP_SECONDS:.0f} s</source>
        <translation>−{SKIP_SECONDS:.0f} 秒</translation>
    </message>
    <message>
        <source>Back five seconds</source>
        <translation>后退五秒</translation>
    </message>
    <message>
        <source>+{SKIP_SECONDS:.0f} s</source>
        <translation>+{SKIP_SECONDS:.0f} 秒</translation>
    </message>
    <message>
        <source>Forward five seconds</source>
        <translation>前进五秒</translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation>录音中的位置</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Follow in text</source>
        <translation>文本跟随</translation>
    </message>
    <message>
        <source>Scroll the text to the passage being played</source>
        <translation>将文本滚动到正在播放的片段</translation>
    </message>
    <message>
        <source>Recording status</source>
        <translation>录音状态</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>This copy of qcode cannot play {name}: Qt Multimedia is missing.</source>
        <translation>此 qcode 无法播放 {name}：缺少 Qt Multimedia。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>the recording</source>
        <translation>该录音</translation>
    </message>
    <message>
        <source>its format or codec is not supported on this computer</source>
        <translation>此电脑不支持其格式或编解码器</translation>
    </message>
    <message>
        <source>{name} cannot be played: {reason}. The transcript stays usable.</source>
        <translation>无法播放 {name}：{reason}。转录文本仍可使用。</translation>
    </message>
</context>
<context>
    <name>MediaSync</name>
    <message>
        <source>The recording {file_name} is not the file that was linked (bytes changed). The transcript stays usable.</source>
        <translation>录音 {file_name} 不是当初链接的文件（字节已改变）。转录文本仍可使用。</translation>
    </message>
    <message>
        <source>The recording {file_name} is missing (looked for {path}). The transcript stays usable.</source>
        <translation>录音 {file_name} 缺失（查找位置：{path}）。转录文本仍可使用。</translation>
    </message>
    <message>
        <source>Found {name} at {parent}</source>
        <translation>在 {parent} 中找到 {name}</translation>
    </message>
    <message>
        <source>The recording is not encrypted.</source>
        <translation>该录音未加密。</translation>
    </message>
    <message>
        <source>This transcript has no times.</source>
        <translation>此转录文本没有时间标记。</translation>
    </message>
    <message>
        <source>Play this passage {label} ({clock_span})</source>
        <translation>播放此片段 {label}（{clock_span}）</translation>
    </message>
    <message>
        <source>  in the recording at {shown}</source>
        <translation>  在录音中的 {shown}</translation>
    </message>
</context>
<context>
    <name>MemoDialog</name>
    <message>
        <source>memo target must be one of {MEMO_TARGETS}, not {target!r}</source>
        <translation>备忘录对象必须是 {MEMO_TARGETS} 之一，而不是 {target!r}</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>备忘录</translation>
    </message>
    <message>
        <source>Memo text</source>
        <translation>备忘录内容</translation>
    </message>
    <message>
        <source>Write your memo here…</source>
        <translation>在此写下您的备忘录…</translation>
    </message>
    <message>
        <source>&amp;New memo</source>
        <translation>新建备忘录(&amp;N)</translation>
    </message>
    <message>
        <source>New memo</source>
        <translation>新建备忘录</translation>
    </message>
    <message>
        <source>&amp;Delete memo</source>
        <translation>删除备忘录(&amp;D)</translation>
    </message>
    <message>
        <source>Delete memo</source>
        <translation>删除备忘录</translation>
    </message>
    <message>
        <source>Memo problem</source>
        <translation>备忘录问题</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>A memo cannot be empty: write something, or press Delete memo.</source>
        <translation>备忘录不能为空：请写点内容，或点击“删除备忘录”。</translation>
    </message>
</context>
<context>
    <name>MemosTab</name>
    <message>
        <source>Memos</source>
        <translation>备忘录</translation>
    </message>
    <message>
        <source>Show the memo&apos;s text</source>
        <translation>显示备忘录内容</translation>
    </message>
    <message numerus="yes">
        <source>%Ln memos.</source>
        <translation>
            <numerusform>%Ln 条备忘录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Memo: {title}</source>
        <translation>备忘录：{title}</translation>
    </message>
</context>
<context>
    <name>MergeReportDialog</name>
    <message>
        <source>Merge report — qcode</source>
        <translation>合并报告 — qcode</translation>
    </message>
    <message>
        <source>Merge report</source>
        <translation>合并报告</translation>
    </message>
    <message>
        <source>Merged projects</source>
        <translation>已合并的项目</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>报告已保存</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>Merged from &lt;b&gt;{escape}&lt;/b&gt;.</source>
        <translation>已从 &lt;b&gt;{escape}&lt;/b&gt; 合并。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln codings were kept on a copy of their document, because their text is not in this project.</source>
        <translation>
            <numerusform>%Ln 处编码保留在其文档的副本上，因为其文本不在本项目中。</numerusform>
        </translation>
    </message>
    <message>
        <source>This project as it was before: {escape}</source>
        <translation>此项目合并前的状态：{escape}</translation>
    </message>
    <message>
        <source>No backup was written.</source>
        <translation>未写入备份。</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Conflicts to check ({n_conflicts})</source>
        <translation>需要检查的冲突（{n_conflicts}）</translation>
    </message>
    <message>
        <source>None: nothing to check.</source>
        <translation>无：没有需要检查的内容。</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>coding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>memo</source>
        <translation>备忘录</translation>
    </message>
    <message>
        <source>coder</source>
        <translation>编码者</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>pseudonym</source>
        <translation>假名</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>case</source>
        <translation>个案</translation>
    </message>
    <message>
        <source>framework</source>
        <translation>框架</translation>
    </message>
    <message>
        <source>link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>评级</translation>
    </message>
    <message>
        <source>query</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Re-anchored codings ({n_moved})</source>
        <translation>重新定位的编码（{n_moved}）</translation>
    </message>
    <message>
        <source>None: every merged coding covers the same text as in the other project.</source>
        <translation>无：每个合并进来的编码所覆盖的文本都与另一个项目中相同。</translation>
    </message>
    <message>
        <source>These documents&apos; text differs between the projects, so these codings were moved to where the same text is in this project.</source>
        <translation>这些文档的文本在两个项目之间不同，因此这些编码已移到此项目中相同文本所在的位置。</translation>
    </message>
    <message>
        <source>Re-anchored codings</source>
        <translation>重新定位的编码</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>编码员</translation>
    </message>
    <message>
        <source>Old text</source>
        <translation>原文本</translation>
    </message>
    <message>
        <source>New text</source>
        <translation>新文本</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>编码数</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>备忘录</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>编码员</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Attribute values</source>
        <translation>属性值</translation>
    </message>
    <message>
        <source>Rejected suggestions</source>
        <translation>已拒绝的建议</translation>
    </message>
    <message>
        <source>Pseudonyms</source>
        <translation>化名</translation>
    </message>
    <message>
        <source>Merge counts</source>
        <translation>合并统计</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>Already here (skipped)</source>
        <translation>已存在（跳过）</translation>
    </message>
    <message>
        <source>Save merge report</source>
        <translation>保存合并报告</translation>
    </message>
    <message>
        <source>merge report.json</source>
        <translation>合并报告.json</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not save the report: {problem}</source>
        <translation>无法保存报告：{problem}</translation>
    </message>
    <message>
        <source>Saved the report to {path}.</source>
        <translation>已将报告保存到 {path}。</translation>
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
        <translation>密码</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Edit participant</source>
        <translation>编辑参与者</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>添加参与者</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Their documents</source>
        <translation>其文档</translation>
    </message>
    <message>
        <source>Speaker label</source>
        <translation>发言人标签</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Their &amp;documents:</source>
        <translation>其文档(&amp;D)：</translation>
    </message>
    <message>
        <source>Their turns as &amp;speaker:</source>
        <translation>其作为发言人的话轮(&amp;S)：</translation>
    </message>
    <message>
        <source>May be &amp;quoted:</source>
        <translation>可以引用(&amp;Q)：</translation>
    </message>
    <message>
        <source>May be na&amp;med:</source>
        <translation>可以具名(&amp;M)：</translation>
    </message>
    <message>
        <source>Keep the &amp;recording:</source>
        <translation>保留录音(&amp;R)：</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (empty: no date)</source>
        <translation>YYYY-MM-DD（留空：无日期）</translation>
    </message>
    <message>
        <source>Retain until</source>
        <translation>保留至</translation>
    </message>
    <message>
        <source>e.g. the number of their signed consent form</source>
        <translation>例如其签署的知情同意书编号</translation>
    </message>
    <message>
        <source>Consent reference</source>
        <translation>知情同意编号</translation>
    </message>
    <message>
        <source>Keep their data &amp;until:</source>
        <translation>数据保留至(&amp;U)：</translation>
    </message>
    <message>
        <source>Consent &amp;reference:</source>
        <translation>知情同意编号(&amp;R)：</translation>
    </message>
    <message>
        <source>A passage of a participant who may not be quoted is left out of every export of quotes (with a count of what was left out).</source>
        <translation>不可引用的参与者的文段不会出现在任何引文导出中（会注明略去的数量）。</translation>
    </message>
    <message>
        <source>Recordings to unlink</source>
        <translation>要取消链接的录音</translation>
    </message>
    <message>
        <source>Also de&amp;lete the files of their own interviews&apos; recordings</source>
        <translation>同时删除其本人访谈的录音文件(&amp;L)</translation>
    </message>
    <message>
        <source>Only a file that is still the recording linked; never a group recording, which holds other people&apos;s voices</source>
        <translation>只删除仍是所链接录音的文件；绝不删除含有其他人声音的小组录音</translation>
    </message>
    <message>
        <source>{file} — others speak in it too: cut their turns out of it or delete it</source>
        <translation>{file} — 其中也有其他人发言：请剪掉其发言或删除它</translation>
    </message>
    <message>
        <source>{file} — their own interview</source>
        <translation>{file} — 其本人的访谈</translation>
    </message>
    <message>
        <source>Their recording may not be kept: saving unlinks these recordings; the files stay on disk unless you tick below:
{recordings}</source>
        <translation>其录音不得保留：保存时将取消这些录音的链接；除非勾选下方选项，文件会留在磁盘上：
{recordings}</translation>
    </message>
    <message>
        <source>Recordings unlinked</source>
        <translation>录音已取消链接</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>May what they said be quoted in exports and reports?</source>
        <translation>其所说内容可否在导出和报告中引用？</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>具名</translation>
    </message>
    <message>
        <source>May they be named?</source>
        <translation>可否提及其姓名？</translation>
    </message>
    <message>
        <source>Keep recording</source>
        <translation>保留录音</translation>
    </message>
    <message>
        <source>May the recording be kept?</source>
        <translation>录音可否保留？</translation>
    </message>
    <message>
        <source>Retain until</source>
        <translation>保留至</translation>
    </message>
    <message>
        <source>This date has passed.</source>
        <translation>该日期已过。</translation>
    </message>
    <message>
        <source>Consent ref</source>
        <translation>知情同意编号</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>Participants</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Withdraw participant…</source>
        <translation>撤回参与者(&amp;W)…</translation>
    </message>
    <message>
        <source>Delete everything about the selected participant, for good (not undoable)</source>
        <translation>永久删除所选参与者的全部相关内容（不可撤销）</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Withdraw participant…</source>
        <translation>撤回参与者…</translation>
    </message>
    <message>
        <source>Select a participant first.</source>
        <translation>请先选择一位参与者。</translation>
    </message>
    <message>
        <source>Select the participant who withdrew first.</source>
        <translation>请先选择撤回同意的参与者。</translation>
    </message>
</context>
<context>
    <name>Plural</name>
    <message numerus="yes">
        <source>%Ln codings</source>
        <translation>
            <numerusform>%Ln 处编码</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bytes</source>
        <translation>
            <numerusform>%Ln 字节</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %Ln more lines of difference not shown</source>
        <translation>
            <numerusform>… 另有 %Ln 行差异未显示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln documents</source>
        <translation>
            <numerusform>%Ln 份文档</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln original files</source>
        <translation>
            <numerusform>%Ln 个原始文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln past versions</source>
        <translation>
            <numerusform>%Ln 个历史版本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problems</source>
        <translation>
            <numerusform>%Ln 个问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This project has %Ln pseudonyms.</source>
        <translation>
            <numerusform>此项目有 %Ln 个化名。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants did not consent to being quoted: {names}.</source>
        <translation>
            <numerusform>有 %Ln 位参与者不同意被引用：{names}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln sheets ({segments}) to {target}.</source>
        <translation>
            <numerusform>已将 %Ln 个工作表（{segments}）写入 {target}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coded segments</source>
        <translation>
            <numerusform>%Ln 个已编码片段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln coded segments to {target}.</source>
        <translation>
            <numerusform>已将 %Ln 个已编码片段写入 {target}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln codes</source>
        <translation>
            <numerusform>%Ln 个编码</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln memos</source>
        <translation>
            <numerusform>%Ln 条备忘录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This project links %Ln recordings to its transcripts. Put the recordings inside the .qdpx file? The file grows by their size; without them it refers to each recording by its path on this computer. A pseudonymised export never holds recordings.</source>
        <translation>
            <numerusform>本项目有 %Ln 个录音与转录文本相链接。是否将录音放入 .qdpx 文件？文件会随之增大；不放入时，文件按本机上的路径引用每个录音。化名导出从不包含录音。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln documents.</source>
        <translation>
            <numerusform>已导入 %Ln 份文档。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… 以及另外 %Ln 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln documents. Please check:

</source>
        <translation>
            <numerusform>已导入 %Ln 份文档。请检查：

</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coders</source>
        <translation>
            <numerusform>%Ln 位编码员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attributes</source>
        <translation>
            <numerusform>%Ln 个属性</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From {name}: %Ln cases created, {updated} updated, {unchanged} unchanged.</source>
        <translation>
            <numerusform>来自 {name}：新建 %Ln 个个案，更新 {updated} 个，未变 {unchanged} 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants did not consent to being quoted ({names}): their passages are left out and counted.</source>
        <translation>
            <numerusform>有 %Ln 位参与者不同意被引用（{names}）：他们的文段已被略去并计数。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sections</source>
        <translation>
            <numerusform>%Ln 个章节</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln quotes</source>
        <translation>
            <numerusform>%Ln 条引文</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln disagreements</source>
        <translation>
            <numerusform>%Ln 处分歧</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %Ln projects into {name}? A backup is written first.</source>
        <translation>
            <numerusform>将 %Ln 个项目合并到 {name}？合并前会先写入备份。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %Ln projects: {added}.</source>
        <translation>
            <numerusform>已合并 %Ln 个项目：{added}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln codings added</source>
        <translation>
            <numerusform>新增 %Ln 处编码</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln backups</source>
        <translation>
            <numerusform>%Ln 个备份</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProvenanceDialog</name>
    <message>
        <source>Provenance of &apos;{name}&apos;</source>
        <translation>“{name}”的来源</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}：</translation>
    </message>
    <message>
        <source>&amp;Save original file…</source>
        <translation>保存原始文件(&amp;S)…</translation>
    </message>
    <message>
        <source>Save original file</source>
        <translation>保存原始文件</translation>
    </message>
    <message>
        <source>Text versions</source>
        <translation>文本版本</translation>
    </message>
    <message>
        <source>Difference from the text now</source>
        <translation>与当前文本的差异</translation>
    </message>
    <message>
        <source>Versions of the text ({count}); choose one to see how it differs from the text now:</source>
        <translation>文本的版本（{count}）；选择一个版本查看它与当前文本的差异：</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message numerus="yes">
        <source>{name} (%Ln characters)</source>
        <translation>
            <numerusform>{name}（%Ln 个字符）</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>导入自</translation>
    </message>
    <message>
        <source>no file (added as text: a survey answer, or a project exchange file without its source)</source>
        <translation>无文件（以文本形式添加：问卷回答，或不含源文件的项目交换文件）</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation>{when}，由 {who}</translation>
    </message>
    <message>
        <source>Original kept</source>
        <translation>是否保留原件</translation>
    </message>
    <message>
        <source>yes, byte for byte, inside the project</source>
        <translation>是，逐字节保存在项目中</translation>
    </message>
    <message>
        <source>no: only its name, size and SHA-256 (the project keeps no imported files)</source>
        <translation>否：仅保存其名称、大小和 SHA-256（项目不保留导入的文件）</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转换</translation>
    </message>
    <message>
        <source>nothing was dropped or changed</source>
        <translation>没有内容被删除或更改</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; was not imported from a file: it has no original.</source>
        <translation>“{name}”不是从文件导入的：没有原始文件。</translation>
    </message>
    <message>
        <source>The bytes of {file_name} were not kept in the project, only its size and SHA-256.</source>
        <translation>{file_name} 的字节未保存在项目中，仅保存了其大小和 SHA-256。</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <source>now (version {latest})</source>
        <translation>当前（版本 {latest}）</translation>
    </message>
    <message>
        <source>Save the original file</source>
        <translation>保存原始文件</translation>
    </message>
    <message>
        <source>Wrote the original file to {written} (checked: its hash matches).</source>
        <translation>已将原始文件写入 {written}（已校验：哈希值一致）。</translation>
    </message>
</context>
<context>
    <name>PseudonymsDialog</name>
    <message>
        <source>Pseudonyms — qcode</source>
        <translation>化名 — qcode</translation>
    </message>
    <message>
        <source>Pseudonyms</source>
        <translation>化名</translation>
    </message>
    <message>
        <source>Exports show the replacement wherever the identifier appears. The project&apos;s own text is not changed.</source>
        <translation>导出时，凡出现身份标识之处都会显示替换内容。项目自身的文本不会改变。</translation>
    </message>
    <message>
        <source>Pseudonym table</source>
        <translation>化名表</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>身份标识</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>替换为</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>e.g. Zhang Wei</source>
        <translation>例如 张伟</translation>
    </message>
    <message>
        <source>e.g. Respondent 3</source>
        <translation>例如 受访者 3</translation>
    </message>
    <message>
        <source>&amp;Identifier:</source>
        <translation>身份标识(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Replacement:</source>
        <translation>替换为(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Add or change</source>
        <translation>添加或修改(&amp;A)</translation>
    </message>
    <message>
        <source>Add or change pseudonym</source>
        <translation>添加或修改化名</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete pseudonyms</source>
        <translation>删除化名</translation>
    </message>
    <message>
        <source>Find &amp;identifying details…</source>
        <translation>查找身份信息(&amp;I)…</translation>
    </message>
    <message>
        <source>Pseudonym set: → {replacement}</source>
        <translation>已设置化名：→ {replacement}</translation>
    </message>
</context>
<context>
    <name>QueryWindow</name>
    <message>
        <source>Query — {name} — qcode</source>
        <translation>查询 — {name} — qcode</translation>
    </message>
    <message>
        <source>Query builder</source>
        <translation>查询构建器</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>编码员</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>Speakers whose turns the results leave out</source>
        <translation>结果中排除其话轮的发言人</translation>
    </message>
    <message>
        <source>Codings made</source>
        <translation>编码来源</translation>
    </message>
    <message>
        <source>Only the codings made these ways count</source>
        <translation>只计入以这些方式产生的编码</translation>
    </message>
    <message>
        <source>Document attributes, as name=value, comma-separated</source>
        <translation>文档属性，格式为 名称=值，以逗号分隔</translation>
    </message>
    <message>
        <source>attributes, e.g. gender=female</source>
        <translation>属性，例如 gender=female</translation>
    </message>
    <message>
        <source>Build a query, then Run.</source>
        <translation>构建查询，然后点击“运行”。</translation>
    </message>
    <message>
        <source>Number of passages found</source>
        <translation>找到的文段数</translation>
    </message>
    <message>
        <source>&amp;Save query…</source>
        <translation>保存查询(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Code all results as…</source>
        <translation>将所有结果编码为(&amp;C)…</translation>
    </message>
    <message>
        <source>Code all results as a &amp;new code…</source>
        <translation>将所有结果编码为新编码(&amp;N)…</translation>
    </message>
    <message>
        <source>Saved queries</source>
        <translation>已保存的查询</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Run the saved query</source>
        <translation>运行已保存的查询</translation>
    </message>
    <message>
        <source>Rename the saved query</source>
        <translation>重命名已保存的查询</translation>
    </message>
    <message>
        <source>Delete the saved query</source>
        <translation>删除已保存的查询</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>筛选：</translation>
    </message>
    <message>
        <source>Saved queries (double-click to run):</source>
        <translation>已保存的查询（双击运行）：</translation>
    </message>
    <message>
        <source>Type a query, or double-click codes and click operators.</source>
        <translation>输入查询，或双击编码并点击运算符。</translation>
    </message>
    <message>
        <source>No passage answers this query.</source>
        <translation>没有符合此查询的文段。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln documents</source>
        <translation>
            <numerusform>%Ln 份文档</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln passages in {documents}</source>
        <translation>
            <numerusform>{documents}中的 %Ln 个文段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coded %Ln passages as &apos;{name}&apos;{note}.</source>
        <translation>
            <numerusform>已将 %Ln 个文段编码为“{name}”{note}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save query</source>
        <translation>保存查询</translation>
    </message>
    <message>
        <source>{count} — the coding changed: Run again to update.</source>
        <translation>{count} — 编码已有改动：请重新运行以更新。</translation>
    </message>
    <message>
        <source>Name of the query:</source>
        <translation>查询名称：</translation>
    </message>
    <message>
        <source>Saved the query &apos;{name}&apos; (Edit ▸ Undo takes it back).</source>
        <translation>已保存查询“{name}”（“编辑 ▸ 撤销”可以撤回）。</translation>
    </message>
    <message>
        <source>Rename query</source>
        <translation>重命名查询</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Run a query that finds passages first.</source>
        <translation>请先运行一个能找到文段的查询。</translation>
    </message>
    <message>
        <source>Code all results as…</source>
        <translation>将所有结果编码为…</translation>
    </message>
    <message>
        <source> ({skipped_duplicates} already coded so)</source>
        <translation> （{skipped_duplicates} 个已有此编码）</translation>
    </message>
    <message>
        <source>Code all results as a new code</source>
        <translation>将所有结果编码为新编码</translation>
    </message>
    <message>
        <source>Name of the new code (Parent/Child to put it under a code):</source>
        <translation>新编码名称（用 上级/下级 的形式放到某个编码之下）：</translation>
    </message>
</context>
<context>
    <name>RankedView</name>
    <message>
        <source>This document</source>
        <translation>此文档</translation>
    </message>
    <message>
        <source>Whole project</source>
        <translation>整个项目</translation>
    </message>
    <message>
        <source>Find more like a code</source>
        <translation>查找与某编码相似的更多文段</translation>
    </message>
    <message>
        <source>Code to rank passages for</source>
        <translation>用于给文段排序的编码</translation>
    </message>
    <message>
        <source>Rank passages of</source>
        <translation>要排序的文段范围</translation>
    </message>
    <message>
        <source>&amp;Rank</source>
        <translation>排序(&amp;R)</translation>
    </message>
    <message>
        <source>Ranking status</source>
        <translation>排序状态</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Ranked passages</source>
        <translation>已排序的文段</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>拒绝(&amp;J)</translation>
    </message>
    <message>
        <source>The codebook has no code to rank passages for.</source>
        <translation>编码本中没有可用于给文段排序的编码。</translation>
    </message>
    <message>
        <source>Ranking…</source>
        <translation>正在排序…</translation>
    </message>
    <message>
        <source>Could not rank: {problem}</source>
        <translation>无法排序：{problem}</translation>
    </message>
    <message>
        <source>Suggestions are still learning: rank again in a moment.</source>
        <translation>建议仍在学习中：请稍后再排序。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln passages, most likely first.</source>
        <translation>
            <numerusform>%Ln 个文段，可能性最高的在前。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RedactionDialog</name>
    <message>
        <source>Redact documents permanently — qcode</source>
        <translation>永久删改文档 — qcode</translation>
    </message>
    <message>
        <source>Redact documents permanently</source>
        <translation>永久删改文档</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln identifiers in the pseudonym table will be replaced by their replacements in the project&apos;s own text: the ticked documents&apos; text, names and speakers, their text attributes and the memos on them and on their codings. Codings move with the text. Until the project is closed this can be undone with Edit ▸ Undo; once it is closed the redaction is permanent and the original text is gone from the project file.</source>
        <translation>
            <numerusform>化名表中的 %Ln 个身份标识将在项目自身的文本中被替换为其替换内容：包括所勾选文档的文本、名称和发言人，文本属性，以及其上和其编码上的备忘录。编码随文本移动。在关闭项目之前，可以用“编辑 ▸ 撤销”恢复；关闭之后，删改即为永久，原始文本将从项目文件中消失。</numerusform>
        </translation>
    </message>
    <message>
        <source>The pseudonym table is empty: add the identifiers to replace with Privacy ▸ Pseudonyms… first.</source>
        <translation>化名表是空的：请先通过“隐私 ▸ 化名…”添加要替换的身份标识。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>These backups beside the project still hold the original text: {files}. Delete them if the project must never hold it.</source>
        <translation>项目旁的这些备份仍保存着原始文本：{files}。如果项目绝不能保留原始文本，请删除它们。</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>录音</translation>
    </message>
    <message>
        <source>Documents to redact</source>
        <translation>要删改的文档</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>全部勾选(&amp;A)</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>全部勾选</translation>
    </message>
    <message>
        <source>&amp;Redact</source>
        <translation>删改(&amp;R)</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>删改</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&apos;{document}&apos; ({file})</source>
        <translation>“{document}”（{file}）</translation>
    </message>
    <message>
        <source>qcode cannot redact audio: these recordings will still say every identifier replaced in the text: {recordings}. Keep them apart from anything shared, or edit them.</source>
        <translation>qcode 无法编辑音频：这些录音仍会说出文本中被替换的每个标识信息：{recordings}。请将它们与任何共享内容分开保存，或编辑它们。</translation>
    </message>
    <message>
        <source>Recordings still hold what was replaced</source>
        <translation>录音中仍有被替换的内容</translation>
    </message>
    <message numerus="yes">
        <source>Redacted %Ln documents ({replaced}): Edit ▸ Undo until the project is closed.</source>
        <translation>
            <numerusform>已删改 %Ln 份文档（{replaced}）：在关闭项目之前可用“编辑 ▸ 撤销”恢复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln identifiers replaced</source>
        <translation>
            <numerusform>替换了 %Ln 个身份标识</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Section: {title}</source>
        <translation>章节：{title}</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Format: {suffix}</source>
        <translation>格式：{suffix}</translation>
    </message>
    <message>
        <source>The report will quote everyone: keep it as the project&apos;s own backup, never share it.</source>
        <translation>报告会引用所有人的话：只能作为项目自己的备份保存，切勿分享。</translation>
    </message>
    <message>
        <source>Outline: the headings the report will have</source>
        <translation>大纲：报告将包含的标题</translation>
    </message>
    <message>
        <source>&amp;Write…</source>
        <translation>生成(&amp;W)…</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>请至少选择一个章节。</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more headings</source>
        <translation>
            <numerusform>… 以及另外 %Ln 个标题</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportTable</name>
    <message>
        <source>Filter rows…</source>
        <translation>筛选行…</translation>
    </message>
    <message>
        <source>Filter the rows of {name}</source>
        <translation>筛选 {name} 的行</translation>
    </message>
    <message>
        <source>Show the coded segments behind this cell</source>
        <translation>显示此单元格背后的已编码片段</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>Reports — {name} — qcode</source>
        <translation>报告 — {name} — qcode</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>导出到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>Write every report, with these filters, to an Excel workbook</source>
        <translation>按当前筛选条件，将所有报告写入一个 Excel 工作簿</translation>
    </message>
    <message>
        <source>Export coded &amp;segments as CSV…</source>
        <translation>将已编码片段导出为 CSV(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>报告(&amp;R)</translation>
    </message>
    <message>
        <source>Wrote the workbook {written}.</source>
        <translation>已写入工作簿 {written}。</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Find in documents</source>
        <translation>在文档中查找</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>搜索文本</translation>
    </message>
    <message>
        <source>Find in documents…</source>
        <translation>在文档中查找…</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>区分大小写(&amp;C)</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>全词匹配(&amp;W)</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>全词匹配</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>正则表达式(&amp;X)</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <source>Ignore Arabic &amp;diacritics</source>
        <translation>忽略阿拉伯语变音符号(&amp;D)</translation>
    </message>
    <message>
        <source>Ignore Arabic diacritics</source>
        <translation>忽略阿拉伯语变音符号</translation>
    </message>
    <message>
        <source>Find Arabic words with or without harakat and tatweel, and any alef (أ إ آ ا)</source>
        <translation>查找阿拉伯语词语，不论是否带有元音符号（harakat）和延长符（tatweel），也不论使用哪种 alef（أ إ آ ا）</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Number of hits</source>
        <translation>命中数</translation>
    </message>
    <message>
        <source>Code all results as…</source>
        <translation>将所有结果编码为…</translation>
    </message>
    <message>
        <source>Code all results as</source>
        <translation>将所有结果编码为</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Open at match</source>
        <translation>在匹配处打开</translation>
    </message>
    <message>
        <source>No hits</source>
        <translation>没有命中</translation>
    </message>
    <message numerus="yes">
        <source>%Ln documents</source>
        <translation>
            <numerusform>%Ln 份文档</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hits in {documents}</source>
        <translation>
            <numerusform>{documents}中有 %Ln 处命中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coded %Ln results as &apos;{code}&apos;</source>
        <translation>
            <numerusform>已将 %Ln 个结果编码为“{code}”</numerusform>
        </translation>
    </message>
    <message>
        <source>More than {limit} hits; the first {hits} are shown</source>
        <translation>命中超过 {limit} 处；仅显示前 {hits} 处</translation>
    </message>
    <message>
        <source>Create a code first, then code the results with it.</source>
        <translation>请先创建一个编码，再用它为结果编码。</translation>
    </message>
    <message>
        <source>Nothing added: every result was already coded &apos;{code}&apos;.</source>
        <translation>未添加任何编码：每个结果都已编码为“{code}”。</translation>
    </message>
    <message>
        <source> ({count} already coded).</source>
        <translation> （其中 {count} 个已编码）。</translation>
    </message>
</context>
<context>
    <name>SegmentsDialog</name>
    <message>
        <source>Coded segments: {title}</source>
        <translation>已编码片段：{title}</translation>
    </message>
    <message>
        <source>Coded segments behind {title}</source>
        <translation>{title} 背后的已编码片段</translation>
    </message>
</context>
<context>
    <name>SegmentsPanel</name>
    <message>
        <source>Coded segments</source>
        <translation>已编码片段</translation>
    </message>
    <message>
        <source>Choose a code to see its coded segments.</source>
        <translation>选择一个编码以查看其已编码片段。</translation>
    </message>
    <message>
        <source>Coded segments heading</source>
        <translation>已编码片段标题</translation>
    </message>
    <message>
        <source>Include &amp;sub-codes</source>
        <translation>包括子编码(&amp;S)</translation>
    </message>
    <message>
        <source>Include sub-codes</source>
        <translation>包括子编码</translation>
    </message>
    <message>
        <source>Origin of the codings shown</source>
        <translation>所显示编码的来源</translation>
    </message>
    <message>
        <source>Show only the codings made this way</source>
        <translation>只显示以这种方式产生的编码</translation>
    </message>
    <message>
        <source>Any origin</source>
        <translation>任何来源</translation>
    </message>
    <message>
        <source>Coded segments list</source>
        <translation>已编码片段列表</translation>
    </message>
    <message>
        <source>Open at segment</source>
        <translation>在片段处打开</translation>
    </message>
    <message numerus="yes">
        <source>%Ln segments</source>
        <translation>
            <numerusform>%Ln 个片段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln documents</source>
        <translation>
            <numerusform>%Ln 份文档</numerusform>
        </translation>
    </message>
    <message>
        <source> — only: {origin}</source>
        <translation> — 仅：{origin}</translation>
    </message>
    <message>
        <source>{code} — {count} in {where}</source>
        <translation>{code} — {where}，{count}</translation>
    </message>
    <message>
        <source> (coded by {coder})</source>
        <translation> （由 {coder} 编码）</translation>
    </message>
</context>
<context>
    <name>SegmentsTab</name>
    <message>
        <source>Coded segments</source>
        <translation>已编码片段</translation>
    </message>
</context>
<context>
    <name>SegmentsView</name>
    <message>
        <source>Show this segment in its document</source>
        <translation>在文档中显示此片段</translation>
    </message>
    <message>
        <source> of {total}</source>
        <translation>（共 {total} 个）</translation>
    </message>
    <message>
        <source>Showing the first {loaded}{of} coded segments; more load as you scroll. Sorting and the filter box work on the segments loaded so far.</source>
        <translation>显示前 {loaded}{of} 个已编码片段；滚动时加载更多。排序和筛选框只作用于已加载的片段。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln coded segments.</source>
        <translation>
            <numerusform>%Ln 个已编码片段。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Select some text first, then apply a code to it.</source>
        <translation>请先选择一些文本，再对其应用编码。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a grouping code; apply one of its sub-codes</source>
        <translation>“{name}”是分组编码；请应用它的某个子编码</translation>
    </message>
    <message>
        <source>This text is already coded &apos;{name}&apos; by you.</source>
        <translation>您已将此文本编码为“{name}”。</translation>
    </message>
    <message>
        <source>Select some text first.</source>
        <translation>请先选择一些文本。</translation>
    </message>
    <message>
        <source>No code on key {key}: right-click a code ▸ Favourite key.</source>
        <translation>按键 {key} 没有对应的编码：右键点击编码 ▸ 常用编码快捷键。</translation>
    </message>
</context>
<context>
    <name>SpeakersModel</name>
    <message>
        <source>Speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>话轮</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>字符数</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>编码数</translation>
    </message>
    <message>
        <source>Codings that start inside the speaker&apos;s turns</source>
        <translation>起始于该发言人话轮内的编码</translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <source>Speakers</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>Role of the chosen speaker</source>
        <translation>所选发言人的角色</translation>
    </message>
    <message>
        <source>interviewer, respondent, interpreter — or type another role</source>
        <translation>访谈者、受访者、口译员 — 或输入其他角色</translation>
    </message>
    <message>
        <source>Auto-code turns…</source>
        <translation>自动编码话轮…</translation>
    </message>
    <message>
        <source>Auto-code the speaker&apos;s turns</source>
        <translation>自动编码该发言人的话轮</translation>
    </message>
    <message>
        <source>Assign to case…</source>
        <translation>归入个案…</translation>
    </message>
    <message>
        <source>Assign the speaker to a case</source>
        <translation>将该发言人归入个案</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>Code every turn of {name} as…</source>
        <translation>将 {name} 的每个话轮编码为…</translation>
    </message>
    <message>
        <source> ({skipped_duplicates} already coded)</source>
        <translation> （{skipped_duplicates} 个已编码）</translation>
    </message>
    <message numerus="yes">
        <source>Coded %Ln turns of {name} as &apos;{code}&apos;{note}.</source>
        <translation>
            <numerusform>已将 {name} 的 %Ln 个话轮编码为“{code}”{note}。</numerusform>
        </translation>
    </message>
    <message>
        <source>the speaker {name}</source>
        <translation>发言人 {name}</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>SuggestionFinder</name>
    <message>
        <source>Could not look for suggestions: {problem}</source>
        <translation>无法查找建议：{problem}</translation>
    </message>
    <message>
        <source>Could not look for suggestions: the worker process ended.</source>
        <translation>无法查找建议：工作进程已结束。</translation>
    </message>
</context>
<context>
    <name>SuggestionTable</name>
    <message>
        <source>Suggested passages</source>
        <translation>建议的文段</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <source>Code this passage with the suggested code (Enter)</source>
        <translation>用建议的编码为此文段编码（Enter）</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>拒绝(&amp;R)</translation>
    </message>
    <message>
        <source>Never suggest this code for this passage (Delete)</source>
        <translation>不再为此文段建议此编码（Delete）</translation>
    </message>
    <message>
        <source>Accept &amp;selection</source>
        <translation>接受选中文本(&amp;S)</translation>
    </message>
    <message>
        <source>Code the text selected in the document (adjust it first) with this code</source>
        <translation>用此编码为文档中选中的文本编码（可先调整选区）</translation>
    </message>
    <message>
        <source>Accept all &amp;above…</source>
        <translation>接受高于此值的全部建议(&amp;B)…</translation>
    </message>
    <message>
        <source>Accept every suggestion listed at or above a confidence</source>
        <translation>接受置信度不低于某值的全部列出建议</translation>
    </message>
    <message>
        <source>Suggested: {code} ({confidence}, {reason})</source>
        <translation>建议：{code}（{confidence}，{reason}）</translation>
    </message>
    <message>
        <source>That code no longer exists.</source>
        <translation>该编码已不存在。</translation>
    </message>
    <message>
        <source>Choose a suggestion first.</source>
        <translation>请先选择一条建议。</translation>
    </message>
    <message>
        <source>Accept all above</source>
        <translation>接受高于此值的全部建议</translation>
    </message>
    <message>
        <source>Accept every listed suggestion with a confidence of at least:</source>
        <translation>接受置信度不低于以下值的所有列出建议：</translation>
    </message>
    <message>
        <source>No suggestion here has a confidence of at least {threshold}.</source>
        <translation>这里没有置信度不低于 {threshold} 的建议。</translation>
    </message>
    <message numerus="yes">
        <source>Code %Ln passages in &apos;{document}&apos; with their suggested codes?
You can undo this in one step (Edit ▸ Undo).</source>
        <translation>
            <numerusform>用建议的编码为“{document}”中的 %Ln 个文段编码？
可以一步撤销（编辑 ▸ 撤销）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionTrainer</name>
    <message>
        <source>Learning from your coding…</source>
        <translation>正在从你的编码中学习…</translation>
    </message>
    <message>
        <source>Learning from your coding… {progress}.</source>
        <translation>正在从你的编码中学习… {progress}。</translation>
    </message>
    <message>
        <source>Suggesting from your codebook: nothing is coded yet to learn from.</source>
        <translation>根据编码本提供建议：尚无已编码的内容可供学习。</translation>
    </message>
    <message numerus="yes">
        <source>Model up to date (learned from %Ln coded passages).</source>
        <translation>
            <numerusform>模型已是最新（学习自 %Ln 个已编码文段）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Learned from your coding: looking for suggestions with it…</source>
        <translation>已从你的编码中学习：正在据此查找建议…</translation>
    </message>
    <message>
        <source>Nothing to learn yet: the codebook has no code to apply.</source>
        <translation>尚无可学习的内容：编码本中没有可应用的编码。</translation>
    </message>
    <message>
        <source>Will learn from your coding in a moment.</source>
        <translation>稍后将从你的编码中学习。</translation>
    </message>
    <message>
        <source>Could not start learning from your coding: {problem}</source>
        <translation>无法开始从你的编码中学习：{problem}</translation>
    </message>
    <message>
        <source>Could not learn from your coding: {problem}</source>
        <translation>无法从你的编码中学习：{problem}</translation>
    </message>
    <message>
        <source>Could not keep the learned model: {problem}</source>
        <translation>无法保存学到的模型：{problem}</translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Learned</source>
        <translation>学习所得</translation>
    </message>
    <message>
        <source>Similar</source>
        <translation>相似</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Sentences</source>
        <translation>句子</translation>
    </message>
    <message>
        <source>Speaker turns</source>
        <translation>发言轮次</translation>
    </message>
    <message>
        <source>Finding suggestions…</source>
        <translation>正在查找建议…</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Look for suggestions again</source>
        <translation>重新查找建议</translation>
    </message>
    <message>
        <source>&amp;Keywords</source>
        <translation>关键词(&amp;K)</translation>
    </message>
    <message>
        <source>Suggest from keywords</source>
        <translation>根据关键词建议</translation>
    </message>
    <message>
        <source>&amp;Learned from my coding</source>
        <translation>从我的编码中学习(&amp;L)</translation>
    </message>
    <message>
        <source>Suggest from my coding</source>
        <translation>根据我的编码建议</translation>
    </message>
    <message>
        <source>Si&amp;milar passages</source>
        <translation>相似文段(&amp;M)</translation>
    </message>
    <message>
        <source>Suggest similar passages</source>
        <translation>建议相似文段</translation>
    </message>
    <message>
        <source>Use code &amp;names as keywords</source>
        <translation>将编码名称用作关键词(&amp;N)</translation>
    </message>
    <message>
        <source>Use code names</source>
        <translation>使用编码名称</translation>
    </message>
    <message>
        <source>Few and sure, or many to review</source>
        <translation>少而确定，或多而待审</translation>
    </message>
    <message>
        <source>Left: only the suggestions qcode is surest of. Middle: each code&apos;s own threshold, learned from your coding. Right: more and more passages to review.</source>
        <translation>左：仅显示 qcode 最有把握的建议。中：每个编码各自的阈值，从您的编码中学习得出。右：越来越多待审阅的文段。</translation>
    </message>
    <message>
        <source>Suggest whole</source>
        <translation>建议的单位</translation>
    </message>
    <message>
        <source>Language pipeline</source>
        <translation>语言处理管线</translation>
    </message>
    <message>
        <source>spaCy pipelines installed on this computer</source>
        <translation>此电脑上已安装的 spaCy 管线</translation>
    </message>
    <message>
        <source>Suggestions heading</source>
        <translation>建议标题</translation>
    </message>
    <message>
        <source>Learning status</source>
        <translation>学习状态</translation>
    </message>
    <message>
        <source>Learning in progress</source>
        <translation>正在学习</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel learning</source>
        <translation>取消学习</translation>
    </message>
    <message>
        <source>Retry with fewer passages</source>
        <translation>用较少的文段重试</translation>
    </message>
    <message>
        <source>Find more like a code…</source>
        <translation>查找与某编码相似的更多文段…</translation>
    </message>
    <message>
        <source>Find more like a code</source>
        <translation>查找与某编码相似的更多文段</translation>
    </message>
    <message>
        <source>Rank every passage by how likely it is to belong to a code</source>
        <translation>按属于某编码的可能性为每个文段排序</translation>
    </message>
    <message>
        <source>How good are they?…</source>
        <translation>质量如何？…</translation>
    </message>
    <message>
        <source>How good are suggestions</source>
        <translation>建议的质量如何</translation>
    </message>
    <message>
        <source>Measure the suggestions on your own coding</source>
        <translation>基于您自己的编码衡量建议</translation>
    </message>
    <message>
        <source>Few, &amp;sure</source>
        <translation>少而确定(&amp;S)</translation>
    </message>
    <message>
        <source>many, to review</source>
        <translation>多而待审</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单元(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>管线(&amp;P)：</translation>
    </message>
    <message>
        <source>Open a document to see suggestions for it.</source>
        <translation>打开一份文档以查看针对它的建议。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln suggestions for {document}.</source>
        <translation>
            <numerusform>{document} 有 %Ln 条建议。</numerusform>
        </translation>
    </message>
    <message>
        <source>Learning from your coding is off.</source>
        <translation>从你的编码中学习已关闭。</translation>
    </message>
    <message>
        <source>Learning cancelled: suggestions use what was learnt before, if anything.</source>
        <translation>学习已取消：建议将使用之前学到的内容（如有）。</translation>
    </message>
</context>
<context>
    <name>SurveyAnswersModel</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>受访者</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>编码</translation>
    </message>
</context>
<context>
    <name>SurveyAnswersWindow</name>
    <message>
        <source>Survey answers</source>
        <translation>问卷回答</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Filter answers, respondents, attributes…</source>
        <translation>筛选回答、受访者、属性…</translation>
    </message>
    <message>
        <source>Filter answers</source>
        <translation>筛选回答</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Answer text</source>
        <translation>回答文本</translation>
    </message>
    <message>
        <source>Code to apply</source>
        <translation>要应用的编码</translation>
    </message>
    <message>
        <source>&amp;Code selected answers</source>
        <translation>为所选回答编码(&amp;C)</translation>
    </message>
    <message>
        <source>Code selected &amp;text</source>
        <translation>为所选文本编码(&amp;T)</translation>
    </message>
    <message>
        <source>Code selected answers</source>
        <translation>为所选回答编码</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>问题(&amp;Q)：</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>编码：</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answers</source>
        <translation>
            <numerusform>%Ln 条回答</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln answers</source>
        <translation>
            <numerusform>{shown} / %Ln 条回答</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coded %Ln answers &apos;{code}&apos;.</source>
        <translation>
            <numerusform>已将 %Ln 条回答编码为“{code}”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were coded so already.</source>
        <translation>
            <numerusform>其中 %Ln 条之前已有此编码。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select answers and a code first.</source>
        <translation>请先选择回答和编码。</translation>
    </message>
    <message>
        <source>Select part of an answer and a code first.</source>
        <translation>请先选择回答的一部分和一个编码。</translation>
    </message>
</context>
<context>
    <name>SurveyImportDialog</name>
    <message>
        <source>Import survey or spreadsheet</source>
        <translation>导入问卷或电子表格</translation>
    </message>
    <message>
        <source>Surveys and spreadsheets (*.csv *.tsv *.xlsx *.ods)</source>
        <translation>问卷和电子表格 (*.csv *.tsv *.xlsx *.ods)</translation>
    </message>
    <message>
        <source>Importing answers…</source>
        <translation>正在导入回答…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import survey</source>
        <translation>导入问卷</translation>
    </message>
    <message>
        <source>Importing answer {done} of {total}…</source>
        <translation>正在导入第 {done} 条回答，共 {total} 条…</translation>
    </message>
    <message>
        <source>Imported {answers} to {questions} from {respondents}.</source>
        <translation>已导入 {respondents}对 {questions}的 {answers}。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answers</source>
        <translation>
            <numerusform>%Ln 条回答</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln questions</source>
        <translation>
            <numerusform>%Ln 个问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln respondents</source>
        <translation>
            <numerusform>%Ln 位受访者</numerusform>
        </translation>
    </message>
    <message>
        <source>{note}.</source>
        <translation>{note}。</translation>
    </message>
    <message>
        <source>Import survey: {name}</source>
        <translation>导入问卷：{name}</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Respondent id column</source>
        <translation>受访者编号列</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>Respondent &amp;id column:</source>
        <translation>受访者编号列(&amp;I)：</translation>
    </message>
    <message>
        <source>Each non-empty cell of a text column becomes a document named &apos;column – id&apos;; attribute columns become each answer&apos;s attributes.</source>
        <translation>文本列中的每个非空单元格都会成为一份名为“列 – 编号”的文档；属性列会成为每条回答的属性。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows; the first {shown}:</source>
        <translation>
            <numerusform>共 %Ln 行；前 {shown} 行：</numerusform>
        </translation>
    </message>
    <message>
        <source>{answers} from {texts}, with {attributes} each (the id included).</source>
        <translation>来自 {texts}的 {answers}，每条带 {attributes}（含标识）。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln text columns</source>
        <translation>
            <numerusform>%Ln 个文本列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attributes</source>
        <translation>
            <numerusform>%Ln 个属性</numerusform>
        </translation>
    </message>
    <message>
        <source>First rows of the sheet</source>
        <translation>工作表的前几行</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Text to code</source>
        <translation>待编码文本</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>第一个值</translation>
    </message>
</context>
<context>
    <name>SurveyMenus</name>
    <message>
        <source>S&amp;urvey answers…</source>
        <translation>问卷回答(&amp;U)…</translation>
    </message>
    <message>
        <source>Show answers as a table…</source>
        <translation>以表格形式显示回答…</translation>
    </message>
</context>
<context>
    <name>TextArea</name>
    <message>
        <source>Document text</source>
        <translation>文档文本</translation>
    </message>
</context>
<context>
    <name>TopCodesChart</name>
    <message>
        <source>Chart: the {TOP_CODES} codes with the most coded segments</source>
        <translation>图表：已编码片段最多的 {TOP_CODES} 个编码</translation>
    </message>
    <message>
        <source>Segments (with sub-codes)</source>
        <translation>片段（含子编码）</translation>
    </message>
    <message>
        <source>Coded segments (with sub-codes)</source>
        <translation>已编码片段（含子编码）</translation>
    </message>
    <message>
        <source>Top {TOP_CODES} codes by coded segments (with sub-codes)</source>
        <translation>已编码片段最多的前 {TOP_CODES} 个编码（含子编码）</translation>
    </message>
    <message>
        <source>No coded segments in these filters</source>
        <translation>在这些筛选条件下没有已编码片段</translation>
    </message>
    <message>
        <source>No coded segments</source>
        <translation>没有已编码片段</translation>
    </message>
</context>
<context>
    <name>TranscriptionWindow</name>
    <message>
        <source>Transcribing {name}</source>
        <translation>正在转录 {name}</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>转录文本</translation>
    </message>
    <message>
        <source>{play_keys}: play/pause (goes back {seconds:g} s on pause) · {time_keys}: insert the time · {speaker_keys}: insert a speaker label</source>
        <translation>{play_keys}：播放/暂停（暂停时回退 {seconds:g} 秒） · {time_keys}：插入时间 · {speaker_keys}：插入发言人标签</translation>
    </message>
    <message>
        <source>{keys} or {key}</source>
        <translation>{keys} 或 {key}</translation>
    </message>
    <message>
        <source>Speaker label:</source>
        <translation>发言人标签：</translation>
    </message>
    <message>
        <source>the transcript is empty: type it first, then save</source>
        <translation>转录文本为空：请先输入内容，再保存</translation>
    </message>
</context>
<context>
    <name>UndoController</name>
    <message>
        <source>Undo {edit}</source>
        <translation>撤销：{edit}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo {edit}</source>
        <translation>重做：{edit}</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify sources</source>
        <translation>核验来源</translation>
    </message>
    <message>
        <source>Verification summary</source>
        <translation>核验摘要</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>字符数</translation>
    </message>
</context>
<context>
    <name>WordsTab</name>
    <message>
        <source>Word frequencies</source>
        <translation>词频</translation>
    </message>
    <message>
        <source>Count the words of</source>
        <translation>统计以下内容的词语</translation>
    </message>
    <message>
        <source>Include &amp;sub-codes</source>
        <translation>包括子编码(&amp;S)</translation>
    </message>
    <message>
        <source>Include the text coded with the code&apos;s sub-codes</source>
        <translation>包括以该编码的子编码编码的文本</translation>
    </message>
    <message>
        <source>Count &amp;words</source>
        <translation>统计词语(&amp;W)</translation>
    </message>
    <message>
        <source>Count words</source>
        <translation>统计词语</translation>
    </message>
    <message>
        <source>Words o&amp;f:</source>
        <translation>统计范围(&amp;F)：</translation>
    </message>
    <message>
        <source>Choose a code or a document and press Count words. Words are counted as lemmas (“blacklisted” and “blacklists” count as “blacklist”), without stop words.</source>
        <translation>请选择一个编码或一份文档，然后点击“统计词语”。词语按词元统计（“blacklisted”和“blacklists”都计为“blacklist”），不含停用词。</translation>
    </message>
    <message>
        <source>All text the filters allow</source>
        <translation>筛选条件允许的全部文本</translation>
    </message>
    <message>
        <source>Code: {indent}{name}</source>
        <translation>编码：{indent}{name}</translation>
    </message>
    <message>
        <source>Document: {name}</source>
        <translation>文档：{name}</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>词语</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln most frequent words of {strip}.</source>
        <translation>
            <numerusform>{strip} 中最常见的 %Ln 个词语。</numerusform>
        </translation>
    </message>
    <message>
        <source>No words: nothing is coded or written here in these filters.</source>
        <translation>没有词语：在这些筛选条件下，这里没有编码或文字。</translation>
    </message>
</context>
<context>
    <name>about_dialog</name>
    <message>
        <source>not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <source>not installed (encrypted projects cannot be opened)</source>
        <translation>未安装（无法打开加密项目）</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Project in use</source>
        <translation>项目正在使用中</translation>
    </message>
    <message>
        <source>{locked}

Open it read-only (you can read and export, not change it)?</source>
        <translation>{locked}

以只读方式打开吗（可以阅读和导出，但不能修改）？</translation>
    </message>
</context>
<context>
    <name>codebook</name>
    <message>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>可以用“编辑 ▸ 撤销”恢复。</translation>
    </message>
</context>
<context>
    <name>codebook.code_dialogs</name>
    <message>
        <source>Merge Into</source>
        <translation>合并到</translation>
    </message>
    <message>
        <source>Merge &apos;{name}&apos; into:</source>
        <translation>将“{name}”合并到：</translation>
    </message>
    <message>
        <source>Merge Codes</source>
        <translation>合并编码</translation>
    </message>
    <message>
        <source>Merge &apos;{name}&apos; into &apos;{target}&apos;? Its {codings} codings and its sub-codes move to &apos;{target}&apos;, and &apos;{name}&apos; is deleted.</source>
        <translation>将“{name}”合并到“{target}”？它的 {codings} 处编码及其子编码将移到“{target}”下，“{name}”将被删除。</translation>
    </message>
</context>
<context>
    <name>coding.origins</name>
    <message>
        <source>By hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Search results coded at once</source>
        <translation>一次性编码的搜索结果</translation>
    </message>
    <message>
        <source>Query results coded at once</source>
        <translation>一次性编码的查询结果</translation>
    </message>
    <message>
        <source>Accepted suggestion</source>
        <translation>已接受的建议</translation>
    </message>
    <message>
        <source>A speaker&apos;s turns coded at once</source>
        <translation>一次性编码的发言人话轮</translation>
    </message>
    <message>
        <source>Merged in (made by hand there)</source>
        <translation>合并而来（在原项目中手动编码）</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Unknown (made before qcode kept this)</source>
        <translation>未知（在 qcode 开始记录之前编码）</translation>
    </message>
    <message>
        <source>keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>learned from your coding</source>
        <translation>从您的编码中学习</translation>
    </message>
    <message>
        <source>similar passages</source>
        <translation>相似文段</translation>
    </message>
    <message>
        <source>confidence {confidence:.2f}</source>
        <translation>置信度 {confidence:.2f}</translation>
    </message>
    <message>
        <source>model {version}</source>
        <translation>模型 {version}</translation>
    </message>
    <message>
        <source>{origin} ({details})</source>
        <translation>{origin}（{details}）</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
</context>
<context>
    <name>coding.search_panel</name>
    <message>
        <source>{document}, characters {start}–{end}</source>
        <translation>{document}，字符 {start}–{end}</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>前文</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>匹配</translation>
    </message>
    <message>
        <source>After</source>
        <translation>后文</translation>
    </message>
</context>
<context>
    <name>coding.segments_panel</name>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>编码员</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>备忘录</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>evidence</name>
    <message>
        <source>Participants</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>&amp;Provenance…</source>
        <translation>来源(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Verify sources…</source>
        <translation>核验来源(&amp;V)…</translation>
    </message>
    <message>
        <source>C&amp;orrect text…</source>
        <translation>修正文本(&amp;O)…</translation>
    </message>
    <message>
        <source>C&amp;hanged codings…</source>
        <translation>已变动的编码(&amp;H)…</translation>
    </message>
    <message>
        <source>P&amp;articipants (consent)</source>
        <translation>参与者（知情同意）(&amp;A)</translation>
    </message>
    <message>
        <source>{name} (since {retain_until})</source>
        <translation>{name}（自 {retain_until} 起）</translation>
    </message>
    <message>
        <source>Keep-until date passed: {participants} — see Privacy ▸ Participants</source>
        <translation>保留期限已过：{participants} — 参见“隐私 ▸ 参与者”</translation>
    </message>
    <message>
        <source>These participants&apos; data was to be kept only until the date shown. Withdraw them (Participants ▸ Withdraw participant…) or record a new date.</source>
        <translation>这些参与者的数据只应保留到所示日期。请撤回他们（参与者 ▸ 撤回参与者…）或记录新的日期。</translation>
    </message>
    <message>
        <source>Provenance…</source>
        <translation>来源…</translation>
    </message>
</context>
<context>
    <name>evidence.correct</name>
    <message>
        <source>No coding covers this place.</source>
        <translation>此处没有编码覆盖。</translation>
    </message>
    <message>
        <source>{codings} around this place will grow to take the insertion.</source>
        <translation>此处周围的{codings}将扩展以包含插入的内容。</translation>
    </message>
    <message>
        <source>{codings} cut through here will keep what remains of their text and be flagged “text changed” for review.</source>
        <translation>在此处被截断的{codings}将保留其剩余文本，并被标记为“文本已更改”以待审阅。</translation>
    </message>
    <message>
        <source>{codings} wholly inside will cover the new text (flagged for review), or be removed if you delete the text.</source>
        <translation>完全位于其中的{codings}将覆盖新文本（标记为待审阅）；如果删除该文本，这些编码也会被删除。</translation>
    </message>
    <message>
        <source>Codings around this text grow or shrink with it; none is cut.</source>
        <translation>此文本周围的编码会随之伸缩；没有编码被截断。</translation>
    </message>
    <message>
        <source>Text corrected (version {version}).</source>
        <translation>文本已修正（版本 {version}）。</translation>
    </message>
    <message>
        <source>{codings} moved with it.</source>
        <translation>{codings}随之移动。</translation>
    </message>
    <message>
        <source>{codings} flagged “text changed” (Edit ▸ Changed codings…).</source>
        <translation>{codings}被标记为“文本已更改”（编辑 ▸ 已变动的编码…）。</translation>
    </message>
    <message>
        <source>{codings} removed: their whole text was deleted (Edit ▸ Undo brings them back).</source>
        <translation>{codings}已删除：其全部文本已被删除（“编辑 ▸ 撤销”可以恢复）。</translation>
    </message>
    <message>
        <source>Open a document, then select the words to correct.</source>
        <translation>请打开一份文档，然后选择要修正的文字。</translation>
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
        <translation>{value} {unit}（{bytes}）</translation>
    </message>
    <message>
        <source> UTC</source>
        <translation> UTC</translation>
    </message>
    <message>
        <source>as imported</source>
        <translation>导入时</translation>
    </message>
    <message>
        <source>{label} (the edit was erased by a redaction or withdrawal)</source>
        <translation>{label}（该编辑已被删改或撤回抹除）</translation>
    </message>
    <message>
        <source>No difference: this version&apos;s text is the text now.</source>
        <translation>无差异：此版本的文本就是当前文本。</translation>
    </message>
    <message>
        <source>Choose a document first (in the Documents list or by opening it).</source>
        <translation>请先选择一份文档（在“文档”列表中选择或将其打开）。</translation>
    </message>
</context>
<context>
    <name>evidence.verify</name>
    <message>
        <source>{documents}, {originals} and {versions} of texts checked</source>
        <translation>已核验 {documents}、{originals} 和 {versions}</translation>
    </message>
    <message>
        <source>All match: {checked}. Nothing was changed since it was recorded.</source>
        <translation>全部一致：{checked}。记录以来没有任何改动。</translation>
    </message>
    <message>
        <source>{problems} found ({checked}). These no longer match the hash recorded for them:</source>
        <translation>发现 {problems}（{checked}）。以下内容与记录的哈希值不再一致：</translation>
    </message>
    <message>
        <source>Verify sources: all match.</source>
        <translation>核验来源：全部一致。</translation>
    </message>
    <message>
        <source>Verify sources: {problems}.</source>
        <translation>核验来源：{problems}。</translation>
    </message>
</context>
<context>
    <name>evidence.withdraw</name>
    <message>
        <source>This deletes their documents ({documents}) with every coding and memo on them; the text of every turn of speaker &apos;{speaker}&apos; in other documents (replaced by “[withdrawn]”), with the codings inside those turns; their original files, the earlier versions of those texts; and every copy of their text in the edit history.</source>
        <translation>将删除他们的文档（{documents}）以及其上的所有编码和备忘录；发言人“{speaker}”在其他文档中每个话轮的文本（替换为“[已撤回]”），以及这些话轮中的编码；他们的原始文件，以及这些文本的早期版本；以及编辑历史中他们文本的所有副本。</translation>
    </message>
    <message>
        <source>This deletes their documents ({documents}) with every coding and memo on them; their original files, the earlier versions of those texts; and every copy of their text in the edit history.</source>
        <translation>将删除他们的文档（{documents}）以及其上的所有编码和备忘录；他们的原始文件，以及这些文本的早期版本；以及编辑历史中他们文本的所有副本。</translation>
    </message>
    <message>
        <source>This deletes the text of every turn of speaker &apos;{speaker}&apos; in other documents (replaced by “[withdrawn]”), with the codings inside those turns; their original files, the earlier versions of those texts; and every copy of their text in the edit history.</source>
        <translation>将删除发言人“{speaker}”在其他文档中每个话轮的文本（替换为“[已撤回]”），以及这些话轮中的编码；他们的原始文件，以及这些文本的早期版本；以及编辑历史中他们文本的所有副本。</translation>
    </message>
    <message>
        <source>This deletes their original files, the earlier versions of those texts and every copy of their text in the edit history.</source>
        <translation>将删除他们的原始文件、这些文本的早期版本，以及编辑历史中他们文本的所有副本。</translation>
    </message>
    <message>
        <source>Withdraw &apos;{name}&apos; and delete everything about them?</source>
        <translation>撤回“{name}”并删除关于他们的全部内容？</translation>
    </message>
    <message>
        <source>Their record in the register goes too; the log keeps only a deletion record (who withdrew them, when, and how much was removed).</source>
        <translation>他们在登记册中的记录也会删除；日志只保留一条删除记录（由谁撤回、何时撤回、删除了多少）。</translation>
    </message>
    <message>
        <source>Recordings that hold their voice (qcode cannot cut a voice out of a recording; each is unlinked):
{recordings}</source>
        <translation>含有其声音的录音（qcode 无法从录音中剪除某人的声音；每个录音都会取消链接）：
{recordings}</translation>
    </message>
    <message>
        <source>After the withdrawal you will be asked whether qcode should delete the recording files of their own interviews too.</source>
        <translation>撤回之后，系统会询问是否也由 qcode 删除其本人访谈的录音文件。</translation>
    </message>
    <message>
        <source>This is permanent: Edit ▸ Undo cannot bring it back, and the edits made before it can no longer be undone.</source>
        <translation>此操作是永久性的：“编辑 ▸ 撤销”无法恢复，此前的编辑也将无法再撤销。</translation>
    </message>
    <message>
        <source>Deleted: {counts}.</source>
        <translation>已删除：{counts}。</translation>
    </message>
    <message>
        <source>The project file was rebuilt so that none of their text is left in it.</source>
        <translation>项目文件已重建，其中不再留有他们的任何文本。</translation>
    </message>
    <message>
        <source>The project file&apos;s write-ahead log still holds their text until the project is closed (another program has it open).</source>
        <translation>在项目关闭之前，项目文件的预写日志仍保存着他们的文本（另一个程序打开了该项目）。</translation>
    </message>
    <message>
        <source>Recordings:
{recordings}</source>
        <translation>录音：
{recordings}</translation>
    </message>
    <message>
        <source>Coders&apos; copies of this project beside it may still hold their data; delete them or make them again:
{copies}</source>
        <translation>项目旁的编码员副本可能仍保存着他们的数据；请删除这些副本或重新生成：
{copies}</translation>
    </message>
    <message>
        <source>Withdraw participant — permanent</source>
        <translation>撤回参与者 — 永久性操作</translation>
    </message>
    <message>
        <source>Participant withdrawn</source>
        <translation>参与者已撤回</translation>
    </message>
    <message>
        <source>Delete backups?</source>
        <translation>删除备份？</translation>
    </message>
    <message>
        <source>These backups beside the project still hold their data:
{listed}

Delete them now? (They hold everyone else&apos;s data too, as it was when each backup was made.)</source>
        <translation>项目旁的这些备份仍保存着他们的数据：
{listed}

现在删除吗？（这些备份也保存着其他所有人在备份当时的数据。）</translation>
    </message>
    <message>
        <source>Participant withdrawn: {counts}; {backups} deleted.</source>
        <translation>参与者已撤回：{counts}；已删除 {backups}。</translation>
    </message>
    <message>
        <source>Participant withdrawn: {counts}.</source>
        <translation>参与者已撤回：{counts}。</translation>
    </message>
    <message>
        <source>Delete their recordings?</source>
        <translation>删除其录音？</translation>
    </message>
    <message>
        <source>These recordings of their own interviews still hold their voice:
{listed}

Delete the files now? (Only a file that is still the recording linked is deleted; if you keep one, delete it yourself.)</source>
        <translation>其本人访谈的这些录音中仍有其声音：
{listed}

现在删除这些文件吗？（只删除仍是所链接录音的文件；如果保留，请自行删除。）</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>Pseudonymise (replace identifiers from the Pseudonyms table)</source>
        <translation>使用化名（按化名表替换身份标识）</translation>
    </message>
    <message>
        <source> Pseudonymised, and checked: no identifier is left in it.</source>
        <translation> 已使用化名，并已检查：其中不含任何身份标识。</translation>
    </message>
    <message>
        <source>Ignore consent (own backup)</source>
        <translation>忽略知情同意（仅限自己的备份）</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>正在写入…</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>已取消导出：未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>exchange.export_flow</name>
    <message>
        <source>Could not write {name}: {problem}</source>
        <translation>无法写入 {name}：{problem}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Pseudonymise the export?</source>
        <translation>导出时使用化名吗？</translation>
    </message>
    <message>
        <source>Ticked, the export shows each identifier&apos;s replacement instead, and is checked for identifiers before it is saved. The project itself does not change.</source>
        <translation>勾选后，导出内容将以替换内容代替各身份标识，并在保存前检查是否仍有身份标识。项目本身不会改变。</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>知情同意</translation>
    </message>
    <message>
        <source>Their passages are left out of the export, and the export says how many. Tick the box only for the project&apos;s own backup, which must never be shared.</source>
        <translation>他们的文段不会出现在导出内容中，导出内容会注明略去的数量。仅当这是项目自己的备份、且绝不分享时，才勾选此框。</translation>
    </message>
    <message>
        <source> Consent register ignored: this is the project&apos;s own backup, never share it.</source>
        <translation> 已忽略知情同意登记：这是项目自己的备份，切勿分享。</translation>
    </message>
    <message>
        <source> Consent: {line}.</source>
        <translation> 知情同意：{line}。</translation>
    </message>
    <message>
        <source> (pseudonymised)</source>
        <translation> （已使用化名）</translation>
    </message>
</context>
<context>
    <name>exchange.exports</name>
    <message>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>正在写入工作簿…</translation>
    </message>
    <message>
        <source>Export cancelled: no workbook was written.</source>
        <translation>已取消导出：未写入工作簿。</translation>
    </message>
    <message>
        <source>Export coded segments as CSV</source>
        <translation>将已编码片段导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Wrote {target}: {documents}, {codes}, {codings}, {memos}.{note}</source>
        <translation>已写入 {target}：{documents}，{codes}，{codings}，{memos}。{note}</translation>
    </message>
    <message>
        <source>Export agreement to Excel</source>
        <translation>将一致性结果导出到 Excel</translation>
    </message>
    <message>
        <source>Wrote the agreement figures to {target}.</source>
        <translation>已将一致性数据写入 {target}。</translation>
    </message>
    <message>
        <source> Not in the standard, so not exported: </source>
        <translation> 标准中没有，因此未导出：</translation>
    </message>
    <message>
        <source> Recordings: {where}.</source>
        <translation> 录音：{where}。</translation>
    </message>
    <message>
        <source>Export REFI-QDA project</source>
        <translation>导出 REFI-QDA 项目</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>REFI-QDA 项目 (*.qdpx)</translation>
    </message>
    <message>
        <source>Writing the REFI-QDA project…</source>
        <translation>正在写入 REFI-QDA 项目…</translation>
    </message>
    <message>
        <source>Export codebook</source>
        <translation>导出编码本</translation>
    </message>
    <message>
        <source>REFI-QDA codebook (*.qdc)</source>
        <translation>REFI-QDA 编码本 (*.qdc)</translation>
    </message>
    <message>
        <source>Wrote {count} codes to {target}.</source>
        <translation>已将 {count} 个编码写入 {target}。</translation>
    </message>
</context>
<context>
    <name>exchange.imports</name>
    <message>
        <source>Import documents</source>
        <translation>导入文档</translation>
    </message>
    <message>
        <source>Documents ({patterns})</source>
        <translation>文档 ({patterns})</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Importing {name} ({number} of {count})…</source>
        <translation>正在导入 {name}（第 {number} 个，共 {count} 个）…</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>Import codebook</source>
        <translation>导入编码本</translation>
    </message>
    <message>
        <source>REFI-QDA codebooks (*.qdc *.qde)</source>
        <translation>REFI-QDA 编码本 (*.qdc *.qde)</translation>
    </message>
    <message>
        <source>{where}{added} codes added, {matched} already there.</source>
        <translation>{where}新增 {added} 个编码，{matched} 个已存在。</translation>
    </message>
    <message>
        <source>Note: {notes}.</source>
        <translation>注意：{notes}。</translation>
    </message>
    <message>
        <source>Import REFI-QDA project</source>
        <translation>导入 REFI-QDA 项目</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx *.qde)</source>
        <translation>REFI-QDA 项目 (*.qdpx *.qde)</translation>
    </message>
    <message>
        <source>This project already has documents: import into a new project</source>
        <translation>此项目已有文档：请导入到新项目中</translation>
    </message>
    <message>
        <source>qcode projects (*.qcode)</source>
        <translation>qcode 项目 (*.qcode)</translation>
    </message>
    <message>
        <source>warning: {line}</source>
        <translation>警告：{line}</translation>
    </message>
    <message>
        <source>changed: {line}</source>
        <translation>已更改：{line}</translation>
    </message>
    <message>
        <source>skipped: {line}</source>
        <translation>已跳过：{line}</translation>
    </message>
    <message>
        <source>REFI-QDA import</source>
        <translation>REFI-QDA 导入</translation>
    </message>
    <message>
        <source>Imported {counts}.</source>
        <translation>已导入 {counts}。</translation>
    </message>
    <message>
        <source>{n_lines} things were skipped or changed: see the details below.</source>
        <translation>有 {n_lines} 项被跳过或更改：详见下方。</translation>
    </message>
    <message>
        <source>Nothing was skipped or changed.</source>
        <translation>没有内容被跳过或更改。</translation>
    </message>
    <message>
        <source>REFI-QDA import report</source>
        <translation>REFI-QDA 导入报告</translation>
    </message>
</context>
<context>
    <name>findings.case_dialogs</name>
    <message>
        <source>Assign to case</source>
        <translation>归入个案</translation>
    </message>
    <message>
        <source>Assign {what} to which case?
(type a new name to make a new case)</source>
        <translation>将{what}归入哪个个案？
（输入新名称即可新建个案）</translation>
    </message>
    <message>
        <source> ({already} already in it)</source>
        <translation> （其中 {already} 个已在该个案中）</translation>
    </message>
    <message>
        <source>Assigned {what} to the case &apos;{name}&apos;{note}.</source>
        <translation>已将{what}归入个案“{name}”{note}。</translation>
    </message>
    <message>
        <source>Import case list</source>
        <translation>导入个案列表</translation>
    </message>
    <message>
        <source>Case lists (*.csv *.xlsx);;All files (*)</source>
        <translation>个案列表 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Case list imported</source>
        <translation>已导入个案列表</translation>
    </message>
</context>
<context>
    <name>findings.cases_panel</name>
    <message>
        <source>Case</source>
        <translation>个案</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Documents, speakers and codings assigned to the case</source>
        <translation>归入该个案的文档、发言人和编码</translation>
    </message>
</context>
<context>
    <name>findings.corroboration_window</name>
    <message>
        <source>no source</source>
        <translation>无来源</translation>
    </message>
</context>
<context>
    <name>findings.framework_model</name>
    <message>
        <source>{coded} coded</source>
        <translation>{coded} 段已编码</translation>
    </message>
    <message>
        <source>{quotes} quoted</source>
        <translation>{quotes} 段已引用</translation>
    </message>
    <message>
        <source>(no summary yet)</source>
        <translation>（尚无摘要）</translation>
    </message>
</context>
<context>
    <name>findings.undo_menu</name>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
</context>
<context>
    <name>headers</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>编码数</translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation>指控</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Distinct independent sources: cases, or the document for a coding in no case</source>
        <translation>相互独立的来源数：个案，或不属于任何个案的编码所在的文档</translation>
    </message>
    <message>
        <source>First-hand</source>
        <translation>第一手</translation>
    </message>
    <message>
        <source>Sources with at least one coding graded first-hand</source>
        <translation>至少有一处编码被评为第一手的来源数</translation>
    </message>
    <message>
        <source>Contradicted</source>
        <translation>被反驳</translation>
    </message>
    <message>
        <source>&apos;contradicts&apos; links to or from these codings</source>
        <translation>指向或来自这些编码的“反驳”链接</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Coded text</source>
        <translation>已编码文本</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>编码员</translation>
    </message>
    <message>
        <source>Coded at (UTC)</source>
        <translation>编码时间 (UTC)</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>备忘录</translation>
    </message>
    <message>
        <source>Coding ID</source>
        <translation>编码 ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>附属于</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>创建时间 (UTC)</translation>
    </message>
    <message>
        <source>Modified (UTC)</source>
        <translation>修改时间 (UTC)</translation>
    </message>
    <message>
        <source>(overall)</source>
        <translation>（总体）</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>字符数</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>句子</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Coded segments</source>
        <translation>已编码片段</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>片段</translation>
    </message>
    <message>
        <source>% agreement</source>
        <translation>一致率 %</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation>Cohen&apos;s κ</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>Krippendorff&apos;s α</translation>
    </message>
    <message>
        <source>Specific agreement</source>
        <translation>特定一致性</translation>
    </message>
    <message>
        <source>Share of units on which the coders agree: all coded them, or none did</source>
        <translation>编码员意见一致的单位所占比例：全都编码了，或全都没有编码</translation>
    </message>
    <message>
        <source>Agreement beyond chance: 1 is perfect, 0 no better than chance</source>
        <translation>排除偶然因素后的一致性：1 为完全一致，0 为不优于偶然</translation>
    </message>
    <message>
        <source>Agreement beyond chance (nominal): 0.8 is a common bar, 0.667 the lowest for tentative conclusions</source>
        <translation>排除偶然因素后的一致性（名义变量）：0.8 是常用标准，0.667 是得出初步结论的最低要求</translation>
    </message>
    <message>
        <source>Positive agreement: of the units any coder coded, the share the coders agree on (text nobody coded does not count)</source>
        <translation>正向一致性：在任一编码员编码过的单位中，编码员意见一致的比例（无人编码的文本不计入）</translation>
    </message>
</context>
<context>
    <name>media</name>
    <message>
        <source>Link recording…</source>
        <translation>链接录音…</translation>
    </message>
    <message>
        <source>Unlink recording</source>
        <translation>取消链接录音</translation>
    </message>
    <message>
        <source>Open a document first, then link its recording.</source>
        <translation>请先打开一份文档，再链接其录音。</translation>
    </message>
    <message>
        <source>Link recording</source>
        <translation>链接录音</translation>
    </message>
    <message>
        <source>Linked {file_name} to &apos;{name}&apos; (kept where it is, not copied). The project is encrypted but its recordings are not: qcode links them where they are; keep them on an encrypted disk.</source>
        <translation>已将 {file_name} 链接到“{name}”（保留在原位置，不复制）。项目已加密，但其录音未加密：qcode 在录音所在位置链接它们；请将录音保存在加密磁盘上。</translation>
    </message>
    <message>
        <source>Linked {file_name} to &apos;{name}&apos; (kept where it is, not copied).</source>
        <translation>已将 {file_name} 链接到“{name}”（保留在原位置，不复制）。</translation>
    </message>
    <message>
        <source>Recordings ({patterns})</source>
        <translation>录音 ({patterns})</translation>
    </message>
</context>
<context>
    <name>media.transcribe</name>
    <message>
        <source>New transcript from a recording…</source>
        <translation>从录音新建转录文本…</translation>
    </message>
    <message>
        <source>Transcribe a recording</source>
        <translation>转录录音</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>#{id} (deleted)</source>
        <translation>#{id}（已删除）</translation>
    </message>
    <message>
        <source>% agreement</source>
        <translation>一致率 %</translation>
    </message>
    <message>
        <source>&apos;)&apos; without a matching &apos;(&apos;</source>
        <translation>“)”没有对应的“(”</translation>
    </message>
    <message>
        <source>&apos;**&apos; may only end a path, as in &quot;Harms/**&quot;</source>
        <translation>“**”只能出现在路径末尾，例如 &quot;Harms/**&quot;</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is a grouping code; apply one of its sub-codes</source>
        <translation>“{code}”是分组编码；请应用它的某个子编码</translation>
    </message>
    <message>
        <source>&apos;{document}&apos; has no recording linked</source>
        <translation>“{document}”没有链接录音</translation>
    </message>
    <message>
        <source>&apos;{document}&apos; has no version {version} (its versions are 1 to {last})</source>
        <translation>“{document}”没有版本 {version}（其版本为 1 到 {last}）</translation>
    </message>
    <message>
        <source>&apos;{document}&apos; was not imported from a file: it has no original</source>
        <translation>“{document}”不是从文件导入的：它没有原始文件</translation>
    </message>
    <message>
        <source>&apos;{document}&apos; would have more than {limit:,} characters; nothing was changed</source>
        <translation>“{document}”将超过 {limit:,} 个字符；未做任何更改</translation>
    </message>
    <message>
        <source>&apos;{document}&apos; would have no text left; nothing was changed</source>
        <translation>“{document}”将不再有任何文本；未做任何更改</translation>
    </message>
    <message>
        <source>&apos;{document}&apos;: a second recording for the same transcript was not linked</source>
        <translation>“{document}”：同一转录稿的第二个录音未链接</translation>
    </message>
    <message>
        <source>&apos;{document}&apos;: its recording ({path}) was not found on this computer; link it with: qcode media PROJECT DOCUMENT FILE</source>
        <translation>“{document}”：在此计算机上找不到其录音（{path}）；请用以下命令链接：qcode media PROJECT DOCUMENT FILE</translation>
    </message>
    <message>
        <source>&apos;{document}&apos;: its recording linked at {path}</source>
        <translation>“{document}”：其录音已链接于 {path}</translation>
    </message>
    <message>
        <source>&apos;{document}&apos;: its recording was not linked ({problem})</source>
        <translation>“{document}”：其录音未链接（{problem}）</translation>
    </message>
    <message>
        <source>&apos;{document}&apos;: its recording written out of the file to {path}</source>
        <translation>“{document}”：其录音已从文件中取出，写入 {path}</translation>
    </message>
    <message>
        <source>&apos;{document}&apos;: {problem}</source>
        <translation>“{document}”：{problem}</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; was not done: it would break the project&apos;s consistency ({problem})</source>
        <translation>未执行“{label}”：它会破坏项目的一致性（{problem}）</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; ({what}) was not imported: it has no text or transcript</source>
        <translation>“{name}”（{what}）未导入：它没有文本或转录稿</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has the same text as &apos;{earlier}&apos;; its codings and memos are on that document</source>
        <translation>“{name}”与“{earlier}”文本相同；其编码和备忘录都在该文档上</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; was not imported: {problem}</source>
        <translation>“{name}”未导入：{problem}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; was not imported: {problem} ({codings} lost)</source>
        <translation>“{name}”未导入：{problem}（丢失 {codings}）</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;: {codings} of the whole {what} not imported</source>
        <translation>“{name}”：针对整个{what}的 {codings}未导入</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;: {count:,} passage marked without a code is now memos on the document, quoting the passage</source>
        <translation>“{name}”：{count:,} 个未带编码的标记段落现为文档上的备忘录，并引用该段落</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;: {count:,} passages marked without a code are now memos on the document, quoting the passage</source>
        <translation>“{name}”：{count:,} 个未带编码的标记段落现为文档上的备忘录，并引用这些段落</translation>
    </message>
    <message numerus="yes">
        <source>&apos;{name}&apos;: {count:,} selection{s} outside its text ({length} {unit}) and were not imported: {spans}</source>
        <translation>
            <numerusform>“{name}”：{count:,} 个选段超出其文本（{length} {unit}），未导入：{spans}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;{name}&apos;: {count:,} selection{s} without a valid start before the end were not imported: {spans}</source>
        <translation>
            <numerusform>“{name}”：{count:,} 个选段没有位于结尾之前的有效起点，未导入：{spans}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;{name}&apos;: {count:,} {what} region or time selection{s} with {codings} not imported (qcode codes text only)</source>
        <translation>
            <numerusform>“{name}”：{count:,} 个{what}区域或时间选段（含 {codings}）未导入（qcode 只编码文本）</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is not a code path (empty part)</source>
        <translation>“{path}”不是编码路径（有空的部分）</translation>
    </message>
    <message>
        <source>&apos;{document}&apos;: its recording {file} still holds what was replaced (qcode cannot redact audio): keep it apart from anything shared, or edit it</source>
        <translation>“{document}”：其录音 {file} 中仍有被替换的内容（qcode 无法编辑音频）：请将其与任何共享内容分开保存，或编辑它</translation>
    </message>
    <message>
        <source>&apos;{document}&apos;: its recording {file} still holds what was replaced (qcode cannot redact audio): keep it apart from anything shared, or edit it (the replaced words are spoken at {times})</source>
        <translation>“{document}”：其录音 {file} 中仍有被替换的内容（qcode 无法编辑音频）：请将其与任何共享内容分开保存，或编辑它（被替换的词语出现在 {times}）</translation>
    </message>
    <message>
        <source>&apos;{document}&apos;: the recording it transcribes still holds what was replaced (qcode cannot redact audio): keep it apart from anything shared, or edit it</source>
        <translation>“{document}”：其所转录的录音中仍有被替换的内容（qcode 无法编辑音频）：请将其与任何共享内容分开保存，或编辑它</translation>
    </message>
    <message>
        <source>&apos;{document}&apos;: the recording it transcribes still holds what was replaced (qcode cannot redact audio): keep it apart from anything shared, or edit it (the replaced words are spoken at {times})</source>
        <translation>“{document}”：其所转录的录音中仍有被替换的内容（qcode 无法编辑音频）：请将其与任何共享内容分开保存，或编辑它（被替换的词语出现在 {times}）</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; was not done: a text in it holds an invalid character (a lone surrogate)</source>
        <translation>未执行“{label}”：其中的文本含有无效字符（孤立的代理字符）</translation>
    </message>
    <message>
        <source>&apos;{source}&apos;: a project in memory cannot keep a recording</source>
        <translation>“{source}”：内存中的项目无法保存录音</translation>
    </message>
    <message>
        <source>&apos;{source}&apos;: its recording sources/{entry} is missing from the file</source>
        <translation>“{source}”：文件中缺少其录音 sources/{entry}</translation>
    </message>
    <message>
        <source>&apos;{source}&apos;: its recording sources/{entry} is not a kind qcode links</source>
        <translation>“{source}”：其录音 sources/{entry} 不是 qcode 可链接的类型</translation>
    </message>
    <message>
        <source>&apos;{suffix}&apos; is not a recording qcode links (it links {known})</source>
        <translation>“{suffix}”不是 qcode 可链接的录音（可链接 {known}）</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date like 2031-12-31</source>
        <translation>“{value}”不是 2031-12-31 这样的日期</translation>
    </message>
    <message>
        <source>&apos;{variable}&apos; is {ours} here but {theirs} in {other}; kept {ours}</source>
        <translation>“{variable}”在此为 {ours}，在 {other} 中为 {theirs}；保留 {ours}</translation>
    </message>
    <message>
        <source>&apos;{what}&apos; is {ours} here but {theirs} in {other}; kept {chosen}</source>
        <translation>“{what}”在此为 {ours}，在 {other} 中为 {theirs}；保留 {chosen}</translation>
    </message>
    <message>
        <source>(a replacement holding an identifier; not shown)</source>
        <translation>（含有识别信息的替换词；不显示）</translation>
    </message>
    <message>
        <source>(no extension) is not a recording qcode links (it links {known})</source>
        <translation>（无扩展名）不是 qcode 可链接的录音（可链接 {known}）</translation>
    </message>
    <message>
        <source>--sections: name at least one of {sections}</source>
        <translation>--sections：请至少指定以下之一：{sections}</translation>
    </message>
    <message>
        <source>--split must be between 0.05 and 0.95</source>
        <translation>--split 必须介于 0.05 和 0.95 之间</translation>
    </message>
    <message>
        <source>1 byte that is not valid UTF-8 replaced by � on line {lines}</source>
        <translation>第 {lines} 行有 1 个无效的 UTF-8 字节，已替换为 �</translation>
    </message>
    <message>
        <source>&lt;{tag}&gt; is still open</source>
        <translation>&lt;{tag}&gt; 仍未关闭</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>关于本报告</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>所有编码</translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation>指控</translation>
    </message>
    <message>
        <source>Asks</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Bar chart of the {count} codes with the most coded passages.</source>
        <translation>已编码文段最多的 {count} 个编码的条形图。</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>字符数</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Co-occurrence</source>
        <translation>共现</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Code frequencies</source>
        <translation>编码频次</translation>
    </message>
    <message>
        <source>Code memos</source>
        <translation>编码备忘录</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>编码本</translation>
    </message>
    <message>
        <source>Coded passages</source>
        <translation>已编码文段</translation>
    </message>
    <message>
        <source>Coded passages (own)</source>
        <translation>已编码文段（自身）</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>编码员</translation>
    </message>
    <message>
        <source>Coders {coders}; documents: {documents}.</source>
        <translation>编码员 {coders}；文档：{documents}。</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa</source>
        <translation>Cohen&apos;s kappa</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>知情同意</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Contradicting links</source>
        <translation>反驳链接</translation>
    </message>
    <message>
        <source>Corroboration</source>
        <translation>佐证</translation>
    </message>
    <message>
        <source>Document memos</source>
        <translation>文档备忘录</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>END ({end:,}) is past the end of &apos;{document}&apos; ({count:,} characters); nothing was changed</source>
        <translation>END（{end:,}）超出了“{document}”的末尾（{count:,} 个字符）；未做任何更改</translation>
    </message>
    <message>
        <source>Each case&apos;s summary on each code, as the team wrote it (&apos;qcode framework&apos;), then the coded passages each summary rests on.</source>
        <translation>每个个案在每个编码上的摘要（团队所写，“qcode framework”），以及每个摘要所依据的已编码文段。</translation>
    </message>
    <message>
        <source>Each saved query, the passages it finds now in this report&apos;s documents (&apos;qcode query --run NAME&apos; lists them).</source>
        <translation>每个已保存的查询，以及它目前在本报告文档中找到的文段（“qcode query --run NAME”会列出它们）。</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>First-hand</source>
        <translation>第一手</translation>
    </message>
    <message>
        <source>Framework matrix</source>
        <translation>框架矩阵</translation>
    </message>
    <message>
        <source>Heat map of how often the {count} most applied codes overlap.</source>
        <translation>最常用的 {count} 个编码之间重叠次数的热图。</translation>
    </message>
    <message>
        <source>How often passages of two codes overlap, for the {count} codes applied most often (the figures of &apos;qcode cooccurrence&apos;).</source>
        <translation>两个编码的文段重叠的次数，针对最常用的 {count} 个编码（即“qcode cooccurrence”的数字）。</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>导入自</translation>
    </message>
    <message>
        <source>Inter-coder agreement</source>
        <translation>编码员间一致性</translation>
    </message>
    <message>
        <source>Keywords: {keywords}</source>
        <translation>关键词：{keywords}</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha</source>
        <translation>Krippendorff&apos;s alpha</translation>
    </message>
    <message>
        <source>Memo: {memo}</source>
        <translation>备忘录：{memo}</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>备忘录</translation>
    </message>
    <message>
        <source>NEAR/{unit} is not a distance: use NEAR/N (N characters, 0 to {most:,}), NEAR/sentence, NEAR/paragraph or NEAR/turn</source>
        <translation>NEAR/{unit} 不是距离：请使用 NEAR/N（N 个字符，0 到 {most:,}）、NEAR/sentence、NEAR/paragraph 或 NEAR/turn</translation>
    </message>
    <message>
        <source>NOT must follow AND (write &apos;AND NOT&apos;)</source>
        <translation>NOT 必须跟在 AND 之后（请写“AND NOT”）</translation>
    </message>
    <message>
        <source>No case has a summary on the codes in this report.</source>
        <translation>没有个案在本报告的编码上有摘要。</translation>
    </message>
    <message>
        <source>No coded passages in this report.</source>
        <translation>本报告中没有已编码文段。</translation>
    </message>
    <message>
        <source>No coded passages in this report: nothing to chart.</source>
        <translation>本报告中没有已编码文段：无可绘制的图表。</translation>
    </message>
    <message>
        <source>No coded passages in this report: nothing to corroborate.</source>
        <translation>本报告中没有已编码文段：无可佐证的内容。</translation>
    </message>
    <message>
        <source>No codes in this report.</source>
        <translation>本报告中没有编码。</translation>
    </message>
    <message>
        <source>No documents in this report.</source>
        <translation>本报告中没有文档。</translation>
    </message>
    <message>
        <source>No project, document or code memos in this report.</source>
        <translation>本报告中没有项目、文档或编码备忘录。</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Passages found</source>
        <translation>找到的文段</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Project memos</source>
        <translation>项目备忘录</translation>
    </message>
    <message>
        <source>Pseudonymised</source>
        <translation>化名处理</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Quotes are the coded text exactly as stored in the project. ¶ is the paragraph of the document the passage starts in, counted from 1; a time is the position in the recording, where the document is a subtitle file.</source>
        <translation>引文即项目中存储的已编码文本，原样照录。¶ 表示文段开始所在的文档段落，从 1 开始计数；时间是录音中的位置（当文档为字幕文件时）。</translation>
    </message>
    <message>
        <source>Quotes by code</source>
        <translation>按编码列出的引文</translation>
    </message>
    <message>
        <source>Report written {time}</source>
        <translation>报告生成于 {time}</translation>
    </message>
    <message>
        <source>SHA-256 is the fingerprint of the document&apos;s text as qcode stores it (UTF-8): the same text always gives the same fingerprint.</source>
        <translation>SHA-256 是 qcode 所存储文档文本（UTF-8）的指纹：相同的文本总是得到相同的指纹。</translation>
    </message>
    <message>
        <source>SHA-256 is the fingerprint of the document&apos;s text as qcode stores it (UTF-8): the same text always gives the same fingerprint. The names of the files the documents were imported from are left out of a pseudonymised report: they often hold names.</source>
        <translation>SHA-256 是 qcode 所存储文档文本（UTF-8）的指纹：相同的文本总是得到相同的指纹。使用化名的报告不列出文档导入时的文件名：文件名中常含人名。</translation>
    </message>
    <message>
        <source>START ({start:,}) is after END ({end:,}); nothing was changed</source>
        <translation>START（{start:,}）在 END（{end:,}）之后；未做任何更改</translation>
    </message>
    <message>
        <source>Saved queries</source>
        <translation>已保存的查询</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>来源：{sources}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>The figures of &apos;qcode agreement&apos; (character unit): every character of a document counts as coded or not coded with each code by each coder.</source>
        <translation>即“qcode agreement”的数字（字符单位）：文档的每个字符按每位编码员、每个编码计为已编码或未编码。</translation>
    </message>
    <message>
        <source>The figures of &apos;qcode corroboration&apos;: a source is a case a coded passage belongs to (a passage of no case: its document); first-hand sources have a passage graded first-hand; contradicting links are links of the type &apos;contradicts&apos;. An allegation counts the passages of its sub-codes.</source>
        <translation>即“qcode corroboration”的数字：来源是已编码文段所属的个案（不属于任何个案的文段：其文档）；第一手来源是有文段被评为第一手的来源；反驳链接是类型为“contradicts”的链接。指控计入其子编码的文段。</translation>
    </message>
    <message>
        <source>The quotes of this report are limited to {query}.</source>
        <translation>本报告的引文仅限于{query}。</translation>
    </message>
    <message>
        <source>UTF-16 units</source>
        <translation>个 UTF-16 单元</translation>
    </message>
    <message>
        <source>Update this field to list the headings.</source>
        <translation>请更新此域以列出各级标题。</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>a breakdown by attribute needs the attribute&apos;s name</source>
        <translation>按属性细分需要属性名称</translation>
    </message>
    <message>
        <source>a breakdown by case attribute needs the attribute&apos;s name</source>
        <translation>按个案属性细分需要属性名称</translation>
    </message>
    <message>
        <source>a case</source>
        <translation>个案</translation>
    </message>
    <message>
        <source>a case member is a document, a speaker or a coding</source>
        <translation>个案成员是一个文档、一个发言人或一个编码</translation>
    </message>
    <message>
        <source>a case member is a document, a speaker or a coding, not several</source>
        <translation>个案成员只能是一个文档、一个发言人或一个编码，不能同时是多个</translation>
    </message>
    <message>
        <source>a code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>a code without a name is now named &apos;{name}&apos;</source>
        <translation>一个没有名称的编码现名为“{name}”</translation>
    </message>
    <message>
        <source>a code without a name under &apos;{parent}&apos; is now named &apos;{name}&apos;</source>
        <translation>“{parent}”下一个没有名称的编码现名为“{name}”</translation>
    </message>
    <message>
        <source>a code&apos;s path is missing its closing double quote</source>
        <translation>编码路径缺少结尾的双引号</translation>
    </message>
    <message>
        <source>a coder</source>
        <translation>编码员</translation>
    </message>
    <message>
        <source>a coding</source>
        <translation>一处编码</translation>
    </message>
    <message>
        <source>a coding cannot be linked to itself</source>
        <translation>编码不能链接到自身</translation>
    </message>
    <message>
        <source>a coding to link no longer exists</source>
        <translation>要链接的某个编码已不存在</translation>
    </message>
    <message>
        <source>a document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>a document to auto-code no longer exists</source>
        <translation>要自动编码的某个文档已不存在</translation>
    </message>
    <message>
        <source>a document to link no longer exists; nothing was changed</source>
        <translation>要链接的某个文档已不存在；未做任何更改</translation>
    </message>
    <message>
        <source>a document to redact no longer exists; nothing was redacted</source>
        <translation>要删改的某个文档已不存在；未删改任何内容</translation>
    </message>
    <message>
        <source>a font that covers it</source>
        <translation>包含该字符的字体</translation>
    </message>
    <message>
        <source>a grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>a link from coding {uuid}</source>
        <translation>来自编码 {uuid} 的链接</translation>
    </message>
    <message>
        <source>a link type</source>
        <translation>链接类型</translation>
    </message>
    <message>
        <source>a participant</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>a participant withdrew: their turns were removed</source>
        <translation>一名参与者撤回：其话轮已删除</translation>
    </message>
    <message>
        <source>a passage without a code</source>
        <translation>一个没有编码的段落</translation>
    </message>
    <message>
        <source>a passphrase cannot contain a NUL character</source>
        <translation>密码不能包含 NUL 字符</translation>
    </message>
    <message>
        <source>a passphrase needs at least {count} characters (a few unrelated words are both strong and easy to remember)</source>
        <translation>密码至少需要 {count} 个字符（几个互不相关的词既安全又好记）</translation>
    </message>
    <message>
        <source>a project needs a name</source>
        <translation>项目需要一个名称</translation>
    </message>
    <message>
        <source>a pseudonym needs {what}</source>
        <translation>化名需要{what}</translation>
    </message>
    <message>
        <source>a pseudonym&apos;s {what} must be one line</source>
        <translation>化名的{what}必须只有一行</translation>
    </message>
    <message>
        <source>a pseudonymised agreement workbook needs the project</source>
        <translation>使用化名的一致性工作簿需要项目</translation>
    </message>
    <message>
        <source>a query</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>a recording refers to &apos;{entry}&apos;, outside the archive</source>
        <translation>某个录音引用了压缩包之外的“{entry}”</translation>
    </message>
    <message>
        <source>a replacement</source>
        <translation>替换文字</translation>
    </message>
    <message>
        <source>a second case named &apos;{old}&apos; is now &apos;{new}&apos;</source>
        <translation>第二个名为“{old}”的个案现名为“{new}”</translation>
    </message>
    <message>
        <source>a second document named &apos;{old}&apos; is now &apos;{new}&apos;</source>
        <translation>第二个名为“{old}”的文档现名为“{new}”</translation>
    </message>
    <message>
        <source>a second user named &apos;{old}&apos; is now &apos;{new}&apos;</source>
        <translation>第二个名为“{old}”的用户现名为“{new}”</translation>
    </message>
    <message>
        <source>a speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>a text to code</source>
        <translation>要编码的文本</translation>
    </message>
    <message>
        <source>add grade &apos;{grade}&apos;</source>
        <translation>添加等级“{grade}”</translation>
    </message>
    <message>
        <source>add link type &apos;{name}&apos;</source>
        <translation>添加链接类型“{name}”</translation>
    </message>
    <message>
        <source>add memo on {target}</source>
        <translation>为{target}添加备忘录</translation>
    </message>
    <message>
        <source>add memo on {target} &apos;{name}&apos;</source>
        <translation>为{target}“{name}”添加备忘录</translation>
    </message>
    <message>
        <source>add project memo</source>
        <translation>添加项目备忘录</translation>
    </message>
    <message>
        <source>add {count} codings</source>
        <translation>添加 {count} 处编码</translation>
    </message>
    <message>
        <source>agreement compares at most {most} coders (got {count})</source>
        <translation>一致性最多比较 {most} 位编码员（收到 {count} 位）</translation>
    </message>
    <message>
        <source>agreement needs at least {minimum} different coders (got {given})</source>
        <translation>一致性至少需要 {minimum} 位不同的编码员（收到：{given}）</translation>
    </message>
    <message>
        <source>all match</source>
        <translation>全部一致</translation>
    </message>
    <message>
        <source>already only the hashes of imported files are kept</source>
        <translation>已经只保留导入文件的哈希值</translation>
    </message>
    <message>
        <source>an attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>an empty code path</source>
        <translation>空的编码路径</translation>
    </message>
    <message>
        <source>an identifier</source>
        <translation>身份标识</translation>
    </message>
    <message>
        <source>an identifier and its replacement must each be one line of text</source>
        <translation>识别信息及其替换词都必须各为一行文本</translation>
    </message>
    <message>
        <source>an identifier in the pseudonym table of {other}</source>
        <translation>{other} 假名表中的一个识别信息</translation>
    </message>
    <message>
        <source>an identifier replaced by &apos;{replacement}&apos; in {other}</source>
        <translation>{other} 中被替换为“{replacement}”的识别信息</translation>
    </message>
    <message>
        <source>an identifier replaced by {kept} here is replaced by {theirs} in {other}; kept {kept}</source>
        <translation>在此被替换为 {kept} 的识别信息，在 {other} 中被替换为 {theirs}；保留 {kept}</translation>
    </message>
    <message>
        <source>an identifier would be left in the text (a replacement next to other text forms an identifier again); change that replacement; nothing was redacted</source>
        <translation>文本中会留下一个身份标识（替换文字与旁边的文字又组成了身份标识）；请修改该替换文字；未删改任何内容</translation>
    </message>
    <message>
        <source>an origin cannot be on both sides: {origins}</source>
        <translation>同一来源方式不能同时在两边：{origins}</translation>
    </message>
    <message>
        <source>apply &apos;{code}&apos;</source>
        <translation>应用“{code}”</translation>
    </message>
    <message>
        <source>as imported</source>
        <translation>导入时</translation>
    </message>
    <message>
        <source>assign {members} to case &apos;{case}&apos;</source>
        <translation>将{members}分配到个案“{case}”</translation>
    </message>
    <message>
        <source>at the top level</source>
        <translation>在顶层</translation>
    </message>
    <message>
        <source>attribute &apos;{name}&apos;</source>
        <translation>属性“{name}”</translation>
    </message>
    <message>
        <source>attribute &apos;{name}&apos; holds {kind} values; &apos;{value}&apos; is not one</source>
        <translation>属性“{name}”的值为{kind}；“{value}”不是</translation>
    </message>
    <message>
        <source>attribute &apos;{text}&apos; is not KEY=VALUE</source>
        <translation>属性“{text}”不是 KEY=VALUE 形式</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>auto-code speaker &apos;{speaker}&apos; as &apos;{code}&apos;</source>
        <translation>将发言人“{speaker}”自动编码为“{code}”</translation>
    </message>
    <message>
        <source>best {count} codes of each passage</source>
        <translation>每个段落最可能的 {count} 个编码</translation>
    </message>
    <message>
        <source>called &apos;{theirs}&apos; in {other}; kept &apos;{ours}&apos;</source>
        <translation>在 {other} 中名为“{theirs}”；保留“{ours}”</translation>
    </message>
    <message>
        <source>called &apos;{theirs}&apos; in {other}; kept the name &apos;{ours}&apos;</source>
        <translation>在 {other} 中名为“{theirs}”；保留名称“{ours}”</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>无法读取（{reason}）</translation>
    </message>
    <message>
        <source>cannot create {path}: {reason}</source>
        <translation>无法创建 {path}：{reason}</translation>
    </message>
    <message>
        <source>cannot merge &apos;{source}&apos; into its own sub-code</source>
        <translation>不能将“{source}”合并到它自己的子编码中</translation>
    </message>
    <message>
        <source>cannot merge a code into itself</source>
        <translation>不能将编码合并到自身</translation>
    </message>
    <message>
        <source>cannot move &apos;{code}&apos; into itself</source>
        <translation>不能将“{code}”移到它自身之中</translation>
    </message>
    <message>
        <source>cannot redo &apos;{label}&apos;: {problem}</source>
        <translation>无法重做“{label}”：{problem}</translation>
    </message>
    <message>
        <source>cannot run now: {problem}</source>
        <translation>目前无法运行：{problem}</translation>
    </message>
    <message>
        <source>cannot splice {column} of {table}</source>
        <translation>无法拼接 {table} 的 {column}</translation>
    </message>
    <message>
        <source>cannot undo &apos;{label}&apos;: {problem}</source>
        <translation>无法撤销“{label}”：{problem}</translation>
    </message>
    <message>
        <source>cannot update {columns} of {table}</source>
        <translation>无法更新 {table} 的 {columns}</translation>
    </message>
    <message>
        <source>cannot write {file}: {problem}</source>
        <translation>无法写入 {file}：{problem}</translation>
    </message>
    <message>
        <source>case</source>
        <translation>个案</translation>
    </message>
    <message>
        <source>case &apos;{case}&apos; is already on row {row}</source>
        <translation>个案“{case}”已在第 {row} 行</translation>
    </message>
    <message>
        <source>case &apos;{case}&apos; refers to a code that is not in the codebook; ignored</source>
        <translation>个案“{case}”引用了不在编码本中的编码；已忽略</translation>
    </message>
    <message>
        <source>close to its description</source>
        <translation>接近其描述</translation>
    </message>
    <message>
        <source>close to its description in this project&apos;s words</source>
        <translation>按本项目的用词接近其描述</translation>
    </message>
    <message>
        <source>confidence ≥ {cut:g}</source>
        <translation>置信度 ≥ {cut:g}</translation>
    </message>
    <message>
        <source>could not write {path} ({problem})</source>
        <translation>无法写入 {path}（{problem}）</translation>
    </message>
    <message>
        <source>cut their turns out of it or delete it yourself (others speak in it too)</source>
        <translation>请剪掉其发言或自行删除（其中也有其他人发言）</translation>
    </message>
    <message>
        <source>delete it yourself</source>
        <translation>请自行删除</translation>
    </message>
    <message>
        <source>delete it yourself (qcode never deletes it unasked)</source>
        <translation>请自行删除（未经要求 qcode 绝不删除）</translation>
    </message>
    <message>
        <source>deleted qcode&apos;s own copy of the recording {path} (the .qdpx it came from still holds it)</source>
        <translation>已删除 qcode 自己的录音副本 {path}（其来源 .qdpx 中仍有该录音）</translation>
    </message>
    <message>
        <source>deleted the recording {path}</source>
        <translation>已删除录音 {path}</translation>
    </message>
    <message>
        <source>its description: {words}</source>
        <translation>其描述：{words}</translation>
    </message>
    <message>
        <source>learned from your coding of &apos;{code}&apos;</source>
        <translation>学习自你对“{code}”的编码</translation>
    </message>
    <message>
        <source>like passages coded under &apos;{code}&apos;</source>
        <translation>与“{code}”之下编码的文段相似</translation>
    </message>
    <message>
        <source>next to a passage {what}</source>
        <translation>相邻文段{what}</translation>
    </message>
    <message>
        <source>not deleted: {reason}</source>
        <translation>未删除：{reason}</translation>
    </message>
    <message>
        <source>not found, so only referenced by path: {files}</source>
        <translation>未找到，因此仅按路径引用：{files}</translation>
    </message>
    <message>
        <source>not put inside, only referenced: the recordings of {documents} (their text was redacted, and they still say what was replaced)</source>
        <translation>未放入文件，仅引用：{documents} 的录音（其文本已编校，但录音中仍说出了被替换的内容）</translation>
    </message>
    <message>
        <source>not put inside, only referenced: the recordings of {documents} (they hold passages left out for consent)</source>
        <translation>未放入文件，仅引用：{documents} 的录音（其中含有因知情同意而略去的段落）</translation>
    </message>
    <message numerus="yes">
        <source>case &apos;{case}&apos; refers to code &apos;{code}&apos;: its {count:,} coding{s} are members of the case (the code stays)</source>
        <translation>
            <numerusform>个案“{case}”引用了编码“{code}”：其 {count:,} 个编码成为该个案的成员（编码保留）</numerusform>
        </translation>
    </message>
    <message>
        <source>case &apos;{case}&apos;: a second value &apos;{value}&apos; of &apos;{variable}&apos; was not imported (it keeps &apos;{kept}&apos;)</source>
        <translation>个案“{case}”：“{variable}”的第二个值“{value}”未导入（保留“{kept}”）</translation>
    </message>
    <message>
        <source>case &apos;{case}&apos;: value &apos;{value}&apos; of &apos;{variable}&apos; is not {type}; not imported</source>
        <translation>个案“{case}”：“{variable}”的值“{value}”不是 {type}；未导入</translation>
    </message>
    <message numerus="yes">
        <source>case &apos;{case}&apos;: {count:,} passage{s} of it without a code are not its members (qcode&apos;s case members are documents, speakers and codings)</source>
        <translation>
            <numerusform>个案“{case}”：其中 {count:,} 个没有编码的段落不是其成员（qcode 的个案成员是文档、发言人和编码）</numerusform>
        </translation>
    </message>
    <message>
        <source>case &apos;{case}&apos;: {what} of it were not imported, so they are not its members</source>
        <translation>个案“{case}”：其中 {what}未导入，因此不是其成员</translation>
    </message>
    <message>
        <source>case {name}</source>
        <translation>个案 {name}</translation>
    </message>
    <message>
        <source>change &apos;{code}&apos;</source>
        <translation>修改“{code}”</translation>
    </message>
    <message>
        <source>changed while it was being read; try again</source>
        <translation>读取期间文件发生了变化；请重试</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>个字符</translation>
    </message>
    <message>
        <source>checked the hashes of {count} documents: {outcome}</source>
        <translation>核对了 {count} 份文档的哈希值：{outcome}</translation>
    </message>
    <message>
        <source>clear the grade of coding</source>
        <translation>清除编码的等级</translation>
    </message>
    <message>
        <source>clear the grade of {count} codings</source>
        <translation>清除 {count} 处编码的等级</translation>
    </message>
    <message>
        <source>closing &lt;{tag}&gt; while &lt;{opened}&gt; is open</source>
        <translation>在 &lt;{opened}&gt; 尚未关闭时关闭了 &lt;{tag}&gt;</translation>
    </message>
    <message>
        <source>code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>code &apos;{code}&apos;</source>
        <translation>编码“{code}”</translation>
    </message>
    <message>
        <source>code &apos;{code}&apos; no longer exists</source>
        <translation>编码“{code}”已不存在</translation>
    </message>
    <message>
        <source>code &apos;{name}&apos; {where} is now named &apos;{unique}&apos;</source>
        <translation>{where}的编码“{name}”现名为“{unique}”</translation>
    </message>
    <message>
        <source>code &apos;{name}&apos; {where} is now named &apos;{unique}&apos; (two codes had that name)</source>
        <translation>{where}的编码“{name}”现名为“{unique}”（两个编码同名）</translation>
    </message>
    <message>
        <source>code &apos;{path}&apos; is marked not codable in the file but has codings; it is codable now</source>
        <translation>编码“{path}”在文件中标为不可编码，但有编码记录；现已设为可编码</translation>
    </message>
    <message>
        <source>code name &apos;{raw}&apos; cleaned to &apos;{name}&apos;</source>
        <translation>编码名称“{raw}”已清理为“{name}”</translation>
    </message>
    <message>
        <source>code path &apos;{path}&apos; has {count:,} levels; {rule}</source>
        <translation>编码路径“{path}”有 {count:,} 层；{rule}</translation>
    </message>
    <message numerus="yes">
        <source>code set &apos;{set}&apos; is now a project memo listing its {count:,} code{s}</source>
        <translation>
            <numerusform>编码集“{set}”现为列出其 {count:,} 个编码的项目备忘录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>code {count:,} answer{s} &apos;{code}&apos;</source>
        <translation>
            <numerusform>将 {count:,} 条回答编码为“{code}”</numerusform>
        </translation>
    </message>
    <message>
        <source>code {count} {what} as &apos;{code}&apos;</source>
        <translation>将 {count} 个{what}编码为“{code}”</translation>
    </message>
    <message>
        <source>code {guid} has no name</source>
        <translation>编码 {guid} 没有名称</translation>
    </message>
    <message>
        <source>code {name!r} has an invalid GUID {guid!r}</source>
        <translation>编码 {name!r} 的 GUID {guid!r} 无效</translation>
    </message>
    <message>
        <source>code {name!r} has an invalid colour {color!r}</source>
        <translation>编码 {name!r} 的颜色 {color!r} 无效</translation>
    </message>
    <message>
        <source>codebook not found: {codebook} (shipped with qcode: {shipped})</source>
        <translation>找不到编码本：{codebook}（qcode 自带：{shipped}）</translation>
    </message>
    <message>
        <source>coded by {coder}</source>
        <translation>编码员：{coder}</translation>
    </message>
    <message>
        <source>coded passages (own)</source>
        <translation>已编码文段（自身）</translation>
    </message>
    <message>
        <source>coder &apos;{name}&apos; and &apos;{other}&apos; share a file name; nothing was written</source>
        <translation>编码员“{name}”和“{other}”的文件名相同；未写入任何内容</translation>
    </message>
    <message>
        <source>coder &apos;{name}&apos; is named twice; nothing was written</source>
        <translation>编码员“{name}”被列出两次；未写入任何内容</translation>
    </message>
    <message>
        <source>coders: {names}</source>
        <translation>编码员：{names}</translation>
    </message>
    <message>
        <source>codes (with their sub-codes): {names}</source>
        <translation>编码（含子编码）：{names}</translation>
    </message>
    <message>
        <source>coding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>coding {uuid}</source>
        <translation>编码 {uuid}</translation>
    </message>
    <message>
        <source>codings made: {origins}</source>
        <translation>编码的产生方式：{origins}</translation>
    </message>
    <message>
        <source>colour &apos;{color}&apos; is not of the form #RRGGBB</source>
        <translation>颜色“{color}”不是 #RRGGBB 形式</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos; cannot be both {role} and {other_role}</source>
        <translation>列“{column}”不能既是{role}又是{other_role}</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>第 {column} 列</translation>
    </message>
    <message>
        <source>contains XML entities, which qcode refuses for safety</source>
        <translation>包含 XML 实体，出于安全考虑 qcode 拒绝读取</translation>
    </message>
    <message>
        <source>contains no text (only whitespace)</source>
        <translation>不含文本（只有空白）</translation>
    </message>
    <message>
        <source>contradicted ({count} link(s))</source>
        <translation>被反驳（{count} 个链接）</translation>
    </message>
    <message>
        <source>correct the text of &apos;{document}&apos;</source>
        <translation>更正“{document}”的文本</translation>
    </message>
    <message>
        <source>could not delete {file}: {problem}</source>
        <translation>无法删除 {file}：{problem}</translation>
    </message>
    <message>
        <source>could not write the backup {file} ({error}); nothing was merged</source>
        <translation>无法写入备份 {file}（{error}）；未合并任何内容</translation>
    </message>
    <message>
        <source>could not write the coders&apos; copies ({error}); nothing was written</source>
        <translation>无法写入编码员的副本（{error}）；未写入任何内容</translation>
    </message>
    <message>
        <source>could not write to {file} ({problem}); &apos;{label}&apos; was not done and the project is as it was</source>
        <translation>无法写入 {file}（{problem}）；未执行“{label}”，项目保持原样</translation>
    </message>
    <message>
        <source>create case &apos;{case}&apos;</source>
        <translation>创建个案“{case}”</translation>
    </message>
    <message>
        <source>create code &apos;{code}&apos;</source>
        <translation>创建编码“{code}”</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>declares an unknown text encoding</source>
        <translation>声明了未知的文本编码</translation>
    </message>
    <message>
        <source>decoded as {encoding}, not UTF-8</source>
        <translation>已按 {encoding} 解码，而非 UTF-8</translation>
    </message>
    <message numerus="yes">
        <source>decoded as {encoding}, not UTF-8; {count:,} character{s} in it that looked like UTF-8 may show garbled</source>
        <translation>
            <numerusform>已按 {encoding} 解码，而非 UTF-8；其中 {count:,} 个看似 UTF-8 的字符可能显示为乱码</numerusform>
        </translation>
    </message>
    <message>
        <source>delete &apos;{document}&apos;</source>
        <translation>删除“{document}”</translation>
    </message>
    <message>
        <source>delete a pseudonym ({replacement})</source>
        <translation>删除化名（{replacement}）</translation>
    </message>
    <message>
        <source>delete case &apos;{case}&apos;</source>
        <translation>删除个案“{case}”</translation>
    </message>
    <message>
        <source>delete code &apos;{code}&apos;</source>
        <translation>删除编码“{code}”</translation>
    </message>
    <message>
        <source>delete from the text of &apos;{document}&apos;</source>
        <translation>从“{document}”的文本中删除</translation>
    </message>
    <message>
        <source>delete grade &apos;{grade}&apos;</source>
        <translation>删除等级“{grade}”</translation>
    </message>
    <message>
        <source>delete memo</source>
        <translation>删除备忘录</translation>
    </message>
    <message>
        <source>delete query &apos;{query}&apos;</source>
        <translation>删除查询“{query}”</translation>
    </message>
    <message>
        <source>delete {count} cases</source>
        <translation>删除 {count} 个个案</translation>
    </message>
    <message>
        <source>delete {count} documents ({names})</source>
        <translation>删除 {count} 份文档（{names}）</translation>
    </message>
    <message>
        <source>delete {count} pseudonyms</source>
        <translation>删除 {count} 个化名</translation>
    </message>
    <message numerus="yes">
        <source>deleted {count} backup{s} that held a withdrawn participant&apos;s data</source>
        <translation>
            <numerusform>删除了 {count} 个含有已撤回参与者数据的备份</numerusform>
        </translation>
    </message>
    <message>
        <source>demo coding {number}: quote not found in {document}</source>
        <translation>演示编码 {number}：在 {document} 中找不到引文</translation>
    </message>
    <message>
        <source>demo: {count} codings match {reference}, not one</source>
        <translation>演示：有 {count} 个编码与 {reference} 匹配，而不是一个</translation>
    </message>
    <message>
        <source>describe speaker &apos;{speaker}&apos;</source>
        <translation>描述发言人“{speaker}”</translation>
    </message>
    <message>
        <source>description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>document &apos;{document}&apos; no longer exists</source>
        <translation>文档“{document}”已不存在</translation>
    </message>
    <message>
        <source>document attributes: {pairs}</source>
        <translation>文档属性：{pairs}</translation>
    </message>
    <message>
        <source>documents: {names}</source>
        <translation>文档：{names}</translation>
    </message>
    <message>
        <source>does not look like text (binary data)</source>
        <translation>看起来不是文本（二进制数据）</translation>
    </message>
    <message>
        <source>draws more than {allowed:,} instructions for {characters:,} characters of text (the limit for a PDF&apos;s drawing; set {variable} to allow more)</source>
        <translation>为 {characters:,} 个文本字符执行了超过 {allowed:,} 条绘制指令（PDF 绘制的上限；设置 {variable} 可放宽）</translation>
    </message>
    <message>
        <source>each respondent is a case of type &apos;{type}&apos; holding their attributes ({new:,} new)</source>
        <translation>每位受访者都是类型为“{type}”的个案，带有其属性（新增 {new:,} 个）</translation>
    </message>
    <message>
        <source>each respondent is a case of type &apos;{type}&apos; holding their attributes ({new:,} new, {old:,} already in the project)</source>
        <translation>每位受访者都是类型为“{type}”的个案，带有其属性（新增 {new:,} 个，项目中已有 {old:,} 个）</translation>
    </message>
    <message>
        <source>edit case &apos;{case}&apos;</source>
        <translation>编辑个案“{case}”</translation>
    </message>
    <message>
        <source>edit description of &apos;{code}&apos;</source>
        <translation>编辑“{code}”的描述</translation>
    </message>
    <message>
        <source>edit grade &apos;{grade}&apos;</source>
        <translation>编辑等级“{grade}”</translation>
    </message>
    <message>
        <source>edit keywords of &apos;{code}&apos;</source>
        <translation>编辑“{code}”的关键词</translation>
    </message>
    <message>
        <source>edit link memo</source>
        <translation>编辑链接备忘录</translation>
    </message>
    <message>
        <source>edit link type &apos;{name}&apos;</source>
        <translation>编辑链接类型“{name}”</translation>
    </message>
    <message>
        <source>edit memo</source>
        <translation>编辑备忘录</translation>
    </message>
    <message>
        <source>edit project description</source>
        <translation>编辑项目描述</translation>
    </message>
    <message>
        <source>encrypted projects need the sqlcipher3 package, which is not installed ({error})</source>
        <translation>加密项目需要 sqlcipher3 软件包，但尚未安装（{error}）</translation>
    </message>
    <message>
        <source>entry &apos;{entry}&apos; points outside the archive; refused</source>
        <translation>条目“{entry}”指向压缩包之外；已拒绝</translation>
    </message>
    <message>
        <source>every cell of {columns} is empty</source>
        <translation>{columns} 的所有单元格都是空的</translation>
    </message>
    <message>
        <source>expands to more than {limit:,} characters (the limit for one document; set {variable} to allow more)</source>
        <translation>展开后超过 {limit:,} 个字符（单个文档的上限；设置 {variable} 可放宽）</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close the &apos;(&apos; at column {column}, found {found}</source>
        <translation>应为“)”以闭合第 {column} 列的“(”，实际为 {found}</translation>
    </message>
    <message>
        <source>expected a code in double quotes or &apos;(&apos;, found {found}</source>
        <translation>应为双引号中的编码或“(”，实际为 {found}</translation>
    </message>
    <message>
        <source>expected an operator (AND, OR, AND NOT, NEAR/…), found {found}</source>
        <translation>应为运算符（AND、OR、AND NOT、NEAR/…），实际为 {found}</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>已取消导出</translation>
    </message>
    <message>
        <source>export it as .docx first</source>
        <translation>请先导出为 .docx</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <source>first-hand</source>
        <translation>第一手</translation>
    </message>
    <message>
        <source>folder not found: {folder}</source>
        <translation>找不到文件夹：{folder}</translation>
    </message>
    <message>
        <source>for the respondents&apos; ids</source>
        <translation>作为受访者编号</translation>
    </message>
    <message numerus="yes">
        <source>grade &apos;{name}&apos; is given to {count} coding{s}; clear or change their grade first</source>
        <translation>
            <numerusform>等级“{name}”已用于 {count} 个编码；请先清除或更改它们的等级</numerusform>
        </translation>
    </message>
    <message>
        <source>grade coding</source>
        <translation>为编码评定等级</translation>
    </message>
    <message>
        <source>grade coding as &apos;{grade}&apos;</source>
        <translation>将编码评为“{grade}”</translation>
    </message>
    <message>
        <source>grade {count} codings</source>
        <translation>为 {count} 处编码评定等级</translation>
    </message>
    <message>
        <source>grade {count} codings as &apos;{grade}&apos;</source>
        <translation>将 {count} 处编码评为“{grade}”</translation>
    </message>
    <message>
        <source>grade: {grade}</source>
        <translation>等级：{grade}</translation>
    </message>
    <message>
        <source>graph &apos;{name}&apos; ({nodes}, {links}) was not imported: qcode has no network views</source>
        <translation>图“{name}”（{nodes}，{links}）未导入：qcode 没有网络视图</translation>
    </message>
    <message>
        <source>has a header row but no rows of answers</source>
        <translation>有标题行，但没有回答行</translation>
    </message>
    <message>
        <source>has compressed parts that unpack to more than</source>
        <translation>其压缩部分解压后超过</translation>
    </message>
    <message>
        <source>has more than {cells:,} cells (the most a sheet may have; set {variable} to allow more)</source>
        <translation>超过 {cells:,} 个单元格（一个工作表的上限；设置 {variable} 可放宽）</translation>
    </message>
    <message>
        <source>has more than {limit:,} characters (the limit for one document; set {variable} to allow more)</source>
        <translation>超过 {limit:,} 个字符（单个文档的上限；设置 {variable} 可放宽）</translation>
    </message>
    <message>
        <source>has more than {rows:,} rows (the most a sheet may have; set {variable} to allow more)</source>
        <translation>超过 {rows:,} 行（一个工作表的上限；设置 {variable} 可放宽）</translation>
    </message>
    <message>
        <source>has more than {rows:,} rows or {cells:,} cells (the most a sheet may have; set {rows_variable} or {cells_variable} to allow more)</source>
        <translation>超过 {rows:,} 行或 {cells:,} 个单元格（一个工作表的上限；设置 {rows_variable} 或 {cells_variable} 可放宽）</translation>
    </message>
    <message>
        <source>has no cases (only a header row)</source>
        <translation>没有个案（只有标题行）</translation>
    </message>
    <message>
        <source>has no column &apos;{column}&apos; for the case name</source>
        <translation>没有用作个案名称的列“{column}”</translation>
    </message>
    <message>
        <source>has no column &apos;{column}&apos; for the case type</source>
        <translation>没有用作个案类型的列“{column}”</translation>
    </message>
    <message>
        <source>has no column &apos;{column}&apos; {purpose} (its columns: {columns})</source>
        <translation>没有{purpose}的列“{column}”（其列为：{columns}）</translation>
    </message>
    <message>
        <source>has no sheet named &apos;{sheet}&apos; (its sheets: {sheets} and {more} more)</source>
        <translation>没有名为“{sheet}”的工作表（其工作表：{sheets}，另有 {more} 个）</translation>
    </message>
    <message>
        <source>has no sheet named &apos;{sheet}&apos; (its sheets: {sheets})</source>
        <translation>没有名为“{sheet}”的工作表（其工作表：{sheets}）</translation>
    </message>
    <message>
        <source>has no text layer (a scanned image?) — run OCR first</source>
        <translation>没有文本层（是扫描图像？）——请先进行 OCR 识别</translation>
    </message>
    <message>
        <source>has no worksheet</source>
        <translation>没有工作表</translation>
    </message>
    <message>
        <source>holds more text than a sheet may</source>
        <translation>包含的文本超过一个工作表的上限</translation>
    </message>
    <message>
        <source>holds no project.qde, so it is not a REFI-QDA project file</source>
        <translation>不含 project.qde，因此不是 REFI-QDA 项目文件</translation>
    </message>
    <message>
        <source>holds {count:,} entries, more than the {most:,} allowed; refused</source>
        <translation>包含 {count:,} 个条目，超过允许的 {most:,} 个；已拒绝</translation>
    </message>
    <message>
        <source>holds {count} entries named &apos;{entry}&apos;; refused</source>
        <translation>包含 {count} 个名为“{entry}”的条目；已拒绝</translation>
    </message>
    <message>
        <source>holds {count} project files ({files}); which one to import is unclear</source>
        <translation>包含 {count} 个项目文件（{files}）；无法确定导入哪一个</translation>
    </message>
    <message>
        <source>honoured: nothing had to be left out</source>
        <translation>已遵守：无需略去任何内容</translation>
    </message>
    <message>
        <source>honoured: {passages} left out, spoken by {who} who did not consent to being quoted</source>
        <translation>已遵守：略去了 {passages}，出自 {who} 不同意被引用的参与者</translation>
    </message>
    <message>
        <source>ignored (own backup): may quote participants who did not consent</source>
        <translation>已忽略（项目自己的备份）：可能引用了不同意被引用的参与者</translation>
    </message>
    <message>
        <source>ignored: this is the project&apos;s own backup, and it may quote participants who did not consent to being quoted; do not share it</source>
        <translation>已忽略：这是项目自己的备份，可能引用了不同意被引用的参与者；请勿分享</translation>
    </message>
    <message>
        <source>import &apos;{document}&apos;</source>
        <translation>导入“{document}”</translation>
    </message>
    <message>
        <source>import cancelled; nothing was imported</source>
        <translation>已取消导入；未导入任何内容</translation>
    </message>
    <message>
        <source>import codebook &apos;{source}&apos;</source>
        <translation>导入编码本“{source}”</translation>
    </message>
    <message numerus="yes">
        <source>import {count:,} answer{s} from &apos;{source}&apos;</source>
        <translation>
            <numerusform>从“{source}”导入 {count:,} 条回答</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>import {count} case{s}</source>
        <translation>
            <numerusform>导入 {count} 个个案</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>import {count} case{s} from &apos;{source}&apos;</source>
        <translation>
            <numerusform>从“{source}”导入 {count} 个个案</numerusform>
        </translation>
    </message>
    <message>
        <source>import {count} documents</source>
        <translation>导入 {count} 份文档</translation>
    </message>
    <message>
        <source>import {file}</source>
        <translation>导入 {file}</translation>
    </message>
    <message>
        <source>imported files are already kept</source>
        <translation>已经保留导入的文件</translation>
    </message>
    <message>
        <source>insert into the text of &apos;{document}&apos;</source>
        <translation>在“{document}”的文本中插入</translation>
    </message>
    <message>
        <source>is a device, not a regular file</source>
        <translation>是设备，不是普通文件</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>是文件夹，不是文件</translation>
    </message>
    <message>
        <source>is a named pipe (FIFO), not a regular file</source>
        <translation>是命名管道（FIFO），不是普通文件</translation>
    </message>
    <message>
        <source>is a single table with no named sheets (a sheet is chosen in .xlsx or .ods)</source>
        <translation>是单个表格，没有命名的工作表（只能在 .xlsx 或 .ods 中选择工作表）</translation>
    </message>
    <message>
        <source>is a socket, not a regular file</source>
        <translation>是套接字，不是普通文件</translation>
    </message>
    <message>
        <source>is a special file, not a regular file</source>
        <translation>是特殊文件，不是普通文件</translation>
    </message>
    <message>
        <source>is a zip archive (a .qdpx project?), not XML</source>
        <translation>是 zip 压缩包（.qdpx 项目？），不是 XML</translation>
    </message>
    <message>
        <source>is damaged (a compressed part of it is broken beyond quick repair)</source>
        <translation>已损坏（其中一个压缩部分损坏，无法快速修复）</translation>
    </message>
    <message>
        <source>is damaged (its RTF could not be read)</source>
        <translation>已损坏（无法读取其 RTF 内容）</translation>
    </message>
    <message>
        <source>is damaged or not a real .docx file</source>
        <translation>已损坏，或不是真正的 .docx 文件</translation>
    </message>
    <message>
        <source>is damaged or not a real .odt file</source>
        <translation>已损坏，或不是真正的 .odt 文件</translation>
    </message>
    <message>
        <source>is damaged or not a valid PDF</source>
        <translation>已损坏，或不是有效的 PDF</translation>
    </message>
    <message>
        <source>is empty (no header row)</source>
        <translation>为空（没有标题行）</translation>
    </message>
    <message>
        <source>is encrypted in a way qcode cannot read</source>
        <translation>采用了 qcode 无法读取的加密方式</translation>
    </message>
    <message>
        <source>is first-hand in {other}; kept this project&apos;s</source>
        <translation>在 {other} 中为第一手；保留本项目的设置</translation>
    </message>
    <message>
        <source>is graded &apos;{theirs}&apos; in {other}; kept &apos;{ours}&apos;</source>
        <translation>在 {other} 中评级为“{theirs}”；保留“{ours}”</translation>
    </message>
    <message>
        <source>is larger than</source>
        <translation>大于</translation>
    </message>
    <message>
        <source>is not a REFI-QDA codebook (root element is &lt;{element}&gt; in namespace {namespace})</source>
        <translation>不是 REFI-QDA 编码本（根元素是命名空间 {namespace} 中的 &lt;{element}&gt;）</translation>
    </message>
    <message>
        <source>is not a REFI-QDA codebook (root element is &lt;{element}&gt;)</source>
        <translation>不是 REFI-QDA 编码本（根元素是 &lt;{element}&gt;）</translation>
    </message>
    <message>
        <source>is not a REFI-QDA project (root element is &lt;{element}&gt; in namespace {namespace})</source>
        <translation>不是 REFI-QDA 项目（根元素是命名空间 {namespace} 中的 &lt;{element}&gt;）</translation>
    </message>
    <message>
        <source>is not a REFI-QDA project (root element is &lt;{element}&gt;)</source>
        <translation>不是 REFI-QDA 项目（根元素是 &lt;{element}&gt;）</translation>
    </message>
    <message>
        <source>is not a readable .ods spreadsheet (damaged, or another format)</source>
        <translation>不是可读取的 .ods 电子表格（已损坏，或是其他格式）</translation>
    </message>
    <message>
        <source>is not a readable .xlsx workbook (damaged, or another format)</source>
        <translation>不是可读取的 .xlsx 工作簿（已损坏，或是其他格式）</translation>
    </message>
    <message>
        <source>is not a readable CSV file (line {line}: {error})</source>
        <translation>不是可读取的 CSV 文件（第 {line} 行：{error}）</translation>
    </message>
    <message>
        <source>is not a readable zip archive (damaged or truncated)</source>
        <translation>不是可读取的 zip 压缩包（已损坏或不完整）</translation>
    </message>
    <message>
        <source>is not a sheet qcode reads (.csv, .tsv, .txt, .xlsx or .ods; save an .xls as .xlsx)</source>
        <translation>不是 qcode 可读取的表格（.csv、.tsv、.txt、.xlsx 或 .ods；请将 .xls 另存为 .xlsx）</translation>
    </message>
    <message>
        <source>is not a spreadsheet (.ods)</source>
        <translation>不是电子表格（.ods）</translation>
    </message>
    <message>
        <source>is not a text document (.odt)</source>
        <translation>不是文本文档（.odt）</translation>
    </message>
    <message>
        <source>is not a valid PDF (it has no PDF header)</source>
        <translation>不是有效的 PDF（没有 PDF 文件头）</translation>
    </message>
    <message>
        <source>is not a zip archive (a .qdpx file is one)</source>
        <translation>不是 zip 压缩包（.qdpx 文件应当是）</translation>
    </message>
    <message>
        <source>is not an RTF file (it does not start with {start})</source>
        <translation>不是 RTF 文件（开头不是 {start}）</translation>
    </message>
    <message>
        <source>is not first-hand in {other}; kept this project&apos;s</source>
        <translation>在 {other} 中不是第一手；保留本项目的设置</translation>
    </message>
    <message>
        <source>is not valid {encoding} text, although it starts with a {encoding} marker</source>
        <translation>不是有效的 {encoding} 文本，尽管它以 {encoding} 标记开头</translation>
    </message>
    <message>
        <source>is not well-formed XML (line {line})</source>
        <translation>不是格式正确的 XML（第 {line} 行）</translation>
    </message>
    <message>
        <source>is of type &apos;{theirs}&apos; in {other}; kept &apos;{ours}&apos;</source>
        <translation>在 {other} 中类型为“{theirs}”；保留“{ours}”</translation>
    </message>
    <message>
        <source>is of type {ours} here but {theirs} in {other}; its values there were not merged</source>
        <translation>在此类型为 {ours}，在 {other} 中为 {theirs}；其在那里的值未合并</translation>
    </message>
    <message>
        <source>is of type {ours} here but {theirs} in {other}; its values there were not merged ({values})</source>
        <translation>在此类型为 {ours}，在 {other} 中为 {theirs}；其在那里的值未合并（{values}）</translation>
    </message>
    <message>
        <source>is password-protected — save an unprotected copy and import that</source>
        <translation>受密码保护——请另存一份不受保护的副本并导入该副本</translation>
    </message>
    <message>
        <source>it has neither a text file nor text</source>
        <translation>它既没有文本文件也没有文本</translation>
    </message>
    <message>
        <source>it has no text</source>
        <translation>它没有文本</translation>
    </message>
    <message>
        <source>its colour ({colour})</source>
        <translation>其颜色（{colour}）</translation>
    </message>
    <message>
        <source>its description</source>
        <translation>其描述</translation>
    </message>
    <message>
        <source>its keywords ({keywords})</source>
        <translation>其关键词（{keywords}）</translation>
    </message>
    <message>
        <source>its name (&apos;{name}&apos;)</source>
        <translation>其名称（“{name}”）</translation>
    </message>
    <message>
        <source>its place (&apos;{path}&apos;)</source>
        <translation>其位置（“{path}”）</translation>
    </message>
    <message>
        <source>its recording {file_name} is missing (looked for {path})</source>
        <translation>其录音 {file_name} 缺失（查找位置：{path}）</translation>
    </message>
    <message>
        <source>its recording {file_name} is not the file that was linked (bytes changed)</source>
        <translation>其录音 {file_name} 不是当初链接的文件（字节已改变）</translation>
    </message>
    <message>
        <source>its replacement contains an identifier in this project&apos;s pseudonym table</source>
        <translation>其替换词包含本项目假名表中的识别信息</translation>
    </message>
    <message>
        <source>its replacement contains the identifier it replaces</source>
        <translation>其替换词包含它所替换的识别信息</translation>
    </message>
    <message>
        <source>its text file ({path}) is not in a bare .qde file</source>
        <translation>其文本文件（{path}）不在单独的 .qde 文件中</translation>
    </message>
    <message>
        <source>its text file cannot be read ({problem})</source>
        <translation>无法读取其文本文件（{problem}）</translation>
    </message>
    <message>
        <source>its text file sources/{path} is missing from the archive</source>
        <translation>压缩包中缺少其文本文件 sources/{path}</translation>
    </message>
    <message>
        <source>its text is kept outside the project file ({reference})</source>
        <translation>其文本保存在项目文件之外（{reference}）</translation>
    </message>
    <message>
        <source>keep imported files</source>
        <translation>保留导入的文件</translation>
    </message>
    <message>
        <source>keep only the hashes of imported files</source>
        <translation>仅保留导入文件的哈希值</translation>
    </message>
    <message>
        <source>kept until {ours} here but {theirs} in {other}; kept {earlier}</source>
        <translation>在此保留至 {ours}，在 {other} 中保留至 {theirs}；采用 {earlier}</translation>
    </message>
    <message>
        <source>leaving out speakers: {names}</source>
        <translation>排除的发言人：{names}</translation>
    </message>
    <message>
        <source>left out the running headers, footers and page numbers repeated on most of its {pages} pages: {examples}</source>
        <translation>已略去在其 {pages} 页中大多数页面重复出现的页眉、页脚和页码：{examples}</translation>
    </message>
    <message>
        <source>line {number}: the time &apos;{time}&apos; is not a valid timestamp</source>
        <translation>第 {number} 行：时间“{time}”不是有效的时间戳</translation>
    </message>
    <message>
        <source>link &apos;{link}&apos; from a coding to itself was not imported</source>
        <translation>从编码指向其自身的链接“{link}”未导入</translation>
    </message>
    <message>
        <source>link &apos;{link}&apos; from a memo to something not imported was dropped; the memo is kept</source>
        <translation>从备忘录指向未导入内容的链接“{link}”已舍弃；备忘录保留</translation>
    </message>
    <message>
        <source>link &apos;{link}&apos; was not imported: qcode links codings, and its origin is {what}</source>
        <translation>链接“{link}”未导入：qcode 链接的是编码，而其起点是{what}</translation>
    </message>
    <message>
        <source>link &apos;{link}&apos; was not imported: qcode links codings, and its target is {what}</source>
        <translation>链接“{link}”未导入：qcode 链接的是编码，而其终点是{what}</translation>
    </message>
    <message>
        <source>link a quote to case &apos;{case}&apos; on &apos;{code}&apos;</source>
        <translation>为个案“{case}”的“{code}”链接一条引文</translation>
    </message>
    <message>
        <source>link codings</source>
        <translation>链接编码</translation>
    </message>
    <message>
        <source>link codings ({link_type})</source>
        <translation>链接编码（{link_type}）</translation>
    </message>
    <message>
        <source>link the recording {file} to &apos;{document}&apos;</source>
        <translation>将录音 {file} 链接到“{document}”</translation>
    </message>
    <message>
        <source>link type</source>
        <translation>链接类型</translation>
    </message>
    <message>
        <source>link type &apos;{current}&apos; is built in; it cannot be removed</source>
        <translation>链接类型“{current}”是内置的；不能删除</translation>
    </message>
    <message>
        <source>link type &apos;{current}&apos; is built in; it keeps its name</source>
        <translation>链接类型“{current}”是内置的；不能改名</translation>
    </message>
    <message numerus="yes">
        <source>Learned {count:,} codes from {passages}</source>
        <translation>
            <numerusform>已从 {passages}中学习 {count:,} 个编码</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Learning: {codes:,} of {count:,} codes ({passages})</source>
        <translation>
            <numerusform>正在学习：{codes:,}/{count:,} 个编码（{passages}）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading {documents:,} of {count:,} documents ({passages})</source>
        <translation>
            <numerusform>已读取 {documents:,}/{count:,} 个文档（{passages}）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deleted {count} recording file{s} that held a withdrawn participant&apos;s voice</source>
        <translation>
            <numerusform>删除了 {count} 个含有已撤回参与者声音的录音文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>keyword{s} {keywords}</source>
        <translation>
            <numerusform>关键词 {keywords}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>like {count} passage{s} coded &apos;{code}&apos;</source>
        <translation>
            <numerusform>与 {count} 个编码为“{code}”的文段相似</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>link type &apos;{name}&apos; is used by {count} link{s}; unlink them first</source>
        <translation>
            <numerusform>链接类型“{name}”被 {count} 个链接使用；请先取消这些链接</numerusform>
        </translation>
    </message>
    <message>
        <source>link {count} quotes to case &apos;{case}&apos; on &apos;{code}&apos;</source>
        <translation>为个案“{case}”的“{code}”链接 {count} 条引文</translation>
    </message>
    <message numerus="yes">
        <source>mark {count} changed coding{s} reviewed</source>
        <translation>
            <numerusform>将 {count} 处已变更的编码标记为已审阅</numerusform>
        </translation>
    </message>
    <message>
        <source>may be named</source>
        <translation>可具名</translation>
    </message>
    <message>
        <source>may be quoted</source>
        <translation>可引用</translation>
    </message>
    <message>
        <source>memo &apos;{memo}&apos; is empty; not imported</source>
        <translation>备忘录“{memo}”为空；未导入</translation>
    </message>
    <message>
        <source>memo &apos;{memo}&apos; is on {count} things; it is now {count} memos, one on each</source>
        <translation>备忘录“{memo}”附在 {count} 个对象上；现为 {count} 条备忘录，每个对象一条</translation>
    </message>
    <message>
        <source>memo &apos;{name}&apos;: {codings} inside it not imported</source>
        <translation>备忘录“{name}”：其中的 {codings}未导入</translation>
    </message>
    <message>
        <source>memo &apos;{name}&apos;: {problem}</source>
        <translation>备忘录“{name}”：{problem}</translation>
    </message>
    <message>
        <source>merge &apos;{source}&apos; into &apos;{target}&apos;</source>
        <translation>将“{source}”合并到“{target}”</translation>
    </message>
    <message>
        <source>merge {project}</source>
        <translation>合并 {project}</translation>
    </message>
    <message>
        <source>merged from {project}</source>
        <translation>从 {project} 合并</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>more than {most} nested parentheses</source>
        <translation>嵌套括号超过 {most} 层</translation>
    </message>
    <message>
        <source>move &apos;{code}&apos;</source>
        <translation>移动“{code}”</translation>
    </message>
    <message>
        <source>move grade &apos;{grade}&apos;</source>
        <translation>移动等级“{grade}”</translation>
    </message>
    <message>
        <source>moving &apos;{code}&apos;</source>
        <translation>移动“{code}”</translation>
    </message>
    <message>
        <source>moving &apos;{code}&apos; with its sub-codes</source>
        <translation>连同子编码移动“{code}”</translation>
    </message>
    <message>
        <source>name at least one coder to prepare a copy for</source>
        <translation>请至少指定一名要为其准备副本的编码员</translation>
    </message>
    <message>
        <source>named &apos;{raw}&apos; in {other}; cleaned to &apos;{name}&apos;</source>
        <translation>在 {other} 中名为“{raw}”；已清理为“{name}”</translation>
    </message>
    <message>
        <source>no attribute &apos;{name}&apos;</source>
        <translation>没有属性“{name}”</translation>
    </message>
    <message>
        <source>no case &apos;{name}&apos;</source>
        <translation>没有个案“{name}”</translation>
    </message>
    <message>
        <source>no case name ({column} is empty)</source>
        <translation>没有个案名称（{column} 为空）</translation>
    </message>
    <message>
        <source>no cases to delete</source>
        <translation>没有要删除的个案</translation>
    </message>
    <message>
        <source>no cases to import</source>
        <translation>没有要导入的个案</translation>
    </message>
    <message>
        <source>no code &apos;{code}&apos; (add --create to make it)</source>
        <translation>没有编码“{code}”（加上 --create 即可创建）</translation>
    </message>
    <message>
        <source>no code &apos;{path}&apos;</source>
        <translation>没有编码“{path}”</translation>
    </message>
    <message>
        <source>no code &apos;{ref}&apos; in {file}</source>
        <translation>{file} 中没有编码“{ref}”</translation>
    </message>
    <message>
        <source>no coder named &apos;{name}&apos;</source>
        <translation>没有名为“{name}”的编码员</translation>
    </message>
    <message>
        <source>no coder named &apos;{name}&apos; in {project}</source>
        <translation>{project} 中没有名为“{name}”的编码员</translation>
    </message>
    <message>
        <source>no coders</source>
        <translation>无编码员</translation>
    </message>
    <message>
        <source>no codes</source>
        <translation>无编码</translation>
    </message>
    <message>
        <source>no coding &apos;{ref}&apos; in {file}</source>
        <translation>{file} 中没有编码“{ref}”</translation>
    </message>
    <message>
        <source>no codings to grade</source>
        <translation>没有要评定等级的编码</translation>
    </message>
    <message>
        <source>no codings to link as quotes</source>
        <translation>没有要作为引文链接的编码</translation>
    </message>
    <message>
        <source>no document &apos;{ref}&apos; in {file}</source>
        <translation>{file} 中没有文档“{ref}”</translation>
    </message>
    <message>
        <source>no document has codings made both ways ({first}; {second}); name documents with --documents</source>
        <translation>没有文档同时具有两种方式所做的编码（{first}；{second}）；请用 --documents 指定文档</translation>
    </message>
    <message>
        <source>no documents</source>
        <translation>无文档</translation>
    </message>
    <message>
        <source>no documents to compare</source>
        <translation>没有可比较的文档</translation>
    </message>
    <message>
        <source>no documents to import</source>
        <translation>没有要导入的文档</translation>
    </message>
    <message>
        <source>no documents to redact</source>
        <translation>没有要删改的文档</translation>
    </message>
    <message>
        <source>no grade &apos;{name}&apos; (the project has no grades yet)</source>
        <translation>没有等级“{name}”（项目还没有任何等级）</translation>
    </message>
    <message>
        <source>no grade &apos;{name}&apos; (the project has {known})</source>
        <translation>没有等级“{name}”（项目中有：{known}）</translation>
    </message>
    <message>
        <source>no link type &apos;{name}&apos;</source>
        <translation>没有链接类型“{name}”</translation>
    </message>
    <message>
        <source>no link type &apos;{name}&apos; (the project has {known})</source>
        <translation>没有链接类型“{name}”（项目中有：{known}）</translation>
    </message>
    <message>
        <source>no links to remove</source>
        <translation>没有要删除的链接</translation>
    </message>
    <message>
        <source>no participant &apos;{name}&apos; in the consent register</source>
        <translation>知情同意登记中没有参与者“{name}”</translation>
    </message>
    <message>
        <source>no pseudonyms to add</source>
        <translation>没有要添加的化名</translation>
    </message>
    <message>
        <source>no pseudonyms to delete</source>
        <translation>没有要删除的化名</translation>
    </message>
    <message>
        <source>no respondent id ({column} is empty)</source>
        <translation>没有受访者编号（{column} 为空）</translation>
    </message>
    <message>
        <source>no saved query &apos;{name}&apos;</source>
        <translation>没有已保存的查询“{name}”</translation>
    </message>
    <message>
        <source>no speaker &apos;{speaker}&apos; in &apos;{document}&apos;</source>
        <translation>“{document}”中没有发言人“{speaker}”</translation>
    </message>
    <message>
        <source>no speaker &apos;{speaker}&apos; in any document</source>
        <translation>任何文档中都没有发言人“{speaker}”</translation>
    </message>
    <message>
        <source>no speaker has the role &apos;{role}&apos; (roles: {roles})</source>
        <translation>没有发言人具有角色“{role}”（现有角色：{roles}）</translation>
    </message>
    <message>
        <source>no subtitle cues found (no &apos;start --&gt; end&apos; timings)</source>
        <translation>未找到字幕条目（没有 &apos;start --&gt; end&apos; 格式的时间）</translation>
    </message>
    <message>
        <source>no suffix</source>
        <translation>无扩展名</translation>
    </message>
    <message>
        <source>no text column given (name the columns of answers to code)</source>
        <translation>未指定文本列（请指定要编码的回答所在的列）</translation>
    </message>
    <message>
        <source>no trained spaCy pipeline is installed: names, places and organisations were only looked for after titles (Dr, Mr, 律师...) and in the pseudonym table (install one with pip, e.g. en_core_web_sm or zh_core_web_sm)</source>
        <translation>未安装训练好的 spaCy 管道：只在称谓（Dr、Mr、律师...）之后和化名表中查找了人名、地名和机构名（请用 pip 安装一个，例如 en_core_web_sm 或 zh_core_web_sm）</translation>
    </message>
    <message>
        <source>no trained spaCy pipeline recognises names in {languages} (set the documents&apos; language attribute, or install a pipeline with pip): names there were only looked for after titles and in the pseudonym table</source>
        <translation>没有训练好的 spaCy 管道能识别 {languages} 中的人名（请设置文档的语言属性，或用 pip 安装管道）：这些文档中的人名只在称谓之后和化名表中查找</translation>
    </message>
    <message>
        <source>no version of its text is recorded</source>
        <translation>没有记录其文本的任何版本</translation>
    </message>
    <message>
        <source>no {what} to code</source>
        <translation>没有要编码的{what}</translation>
    </message>
    <message>
        <source>no: this report shows names and places as the transcripts hold them</source>
        <translation>否：本报告按转录稿原样显示人名和地名</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>none (the whole project)</source>
        <translation>无（整个项目）</translation>
    </message>
    <message>
        <source>none of those codings is flagged &apos;text changed&apos;</source>
        <translation>这些编码都没有“文本已更改”标记</translation>
    </message>
    <message>
        <source>none yet: set one with &apos;qcode speaker&apos;</source>
        <translation>暂无：请用“qcode speaker”设置</translation>
    </message>
    <message>
        <source>not a PDF that can be read back: {problem}</source>
        <translation>不是可以读回的 PDF：{problem}</translation>
    </message>
    <message>
        <source>not a valid regular expression: {problem}</source>
        <translation>不是有效的正则表达式：{problem}</translation>
    </message>
    <message>
        <source>not a valid regular expression: {problem} at position {position}</source>
        <translation>不是有效的正则表达式：{problem}，位于第 {position} 个字符</translation>
    </message>
    <message>
        <source>not in the file or not imported</source>
        <translation>不在文件中或未导入</translation>
    </message>
    <message>
        <source>note &apos;{name}&apos;</source>
        <translation>备忘录“{name}”</translation>
    </message>
    <message>
        <source>nothing to assign</source>
        <translation>没有要分配的内容</translation>
    </message>
    <message>
        <source>nothing to change: give a span (START &lt; END) or text to insert</source>
        <translation>无需更改：请给出一个范围（START &lt; END）或要插入的文本</translation>
    </message>
    <message>
        <source>nothing to change: that is what is recorded for &apos;{name}&apos;</source>
        <translation>无需更改：“{name}”的记录已是如此</translation>
    </message>
    <message>
        <source>nothing to change: the text there is already that</source>
        <translation>无需更改：那里的文本已经是这样</translation>
    </message>
    <message>
        <source>nothing to evaluate: no code has {count} or more coded passages yet</source>
        <translation>无可评估：尚无任何编码拥有 {count} 段或更多已编码文段</translation>
    </message>
    <message>
        <source>nothing to evaluate: no document has been coded yet</source>
        <translation>无可评估：尚未对任何文档编码</translation>
    </message>
    <message>
        <source>nothing to rank with: the project has no codable code</source>
        <translation>无法排序：项目中没有可用于编码的编码</translation>
    </message>
    <message>
        <source>nothing to redact: no identifier of the pseudonym table occurs in that document</source>
        <translation>无需删改：该文档中没有出现化名表中的任何身份标识</translation>
    </message>
    <message>
        <source>nothing to redact: no identifier of the pseudonym table occurs in those documents</source>
        <translation>无需删改：这些文档中没有出现化名表中的任何身份标识</translation>
    </message>
    <message>
        <source>nothing to redo</source>
        <translation>没有可重做的操作</translation>
    </message>
    <message>
        <source>nothing to unassign: not members of case &apos;{case}&apos;</source>
        <translation>无需取消分配：它们不是个案“{case}”的成员</translation>
    </message>
    <message>
        <source>nothing to undo</source>
        <translation>没有可撤销的操作</translation>
    </message>
    <message>
        <source>nothing to unlink: these codings are not quotes of that cell</source>
        <translation>无需取消链接：这些编码不是该单元格的引文</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>page {page} places more than {most:,} characters, more than a page can hold (a damaged or hostile PDF?)</source>
        <translation>第 {page} 页放置了超过 {most:,} 个字符，超出一页所能容纳（PDF 已损坏或含恶意内容？）</translation>
    </message>
    <message numerus="yes">
        <source>page{s} {pages}: more than {most:,} separate lines of text on a page (or {total:,} in all), read line by line from top to bottom</source>
        <translation>
            <numerusform>第 {pages} 页：一页超过 {most:,} 个独立的文本行（或总计超过 {total:,} 行），已从上到下逐行读取</numerusform>
        </translation>
    </message>
    <message>
        <source>passages</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>positions start at 0</source>
        <translation>位置从 0 开始</translation>
    </message>
    <message>
        <source>project not found: {path}</source>
        <translation>找不到项目：{path}</translation>
    </message>
    <message>
        <source>qcode allows at most {levels} levels of codes</source>
        <translation>qcode 最多允许 {levels} 层编码</translation>
    </message>
    <message>
        <source>qcode&apos;s &apos;{folder}&apos; folder is missing from this installation</source>
        <translation>此安装中缺少 qcode 的“{folder}”文件夹</translation>
    </message>
    <message>
        <source>query results</source>
        <translation>查询结果</translation>
    </message>
    <message>
        <source>query: column {column}: {problem}</source>
        <translation>查询：第 {column} 列：{problem}</translation>
    </message>
    <message>
        <source>recolour &apos;{code}&apos;</source>
        <translation>更改“{code}”的颜色</translation>
    </message>
    <message>
        <source>record the consent of &apos;{participant}&apos;</source>
        <translation>记录“{participant}”的知情同意</translation>
    </message>
    <message>
        <source>recording may be kept</source>
        <translation>录音可保留</translation>
    </message>
    <message numerus="yes">
        <source>redact {count} document{s}</source>
        <translation>
            <numerusform>删改 {count} 份文档</numerusform>
        </translation>
    </message>
    <message>
        <source>redaction: the pseudonym table&apos;s identifiers replaced</source>
        <translation>删改：已替换化名表中的身份标识</translation>
    </message>
    <message>
        <source>reject suggestion</source>
        <translation>拒绝建议</translation>
    </message>
    <message>
        <source>reject suggestion &apos;{code}&apos;</source>
        <translation>拒绝建议“{code}”</translation>
    </message>
    <message>
        <source>remove &apos;{code}&apos;</source>
        <translation>移除“{code}”</translation>
    </message>
    <message>
        <source>remove coding</source>
        <translation>移除编码</translation>
    </message>
    <message>
        <source>remove link type &apos;{name}&apos;</source>
        <translation>移除链接类型“{name}”</translation>
    </message>
    <message>
        <source>remove {count} codings</source>
        <translation>移除 {count} 处编码</translation>
    </message>
    <message>
        <source>remove {count} links</source>
        <translation>移除 {count} 个链接</translation>
    </message>
    <message>
        <source>rename &apos;{old}&apos; to &apos;{new}&apos;</source>
        <translation>将“{old}”重命名为“{new}”</translation>
    </message>
    <message>
        <source>rename case &apos;{old}&apos; to &apos;{new}&apos;</source>
        <translation>将个案“{old}”重命名为“{new}”</translation>
    </message>
    <message>
        <source>rename code &apos;{old}&apos; to &apos;{new}&apos;</source>
        <translation>将编码“{old}”重命名为“{new}”</translation>
    </message>
    <message>
        <source>rename grade &apos;{old}&apos; to &apos;{new}&apos;</source>
        <translation>将等级“{old}”重命名为“{new}”</translation>
    </message>
    <message>
        <source>rename project</source>
        <translation>重命名项目</translation>
    </message>
    <message>
        <source>rename query &apos;{old}&apos; to &apos;{new}&apos;</source>
        <translation>将查询“{old}”重命名为“{new}”</translation>
    </message>
    <message>
        <source>respondent &apos;{respondent}&apos; is already on row {row}</source>
        <translation>受访者“{respondent}”已在第 {row} 行</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>row {row:,} is past the last row a sheet can have</source>
        <translation>第 {row:,} 行超出了工作表可有的最后一行</translation>
    </message>
    <message>
        <source>row {row} has a value in {column}, which has no name in the header row (row {header_row})</source>
        <translation>第 {row} 行在{column}中有值，但该列在标题行（第 {header_row} 行）中没有名称</translation>
    </message>
    <message>
        <source>row {row} has more than {columns:,} columns (the most a sheet may have)</source>
        <translation>第 {row} 行超过 {columns:,} 列（一个工作表的上限）</translation>
    </message>
    <message numerus="yes">
        <source>row {row} has {count:,} field{s} but the header row (row {header_row}) has {header_count:,}: a value or a delimiter is missing or extra</source>
        <translation>
            <numerusform>第 {row} 行有 {count:,} 个字段，但标题行（第 {header_row} 行）有 {header_count:,} 个：缺少或多出了一个值或分隔符</numerusform>
        </translation>
    </message>
    <message>
        <source>row {row}: {problem}</source>
        <translation>第 {row} 行：{problem}</translation>
    </message>
    <message>
        <source>rows for {table} need {count} values</source>
        <translation>{table} 的行需要 {count} 个值</translation>
    </message>
    <message>
        <source>save it as .docx first</source>
        <translation>请先另存为 .docx</translation>
    </message>
    <message>
        <source>save it as .txt first</source>
        <translation>请先另存为 .txt</translation>
    </message>
    <message>
        <source>save query &apos;{query}&apos;</source>
        <translation>保存查询“{query}”</translation>
    </message>
    <message>
        <source>saved query &apos;{name}&apos; ({expression}): codings inside its results</source>
        <translation>已保存的查询“{name}”（{expression}）：其结果内的编码</translation>
    </message>
    <message>
        <source>saved query &apos;{name}&apos;: {problem}</source>
        <translation>已保存的查询“{name}”：{problem}</translation>
    </message>
    <message>
        <source>section &apos;{name}&apos;: {reason}</source>
        <translation>章节“{name}”：{reason}</translation>
    </message>
    <message>
        <source>set</source>
        <translation>集合</translation>
    </message>
    <message>
        <source>set &apos;{attribute}&apos; of &apos;{document}&apos;</source>
        <translation>设置“{document}”的“{attribute}”</translation>
    </message>
    <message>
        <source>set &apos;{attribute}&apos; of case &apos;{case}&apos;</source>
        <translation>设置个案“{case}”的“{attribute}”</translation>
    </message>
    <message numerus="yes">
        <source>set &apos;{set}&apos; is now the yes/no attribute &apos;set: {set}&apos; of {count:,} document{s}</source>
        <translation>
            <numerusform>集合“{set}”现为 {count:,} 个文档的是/否属性“set: {set}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>set &apos;{set}&apos; is now the yes/no attribute &apos;set: {set}&apos; of {count:,} document{s} ({lost} of its members were not imported)</source>
        <translation>
            <numerusform>集合“{set}”现为 {count:,} 个文档的是/否属性“set: {set}”（其 {lost} 个成员未导入）</numerusform>
        </translation>
    </message>
    <message>
        <source>set &apos;{set}&apos;: its memos are not grouped</source>
        <translation>集合“{set}”：其备忘录未分组</translation>
    </message>
    <message>
        <source>set a pseudonym (→ {replacement})</source>
        <translation>设置化名（→ {replacement}）</translation>
    </message>
    <message>
        <source>set role of speaker &apos;{speaker}&apos;</source>
        <translation>设置发言人“{speaker}”的角色</translation>
    </message>
    <message>
        <source>set {count} attributes of &apos;{document}&apos;</source>
        <translation>设置“{document}”的 {count} 个属性</translation>
    </message>
    <message>
        <source>set {count} attributes of case &apos;{case}&apos;</source>
        <translation>设置个案“{case}”的 {count} 个属性</translation>
    </message>
    <message>
        <source>set {count} pseudonyms</source>
        <translation>设置 {count} 个化名</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; is a chart, not a table</source>
        <translation>工作表“{sheet}”是图表，不是表格</translation>
    </message>
    <message>
        <source>some of these codings no longer exist</source>
        <translation>其中一些编码已不存在</translation>
    </message>
    <message>
        <source>some of these links no longer exist</source>
        <translation>其中一些链接已不存在</translation>
    </message>
    <message>
        <source>some {table} rows to change no longer exist</source>
        <translation>部分要修改的 {table} 行已不存在</translation>
    </message>
    <message>
        <source>some {table} to delete no longer exist</source>
        <translation>部分要删除的 {table} 已不存在</translation>
    </message>
    <message>
        <source>source &apos;{name}&apos;</source>
        <translation>来源“{name}”</translation>
    </message>
    <message>
        <source>source: {sources}</source>
        <translation>来源：{sources}</translation>
    </message>
    <message>
        <source>spaCy is not installed: names, places and organisations were only looked for after titles (Dr, Mr, 律师...) and in the pseudonym table</source>
        <translation>未安装 spaCy：只在称谓（Dr、Mr、律师...）之后和化名表中查找了人名、地名和机构名</translation>
    </message>
    <message>
        <source>spaCy pipeline &apos;{model}&apos; is not installed (qcode never downloads one; install it with pip, or use &apos;{blank}&apos;)</source>
        <translation>spaCy 管道“{model}”未安装（qcode 从不下载管道；请用 pip 安装，或使用“{blank}”）</translation>
    </message>
    <message>
        <source>span {start}–{end} is not inside the document</source>
        <translation>范围 {start}–{end} 不在文档之内</translation>
    </message>
    <message>
        <source>speaker &apos;{speaker}&apos; has no turns in any document</source>
        <translation>发言人“{speaker}”在任何文档中都没有话轮</translation>
    </message>
    <message>
        <source>speaker &apos;{speaker}&apos; has no turns in these documents</source>
        <translation>发言人“{speaker}”在这些文档中没有话轮</translation>
    </message>
    <message>
        <source>speakers with the role: {roles}</source>
        <translation>具有以下角色的发言人：{roles}</translation>
    </message>
    <message>
        <source>speakers: {names}</source>
        <translation>发言人：{names}</translation>
    </message>
    <message>
        <source>splice {start}:{end} outside a value of {length}</source>
        <translation>拼接范围 {start}:{end} 超出长度为 {length} 的值</translation>
    </message>
    <message>
        <source>suggestions have not learned &apos;{code}&apos; yet: let them learn again</source>
        <translation>建议尚未学习“{code}”：请让它们重新学习</translation>
    </message>
    <message>
        <source>summarise case &apos;{case}&apos; on &apos;{code}&apos;</source>
        <translation>为个案“{case}”撰写“{code}”的摘要</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>that participant is no longer in the register; nothing was changed</source>
        <translation>该参与者已不在登记中；未做任何更改</translation>
    </message>
    <message>
        <source>the Python package {package} (it comes with qcode)</source>
        <translation>Python 包 {package}（随 qcode 提供）</translation>
    </message>
    <message>
        <source>the archive is damaged ({entry}: {error})</source>
        <translation>压缩包已损坏（{entry}：{error}）</translation>
    </message>
    <message>
        <source>the case &apos;{case}&apos; no longer exists</source>
        <translation>个案“{case}”已不存在</translation>
    </message>
    <message>
        <source>the case no longer exists</source>
        <translation>该个案已不存在</translation>
    </message>
    <message>
        <source>the case&apos;s description</source>
        <translation>个案的描述</translation>
    </message>
    <message>
        <source>the case&apos;s type</source>
        <translation>个案的类型</translation>
    </message>
    <message>
        <source>the charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>the code no longer exists</source>
        <translation>该编码已不存在</translation>
    </message>
    <message>
        <source>the codebook has no codes, and a REFI-QDA codebook needs at least one</source>
        <translation>编码本中没有编码，而 REFI-QDA 编码本至少需要一个</translation>
    </message>
    <message>
        <source>the coders {coders} have not coded any document in common; name documents with --documents</source>
        <translation>编码员 {coders} 没有共同编码过任何文档；请用 --documents 指定文档</translation>
    </message>
    <message>
        <source>the coding no longer exists</source>
        <translation>该编码已不存在</translation>
    </message>
    <message numerus="yes">
        <source>the comments of coded passages are now memos on {count:,} coding{s}</source>
        <translation>
            <numerusform>已编码段落的评论现为 {count:,} 个编码上的备忘录</numerusform>
        </translation>
    </message>
    <message>
        <source>the document no longer exists</source>
        <translation>该文档已不存在</translation>
    </message>
    <message>
        <source>the code&apos;s description</source>
        <translation>编码的描述</translation>
    </message>
    <message>
        <source>the code&apos;s keyword &apos;{keyword}&apos;</source>
        <translation>编码的关键词“{keyword}”</translation>
    </message>
    <message>
        <source>the consent reference</source>
        <translation>知情同意编号</translation>
    </message>
    <message>
        <source>the descriptions of {types}</source>
        <translation>{types}的描述</translation>
    </message>
    <message>
        <source>the document no longer exists; nothing was changed</source>
        <translation>该文档已不存在；未做任何更改</translation>
    </message>
    <message>
        <source>the end of the query</source>
        <translation>查询的结尾</translation>
    </message>
    <message>
        <source>the expected text</source>
        <translation>预期文本</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the grade no longer exists</source>
        <translation>该等级已不存在</translation>
    </message>
    <message>
        <source>the grade&apos;s description</source>
        <translation>等级的描述</translation>
    </message>
    <message>
        <source>the identifier</source>
        <translation>身份标识</translation>
    </message>
    <message>
        <source>the identifier is part of a replacement in this project&apos;s pseudonym table; change that replacement, then add the identifier</source>
        <translation>该识别信息是本项目假名表中某个替换词的一部分；请先修改该替换词，再添加该识别信息</translation>
    </message>
    <message>
        <source>the identifier is part of the replacement &apos;{other_replacement}&apos; already in the pseudonym table; change that replacement first</source>
        <translation>该身份标识是化名表中已有替换文字“{other_replacement}”的一部分；请先修改那个替换文字</translation>
    </message>
    <message>
        <source>the identifier&apos;s kind</source>
        <translation>身份标识的类型</translation>
    </message>
    <message>
        <source>the last {percent}% of the coded text (trained on the rest)</source>
        <translation>已编码文本的最后 {percent}%（用其余部分训练）</translation>
    </message>
    <message>
        <source>the link no longer exists</source>
        <translation>该链接已不存在</translation>
    </message>
    <message>
        <source>the link type is called &apos;{theirs}&apos; in {other}; kept &apos;{ours}&apos;</source>
        <translation>该链接类型在 {other} 中名为“{theirs}”；保留“{ours}”</translation>
    </message>
    <message>
        <source>the link type no longer exists</source>
        <translation>该链接类型已不存在</translation>
    </message>
    <message>
        <source>the link type&apos;s description</source>
        <translation>链接类型的描述</translation>
    </message>
    <message>
        <source>the link&apos;s memo</source>
        <translation>链接的备忘录</translation>
    </message>
    <message>
        <source>the memo</source>
        <translation>备忘录</translation>
    </message>
    <message>
        <source>the memo is empty</source>
        <translation>备忘录是空的</translation>
    </message>
    <message>
        <source>the memo is empty (delete it instead)</source>
        <translation>备忘录是空的（请改为删除它）</translation>
    </message>
    <message>
        <source>the memo&apos;s title</source>
        <translation>备忘录的标题</translation>
    </message>
    <message>
        <source>the name and the type cannot come from the same column</source>
        <translation>名称和类型不能来自同一列</translation>
    </message>
    <message>
        <source>the name is taken by another document here; added as &apos;{name}&apos;</source>
        <translation>此名称已被本项目的另一文档使用；已添加为“{name}”</translation>
    </message>
    <message>
        <source>the new parent code no longer exists</source>
        <translation>新的上级编码已不存在</translation>
    </message>
    <message>
        <source>the new passphrase is the same as the old one; nothing was changed</source>
        <translation>新密码与旧密码相同；未做任何更改</translation>
    </message>
    <message>
        <source>the new text holds a control character (U+{codepoint:04X})</source>
        <translation>新文本含有控制字符（U+{codepoint:04X}）</translation>
    </message>
    <message>
        <source>the new text is not valid Unicode (it holds a lone surrogate)</source>
        <translation>新文本不是有效的 Unicode（含有孤立的代理字符）</translation>
    </message>
    <message>
        <source>the original of &apos;{document}&apos; ({file_name}) was not kept in the project, only its size and SHA-256</source>
        <translation>“{document}”的原始文件（{file_name}）未保存在项目中，只保存了其大小和 SHA-256</translation>
    </message>
    <message>
        <source>the parent code no longer exists</source>
        <translation>上级编码已不存在</translation>
    </message>
    <message>
        <source>the project XML declares a DTD or entities, which qcode refuses for safety</source>
        <translation>项目 XML 声明了 DTD 或实体，出于安全考虑 qcode 拒绝读取</translation>
    </message>
    <message>
        <source>the project XML declares an unknown encoding</source>
        <translation>项目 XML 声明了未知的编码</translation>
    </message>
    <message>
        <source>the project XML is empty</source>
        <translation>项目 XML 为空</translation>
    </message>
    <message>
        <source>the project XML is not well formed (line {line})</source>
        <translation>项目 XML 格式不正确（第 {line} 行）</translation>
    </message>
    <message>
        <source>the project file inside is named &apos;{name}&apos;, not &apos;project.qde&apos; as the standard says; read it anyway</source>
        <translation>其中的项目文件名为“{name}”，而不是标准规定的“project.qde”；仍已读取</translation>
    </message>
    <message>
        <source>the project has changed since ({table} already exist)</source>
        <translation>此后项目已发生变化（{table} 已存在）</translation>
    </message>
    <message>
        <source>the project has changed since ({table} are missing)</source>
        <translation>此后项目已发生变化（缺少 {table}）</translation>
    </message>
    <message>
        <source>the project has changed since ({table} differ)</source>
        <translation>此后项目已发生变化（{table} 不一致）</translation>
    </message>
    <message>
        <source>the project has no cases, links between codings or source grades to corroborate with</source>
        <translation>项目中没有可用于佐证的个案、编码间链接或来源等级</translation>
    </message>
    <message>
        <source>the project has no framework summaries yet (write one with &apos;qcode summary&apos;)</source>
        <translation>项目还没有框架摘要（请用“qcode summary”撰写）</translation>
    </message>
    <message>
        <source>the project has no saved queries (save one with &apos;qcode query … --save NAME&apos;)</source>
        <translation>项目中没有已保存的查询（请用“qcode query … --save NAME”保存）</translation>
    </message>
    <message>
        <source>the project is encrypted but its recordings are not: qcode links them where they are; keep them on an encrypted disk</source>
        <translation>项目已加密，但其录音未加密：qcode 在录音所在位置链接它们；请将录音保存在加密磁盘上</translation>
    </message>
    <message>
        <source>the project&apos;s description</source>
        <translation>项目的描述</translation>
    </message>
    <message>
        <source>the project&apos;s name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>the pseudonym table is empty: add the identifiers to replace with &apos;qcode pseudonym&apos; or Privacy ▸ Pseudonyms… first</source>
        <translation>化名表是空的：请先用“qcode pseudonym”或“隐私 ▸ 化名…”添加要替换的身份标识</translation>
    </message>
    <message>
        <source>the query</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>the query is empty</source>
        <translation>查询是空的</translation>
    </message>
    <message>
        <source>the query is longer than {most:,} characters</source>
        <translation>查询超过 {most:,} 个字符</translation>
    </message>
    <message>
        <source>the query&apos;s {field}</source>
        <translation>查询的 {field}</translation>
    </message>
    <message>
        <source>the query&apos;s {field} must be a list of names</source>
        <translation>查询的 {field} 必须是名称列表</translation>
    </message>
    <message>
        <source>the recording beside it was not linked: {problem}</source>
        <translation>未链接旁边的录音：{problem}</translation>
    </message>
    <message>
        <source>the recording {file} was written out of {archive}, which is no longer there</source>
        <translation>录音 {file} 是从 {archive} 中取出的，而该文件已不在原处</translation>
    </message>
    <message>
        <source>the replacement</source>
        <translation>替换文字</translation>
    </message>
    <message>
        <source>the replacement &apos;{other_replacement}&apos; contains another identifier in the pseudonym table; choose one that names nobody</source>
        <translation>替换文字“{other_replacement}”包含化名表中的另一个身份标识；请选择一个不指向任何人的替换文字</translation>
    </message>
    <message>
        <source>the replacement &apos;{replacement}&apos; contains another identifier in the pseudonym table; choose one that names nobody</source>
        <translation>替换文字“{replacement}”包含化名表中的另一个身份标识；请选择一个不指向任何人的替换文字</translation>
    </message>
    <message>
        <source>the replacement &apos;{replacement}&apos; contains the identifier it replaces</source>
        <translation>替换文字“{replacement}”包含它所替换的身份标识</translation>
    </message>
    <message>
        <source>the respondent&apos;s id</source>
        <translation>受访者编号</translation>
    </message>
    <message>
        <source>the roles and descriptions of {speakers}</source>
        <translation>{speakers}的角色和描述</translation>
    </message>
    <message>
        <source>the same coding ({uuid}) is {code} at {start}–{end} by {coder} in {other}; kept this project&apos;s</source>
        <translation>同一编码（{uuid}）在 {other} 中为 {coder} 在 {start}–{end} 处的 {code}；保留本项目的</translation>
    </message>
    <message>
        <source>the same identifier is listed twice; give each one replacement</source>
        <translation>同一个身份标识被列出两次；每个身份标识只给一个替换文字</translation>
    </message>
    <message>
        <source>the saved query &apos;{query}&apos; no longer exists</source>
        <translation>已保存的查询“{query}”已不存在</translation>
    </message>
    <message>
        <source>the scale of {grades}</source>
        <translation>{grades}的等级表</translation>
    </message>
    <message>
        <source>the source grades of {codings}</source>
        <translation>{codings}的来源等级</translation>
    </message>
    <message>
        <source>the speaker&apos;s description</source>
        <translation>发言人的描述</translation>
    </message>
    <message>
        <source>the speaker&apos;s role</source>
        <translation>发言人的角色</translation>
    </message>
    <message>
        <source>the speakers assigned to {cases} ({assignments}; REFI-QDA has no speakers, so the {codings} in their turns are written as those cases&apos; selections)</source>
        <translation>分配给{cases}的发言人（{assignments}；REFI-QDA 没有发言人，因此其发言轮次中的{codings}被写作这些个案的选段）</translation>
    </message>
    <message>
        <source>the stored bytes end early</source>
        <translation>存储的字节提前结束</translation>
    </message>
    <message>
        <source>the stored bytes of its original file are damaged</source>
        <translation>其原始文件的存储字节已损坏</translation>
    </message>
    <message>
        <source>the stored bytes of its original file no longer match their hash</source>
        <translation>其原始文件的存储字节与其哈希值不再一致</translation>
    </message>
    <message>
        <source>the stored original of &apos;{document}&apos; does not match its hash; nothing was written (run &apos;qcode verify&apos;)</source>
        <translation>“{document}”保存的原始文件与其哈希值不符；未写入任何内容（请运行“qcode verify”）</translation>
    </message>
    <message>
        <source>the stored suggestion model cannot be read ({problem})</source>
        <translation>无法读取已保存的建议模型（{problem}）</translation>
    </message>
    <message>
        <source>the stored suggestion model is from another version of qcode</source>
        <translation>已保存的建议模型来自另一版本的 qcode</translation>
    </message>
    <message>
        <source>the stored text does not match its hash</source>
        <translation>存储的文本与其哈希值不一致</translation>
    </message>
    <message>
        <source>the stored text is not version {version} as recorded</source>
        <translation>存储的文本不是记录中的版本 {version}</translation>
    </message>
    <message>
        <source>the sub-codes of &apos;{code}&apos;</source>
        <translation>“{code}”的子编码</translation>
    </message>
    <message>
        <source>the summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>the summary is empty</source>
        <translation>摘要是空的</translation>
    </message>
    <message>
        <source>the text differs from the one in {other}; its codings were re-anchored onto this project&apos;s text ({changed} now cover changed text)</source>
        <translation>文本与 {other} 中的不同；其编码已重新锚定到本项目的文本上（{changed} 个现覆盖已更改的文本）</translation>
    </message>
    <message>
        <source>the threshold must be above 0 and at most 1 (got {threshold:g})</source>
        <translation>阈值必须大于 0 且不超过 1（收到 {threshold:g}）</translation>
    </message>
    <message>
        <source>the turns of speaker &apos;{speaker}&apos; hold no words to code</source>
        <translation>发言人“{speaker}”的话轮中没有可编码的文字</translation>
    </message>
    <message>
        <source>the versions of &apos;{document}&apos; do not add up; run &apos;qcode verify&apos;</source>
        <translation>“{document}”的各版本对不上；请运行“qcode verify”</translation>
    </message>
    <message>
        <source>the {table} row to change no longer exists</source>
        <translation>要修改的 {table} 行已不存在</translation>
    </message>
    <message>
        <source>the {target} no longer exists</source>
        <translation>该{target}已不存在</translation>
    </message>
    <message>
        <source>their {what} is &apos;{theirs}&apos; in {other}; kept &apos;{ours}&apos;</source>
        <translation>其{what}在 {other} 中为“{theirs}”；保留“{ours}”</translation>
    </message>
    <message>
        <source>there are no pseudonyms in {file}: add some with &apos;qcode pseudonym&apos; or Privacy ▸ Pseudonyms…</source>
        <translation>{file} 中没有化名：请用“qcode pseudonym”或“隐私 ▸ 化名…”添加</translation>
    </message>
    <message>
        <source>there are no search results to code</source>
        <translation>没有可编码的搜索结果</translation>
    </message>
    <message>
        <source>there is already a case named &apos;{name}&apos;</source>
        <translation>已有名为“{name}”的个案</translation>
    </message>
    <message>
        <source>there is already a code &apos;{name}&apos; at the top level</source>
        <translation>顶层已有编码“{name}”</translation>
    </message>
    <message>
        <source>there is already a code &apos;{name}&apos; under &apos;{parent}&apos;</source>
        <translation>“{parent}”下已有编码“{name}”</translation>
    </message>
    <message>
        <source>there is already a document named &apos;{name}&apos;</source>
        <translation>已有名为“{name}”的文档</translation>
    </message>
    <message>
        <source>there is already a grade &apos;{name}&apos;</source>
        <translation>已有等级“{name}”</translation>
    </message>
    <message>
        <source>there is already a link type &apos;{name}&apos;</source>
        <translation>已有链接类型“{name}”</translation>
    </message>
    <message>
        <source>there is already a saved query named &apos;{name}&apos;</source>
        <translation>已有名为“{name}”的已保存查询</translation>
    </message>
    <message>
        <source>these codings are already linked as &apos;{link_type}&apos;</source>
        <translation>这些编码已以“{link_type}”链接</translation>
    </message>
    <message>
        <source>to import as an attribute</source>
        <translation>作为属性导入</translation>
    </message>
    <message>
        <source>to import as text</source>
        <translation>作为文本导入</translation>
    </message>
    <message>
        <source>too little coded text to hold part of it out</source>
        <translation>已编码文本太少，无法留出一部分用于检验</translation>
    </message>
    <message>
        <source>type something to search for</source>
        <translation>请输入要搜索的内容</translation>
    </message>
    <message>
        <source>unassign {members} from case &apos;{case}&apos;</source>
        <translation>将{members}移出个案“{case}”</translation>
    </message>
    <message>
        <source>under &apos;{path}&apos;</source>
        <translation>在“{path}”下</translation>
    </message>
    <message>
        <source>unexpected &apos;{text}&apos;</source>
        <translation>意外的“{text}”</translation>
    </message>
    <message>
        <source>unexpected &apos;{text}&apos; (put code paths in double quotes)</source>
        <translation>意外的“{text}”（请把编码路径放在双引号中）</translation>
    </message>
    <message>
        <source>unexpected &apos;{text}&apos;: expected AND, OR, AND NOT or NEAR/… (put code paths in double quotes)</source>
        <translation>意外的“{text}”：应为 AND、OR、AND NOT 或 NEAR/…（请把编码路径放在双引号中）</translation>
    </message>
    <message>
        <source>unit must be one of {units}</source>
        <translation>单位必须是以下之一：{units}</translation>
    </message>
    <message>
        <source>unknown author</source>
        <translation>作者不详</translation>
    </message>
    <message>
        <source>unknown breakdown &apos;{by}&apos; (one of {breakdowns})</source>
        <translation>未知的细分方式“{by}”（可选：{breakdowns}）</translation>
    </message>
    <message>
        <source>unknown column {column} of {table}</source>
        <translation>{table} 的未知列 {column}</translation>
    </message>
    <message>
        <source>unknown columns for {table}: {columns}</source>
        <translation>{table} 的未知列：{columns}</translation>
    </message>
    <message>
        <source>unknown origin &apos;{origin}&apos; (origins: {origins})</source>
        <translation>未知的来源方式“{origin}”（可用：{origins}）</translation>
    </message>
    <message>
        <source>unknown origin: {unknown} (origins: {origins})</source>
        <translation>未知的来源方式：{unknown}（可用：{origins}）</translation>
    </message>
    <message>
        <source>unknown section(s) {unknown}: use {sections} (comma-separated)</source>
        <translation>未知的章节 {unknown}：请使用 {sections}（以逗号分隔）</translation>
    </message>
    <message>
        <source>unknown sheet(s) {unknown}: use {sheets}</source>
        <translation>未知的工作表 {unknown}：请使用 {sheets}</translation>
    </message>
    <message>
        <source>unknown source {source} (use {sources})</source>
        <translation>未知来源 {source}（请使用 {sources}）</translation>
    </message>
    <message>
        <source>unknown table {table}</source>
        <translation>未知的表 {table}</translation>
    </message>
    <message>
        <source>unknown unit &apos;{unit}&apos;: use {units}</source>
        <translation>未知单位“{unit}”：请使用 {units}</translation>
    </message>
    <message>
        <source>unlink a quote from case &apos;{case}&apos; on &apos;{code}&apos;</source>
        <translation>取消个案“{case}”的“{code}”中一条引文的链接</translation>
    </message>
    <message>
        <source>unlink codings</source>
        <translation>取消编码之间的链接</translation>
    </message>
    <message>
        <source>unlink the recording of &apos;{document}&apos;</source>
        <translation>取消“{document}”的录音链接</translation>
    </message>
    <message>
        <source>unlink {count} quotes from case &apos;{case}&apos; on &apos;{code}&apos;</source>
        <translation>取消个案“{case}”的“{code}”中 {count} 条引文的链接</translation>
    </message>
    <message>
        <source>unlinked and deleted the recording {path}</source>
        <translation>已取消链接并删除录音 {path}</translation>
    </message>
    <message>
        <source>unpacks to more than</source>
        <translation>解压后超过</translation>
    </message>
    <message>
        <source>unpacks to more than the {most} allowed (a zip bomb?); refused</source>
        <translation>解压后超过允许的 {most}（zip 炸弹？）；已拒绝</translation>
    </message>
    <message>
        <source>unpacks to more than {limit:,} bytes</source>
        <translation>解压后超过 {limit:,} 字节</translation>
    </message>
    <message>
        <source>unsupported file type &apos;{suffix}&apos; (qcode reads {known})</source>
        <translation>不支持的文件类型“{suffix}”（qcode 可读取 {known}）</translation>
    </message>
    <message>
        <source>unsupported file type (no extension) (qcode reads {known})</source>
        <translation>不支持的文件类型（无扩展名）（qcode 可读取 {known}）</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>variable &apos;{name}&apos; ({type}) is kept as text</source>
        <translation>变量“{name}”（{type}）作为文本保留</translation>
    </message>
    <message>
        <source>variable &apos;{name}&apos; has no name or GUID</source>
        <translation>变量“{name}”没有名称或 GUID</translation>
    </message>
    <message>
        <source>variable &apos;{old}&apos; is now named &apos;{new}&apos;</source>
        <translation>变量“{old}”现名为“{new}”</translation>
    </message>
    <message>
        <source>version {version} cannot be rebuilt as recorded</source>
        <translation>无法按记录重建版本 {version}</translation>
    </message>
    <message>
        <source>version {version} of &apos;{document}&apos; can no longer be shown: version {version2} (a redaction or withdrawal) erased the versions before it</source>
        <translation>“{document}”的版本 {version} 已无法显示：版本 {version2}（删改或撤回）抹去了它之前的版本</translation>
    </message>
    <message>
        <source>version {version} of &apos;{document}&apos; does not match its recorded hash; run &apos;qcode verify&apos;</source>
        <translation>“{document}”的版本 {version} 与记录的哈希值不符；请运行“qcode verify”</translation>
    </message>
    <message>
        <source>video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>warning: the recording {path} still holds their voice; qcode unlinked it and never deletes it unasked: {what}</source>
        <translation>警告：录音 {path} 中仍有其声音；qcode 已取消其链接，但未经要求绝不删除：{what}</translation>
    </message>
    <message>
        <source>warning: unlinked the recording {path}: their consent does not allow keeping it; the file is still on disk: {what}</source>
        <translation>警告：已取消录音 {path} 的链接：其知情同意不允许保留该录音；文件仍在磁盘上：{what}</translation>
    </message>
    <message>
        <source>warning: {problem}</source>
        <translation>警告：{problem}</translation>
    </message>
    <message>
        <source>what the codebook says of &apos;{code}&apos;</source>
        <translation>编码本对“{code}”的说明</translation>
    </message>
    <message>
        <source>whether it can be applied</source>
        <translation>是否可应用</translation>
    </message>
    <message>
        <source>which {target} is the memo on?</source>
        <translation>备忘录针对的是哪个{target}？</translation>
    </message>
    <message>
        <source>who made {links} without a memo, and when (a link&apos;s memo carries them)</source>
        <translation>没有备忘录的{links}由谁、在何时创建（链接的备忘录会携带这些信息）</translation>
    </message>
    <message>
        <source>whole-number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>with its keywords</source>
        <translation>含有其关键词</translation>
    </message>
    <message>
        <source>withdraw a participant</source>
        <translation>撤回一名参与者</translation>
    </message>
    <message>
        <source>withdrew participant {participant} and deleted their data: {counts}</source>
        <translation>撤回了参与者 {participant} 并删除其数据：{counts}</translation>
    </message>
    <message>
        <source>work by user {guid}, who is not among the file&apos;s users, is attributed to a new coder &apos;user {short}&apos;</source>
        <translation>用户 {guid} 不在文件的用户之列，其工作归于新编码者“user {short}”</translation>
    </message>
    <message>
        <source>would unpack to {size}, more than the {most} allowed; refused</source>
        <translation>解压后将达 {size}，超过允许的 {most}；已拒绝</translation>
    </message>
    <message>
        <source>wrote out the original of &apos;{document}&apos; (sha256 {digest}…)</source>
        <translation>写出“{document}”的原始文件（sha256 {digest}…）</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>是/否</translation>
    </message>
    <message>
        <source>yes: every identifier in the project&apos;s pseudonym table is replaced by its pseudonym, and the written file was checked for identifiers</source>
        <translation>是：项目化名表中的每个身份标识都已替换为其化名，且已检查写出的文件中不含身份标识</translation>
    </message>
    <message>
        <source>{archive} no longer holds the recording {file} that the import wrote out</source>
        <translation>{archive} 中已不再有导入时取出的录音 {file}</translation>
    </message>
    <message>
        <source>{article} {what}</source>
        <translation>{article} {what}</translation>
    </message>
    <message>
        <source>{cells} (summaries and their quotes)</source>
        <translation>{cells}（摘要及其引文）</translation>
    </message>
    <message>
        <source>{code}: the quotes</source>
        <translation>{code}：引文</translation>
    </message>
    <message>
        <source>{column} has no name in the header row (row {row})</source>
        <translation>{column}在标题行（第 {row} 行）中没有名称</translation>
    </message>
    <message>
        <source>{column}&apos;s name holds an invalid character</source>
        <translation>{column}的名称含有无效字符</translation>
    </message>
    <message>
        <source>{count:,} answer repeats a text already in the project or the sheet (imported all the same)</source>
        <translation>{count:,} 个回答与项目或表格中已有的文本重复（仍已导入）</translation>
    </message>
    <message>
        <source>{count:,} answers repeat a text already in the project or the sheet (imported all the same)</source>
        <translation>{count:,} 个回答与项目或表格中已有的文本重复（仍已导入）</translation>
    </message>
    <message>
        <source>{count} folds of whole documents</source>
        <translation>{count} 折，按整篇文档</translation>
    </message>
    <message>
        <source>{count} runs of passages in reading order</source>
        <translation>按阅读顺序的 {count} 组段落</translation>
    </message>
    <message>
        <source>{file}: the file&apos;s path is not valid UTF-8 text, so it cannot be linked; rename it (or its folder) and link it again</source>
        <translation>{file}：文件路径不是有效的 UTF-8 文本，无法链接；请重命名该文件（或其文件夹）后再链接</translation>
    </message>
    <message>
        <source>{file}: the project file is damaged: a text stored in it is not valid UTF-8 (another program wrote it, or the disk failed)</source>
        <translation>{file}：项目文件已损坏：其中保存的一段文本不是有效的 UTF-8（由其他程序写入，或磁盘出错）</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first}，并且{second}</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation>{first}；{second}</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <source>{passages} · {documents} · {coders}</source>
        <translation>{passages} · {documents} · {coders}</translation>
    </message>
    <message>
        <source>{path} is now another file; move it away to write the recording there again</source>
        <translation>{path} 现在是另一个文件；请将其移走，以便在那里重新写入录音</translation>
    </message>
    <message>
        <source>{path}: qcode&apos;s own copy (written out of a .qdpx); qcode deletes it</source>
        <translation>{path}：qcode 自己的副本（从 .qdpx 中取出写入）；qcode 会删除它</translation>
    </message>
    <message>
        <source>{path}: their own file, not a copy qcode wrote (or changed since); unlinked; qcode does not delete it unasked: delete it yourself</source>
        <translation>{path}：其本人的文件，不是 qcode 写入的副本（或之后已被改动）；已取消链接；未经要求 qcode 不会删除它：请自行删除</translation>
    </message>
    <message>
        <source>{path}: their own interview; qcode deletes it</source>
        <translation>{path}：其本人的访谈；qcode 会删除它</translation>
    </message>
    <message>
        <source>{path}: unlinked; others speak in it too: cut their turns out of it or delete it yourself</source>
        <translation>{path}：已取消链接；其中也有其他人发言：请剪掉其发言或自行删除</translation>
    </message>
    <message>
        <source>{path}: unlinked; qcode does not delete it unasked: delete it yourself</source>
        <translation>{path}：已取消链接；未经要求 qcode 不会删除它：请自行删除</translation>
    </message>
    <message>
        <source>{path}: unlinked; their consent record says the recording may be kept (keep recording: yes): delete it yourself if their withdrawal covers it</source>
        <translation>{path}：已取消链接；其知情同意记录表明录音可以保留（保留录音：是）：如果其撤回涵盖该录音，请自行删除</translation>
    </message>
    <message>
        <source>{progress}, about {duration} left</source>
        <translation>{progress}，约剩 {duration}</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <source>{types} no link uses</source>
        <translation>没有链接使用的{types}</translation>
    </message>
    <message numerus="yes">
        <source>similar to {count} segment{s} coded &apos;{code}&apos;</source>
        <translation>
            <numerusform>与 {count} 个编码为“{code}”的文段相似</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the keywords of {count:,} codes</source>
        <translation>
            <numerusform>{count:,} 个编码的关键词</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the speaker turns of {count:,} documents (their labels stay in the text)</source>
        <translation>
            <numerusform>{count:,} 个文档的发言轮次（其标签保留在文本中）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} assignment{s}</source>
        <translation>
            <numerusform>{count:,} 项分配</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} associative or two-way link{s} now go from their origin to their target</source>
        <translation>
            <numerusform>{count:,} 个关联或双向链接现从起点指向终点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} attribute values REFI-QDA cannot hold</source>
        <translation>
            <numerusform>REFI-QDA 无法容纳的 {count:,} 个属性值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} attribute value{s} of variables the file does not define not imported</source>
        <translation>
            <numerusform>{count:,} 个属于文件未定义变量的属性值未导入</numerusform>
        </translation>
    </message>
    <message>
        <source>{count:,} bytes</source>
        <translation>{count:,} 字节</translation>
    </message>
    <message numerus="yes">
        <source>{count:,} bytes that are not valid UTF-8 replaced by � on line{s} {lines}</source>
        <translation>
            <numerusform>第 {lines} 行有 {count:,} 个无效的 UTF-8 字节，已替换为 �</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} byte{s} not valid in its code page ({encoding}) replaced by �</source>
        <translation>
            <numerusform>{count:,} 个在其代码页（{encoding}）中无效的字节已替换为 �</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} case{s}</source>
        <translation>
            <numerusform>{count:,} 个个案</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} code{s}</source>
        <translation>
            <numerusform>{count:,} 个编码</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} code{s} already in the project (same GUID or path) kept as they are; the file&apos;s codings of them are on them</source>
        <translation>
            <numerusform>项目中已有的 {count:,} 个编码（GUID 或路径相同）保持原样；文件中对它们的编码都加在这些编码上</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} coding{s}</source>
        <translation>
            <numerusform>{count:,} 处编码</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} coding{s} of codes missing from the codebook not imported</source>
        <translation>
            <numerusform>{count:,} 个属于编码本中缺失编码的编码未导入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} coding{s} repeating another (same code, passage and coder) not imported again</source>
        <translation>
            <numerusform>{count:,} 个与另一编码重复（编码、段落和编码者相同）的编码未重复导入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} coding{s} without an author: attributed to a coder &apos;{tool} user&apos;</source>
        <translation>
            <numerusform>{count:,} 个编码没有作者：归于编码者“{tool} user”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} document{s}</source>
        <translation>
            <numerusform>{count:,} 份文档</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} empty answer{s} skipped</source>
        <translation>
            <numerusform>跳过了 {count:,} 个空回答</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} framework matrix cell{s}</source>
        <translation>
            <numerusform>{count:,} 个框架矩阵单元格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} link type{s}</source>
        <translation>
            <numerusform>{count:,} 种链接类型</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} link{s}</source>
        <translation>
            <numerusform>{count:,} 个链接</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} link{s} repeating another (same type, origin and target) not imported again</source>
        <translation>
            <numerusform>{count:,} 个与另一链接重复（类型、起点和终点相同）的链接未重复导入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} link{s} to passages with several codings link their first codings</source>
        <translation>
            <numerusform>{count:,} 个指向有多个编码的段落的链接，链接到其第一个编码</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} link{s} without a name are of type &apos;{type}&apos;</source>
        <translation>
            <numerusform>{count:,} 个没有名称的链接类型为“{type}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} memo{s}</source>
        <translation>
            <numerusform>{count:,} 条备忘录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} node{s}</source>
        <translation>
            <numerusform>{count:,} 个节点</numerusform>
        </translation>
    </message>
    <message>
        <source>{count:,} of the chosen answers no longer exist; nothing coded</source>
        <translation>所选回答中有 {count:,} 条已不存在；未编码任何内容</translation>
    </message>
    <message numerus="yes">
        <source>{count:,} original file{s}</source>
        <translation>
            <numerusform>{count:,} 个原始文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} passages</source>
        <translation>
            <numerusform>{count:,} 个文段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} recording link{s}</source>
        <translation>
            <numerusform>{count:,} 个录音链接</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} recordings (a voice identifies: a pseudonymised copy leaves them out)</source>
        <translation>
            <numerusform>{count:,} 个录音（声音可识别身份：假名化副本不含录音）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} recording{s} inside the file</source>
        <translation>
            <numerusform>文件内含 {count:,} 个录音</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} recording{s} referenced by their path, not inside the file</source>
        <translation>
            <numerusform>{count:,} 个录音按路径引用，不在文件内</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} rejected suggestions</source>
        <translation>
            <numerusform>{count:,} 条被拒绝的建议</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} saved queries</source>
        <translation>
            <numerusform>{count:,} 个已保存的查询</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} saved query</source>
        <translation>
            <numerusform>{count:,} 个已保存的查询</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} selection{s}</source>
        <translation>
            <numerusform>{count:,} 个选段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} set{s} without imported members: {sets}</source>
        <translation>
            <numerusform>{count:,} 个集合没有已导入的成员：{sets}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} shared document{s}</source>
        <translation>
            <numerusform>{count:,} 份共享文档</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} source grade{s}</source>
        <translation>
            <numerusform>{count:,} 个来源等级</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} source{s}</source>
        <translation>
            <numerusform>{count:,} 个来源</numerusform>
        </translation>
    </message>
    <message>
        <source>{count:,} text file the project refers to is missing from the archive</source>
        <translation>压缩包中缺少项目引用的 {count:,} 个文本文件</translation>
    </message>
    <message>
        <source>{count:,} text files the project refers to are missing from the archive</source>
        <translation>压缩包中缺少项目引用的 {count:,} 个文本文件</translation>
    </message>
    <message numerus="yes">
        <source>{count:,} text version{s}</source>
        <translation>
            <numerusform>{count:,} 个文本版本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} turn{s}</source>
        <translation>
            <numerusform>{count:,} 个话轮</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count:,} {thing}{s}</source>
        <translation>
            <numerusform>{count:,} 个{thing}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} coder{s}</source>
        <translation>
            <numerusform>{count} 位编码员</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} codes in this report, of {total}</source>
        <translation>本报告含 {count} 个编码（共 {total} 个）</translation>
    </message>
    <message numerus="yes">
        <source>{count} code{s}</source>
        <translation>
            <numerusform>{count} 个编码</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} document{s}</source>
        <translation>
            <numerusform>{count} 个文档</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} members</source>
        <translation>{count} 个成员</translation>
    </message>
    <message>
        <source>{count} of its {total} passages are not quoted: their speakers did not consent to being quoted (they are counted above).</source>
        <translation>其 {total} 个文段中有 {count} 个未被引用：其发言人不同意被引用（上方已计入）。</translation>
    </message>
    <message>
        <source>{count} of the project&apos;s {total}</source>
        <translation>{count} 个（项目共 {total} 个）</translation>
    </message>
    <message numerus="yes">
        <source>{count:,} speaker{s}</source>
        <translation>
            <numerusform>{count:,} 位发言人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} participant{s}</source>
        <translation>
            <numerusform>{count} 位参与者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} passage{s}</source>
        <translation>
            <numerusform>{count} 个文段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} passage{s} left out: {reason}</source>
        <translation>
            <numerusform>略去了 {count} 个段落：{reason}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} problem{s}</source>
        <translation>
            <numerusform>{count} 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>{detail}; {count} coding(s) on text that is not here ({spans} in {other}) were kept on &apos;{copy}&apos;</source>
        <translation>{detail}；{count} 个位于此处不存在的文本上的编码（{other} 中的 {spans}）保留在“{copy}”上</translation>
    </message>
    <message>
        <source>{documents}, {turns} in {shared}, {codings}, {memos}, {originals}, {versions}, {cases}, {recordings}</source>
        <translation>{documents}、{shared}中的 {turns}、{codings}、{memos}、{originals}、{versions}、{cases}、{recordings}</translation>
    </message>
    <message>
        <source>{entry} was not added: {problem}</source>
        <translation>{entry} 未添加：{problem}</translation>
    </message>
    <message>
        <source>{examples}, and {more} more</source>
        <translation>{examples}，另有 {more} 个</translation>
    </message>
    <message>
        <source>{file} already exists in {folder}; nothing was written</source>
        <translation>{file} 已存在于 {folder}；未写入任何内容</translation>
    </message>
    <message>
        <source>{file} already exists; choose another name</source>
        <translation>{file} 已存在；请换一个名称</translation>
    </message>
    <message>
        <source>{file} already exists; nothing was written</source>
        <translation>{file} 已存在；未写入任何内容</translation>
    </message>
    <message>
        <source>{file} and {other_file} hold the same text; nothing was imported</source>
        <translation>{file} 和 {other_file} 的文本相同；未导入任何内容</translation>
    </message>
    <message>
        <source>{file} is a bare project file without its source files: texts it keeps in separate files cannot be imported</source>
        <translation>{file} 是不带来源文件的单独项目文件：它保存在单独文件中的文本无法导入</translation>
    </message>
    <message>
        <source>{file} is already encrypted; nothing was changed</source>
        <translation>{file} 已加密；未做任何更改</translation>
    </message>
    <message>
        <source>{file} is already the recording of &apos;{document}&apos;</source>
        <translation>{file} 已是“{document}”的录音</translation>
    </message>
    <message>
        <source>{file} is encrypted: a passphrase is needed</source>
        <translation>{file} 已加密：需要密码</translation>
    </message>
    <message>
        <source>{file} is not a qcode project</source>
        <translation>{file} 不是 qcode 项目</translation>
    </message>
    <message>
        <source>{file} is not encrypted; nothing was changed</source>
        <translation>{file} 未加密；未做任何更改</translation>
    </message>
    <message>
        <source>{file} is open for editing in another qcode window or command (waited {seconds:g} s); close it there first (it can still be read meanwhile)</source>
        <translation>{file} 正在另一个 qcode 窗口或命令中编辑（已等待 {seconds:g} 秒）；请先在那里关闭它（在此期间仍可读取）</translation>
    </message>
    <message>
        <source>{file} is open for editing in another qcode window or command; close it there first (it can still be read meanwhile)</source>
        <translation>{file} 正在另一个 qcode 窗口或命令中编辑；请先在那里关闭它（在此期间仍可读取）</translation>
    </message>
    <message>
        <source>{file} is open read-only; nothing was changed</source>
        <translation>{file} 以只读方式打开；未做任何更改</translation>
    </message>
    <message>
        <source>{file} is open read-only; nothing was merged</source>
        <translation>{file} 以只读方式打开；未合并任何内容</translation>
    </message>
    <message>
        <source>{file} is the project itself; choose another file</source>
        <translation>{file} 就是项目本身；请选择其他文件</translation>
    </message>
    <message>
        <source>{file} needs upgrading to the current project format; open it once for editing</source>
        <translation>{file} 需要升级到当前的项目格式；请以编辑模式打开一次</translation>
    </message>
    <message>
        <source>{file} was made by a newer qcode (project format {version}); please upgrade qcode</source>
        <translation>{file} 由更新版本的 qcode 创建（项目格式 {version}）；请升级 qcode</translation>
    </message>
    <message>
        <source>{file} was made by a newer qcode (project format {version}, this qcode reads up to {supported}); please upgrade qcode</source>
        <translation>{file} 由更新版本的 qcode 创建（项目格式 {version}，本版 qcode 最高支持 {supported}）；请升级 qcode</translation>
    </message>
    <message>
        <source>{file} was moved, replaced or deleted while open; nothing was changed (save a copy of the project to keep working)</source>
        <translation>{file} 在打开期间被移动、替换或删除；未做任何更改（请另存一份项目副本以继续工作）</translation>
    </message>
    <message>
        <source>{file}: a REFI-QDA project file&apos;s name must end in .qdpx</source>
        <translation>{file}：REFI-QDA 项目文件名必须以 .qdpx 结尾</translation>
    </message>
    <message>
        <source>{file}: a document changed since the agreement was computed; compute it again, then export</source>
        <translation>{file}：计算一致性之后有文档被修改；请重新计算后再导出</translation>
    </message>
    <message>
        <source>{file}: a document&apos;s text is written to NAME.txt or a folder</source>
        <translation>{file}：文档的文本只能写入 NAME.txt 或文件夹</translation>
    </message>
    <message>
        <source>{file}: a project file name must end in .qcode</source>
        <translation>{file}：项目文件名必须以 .qcode 结尾</translation>
    </message>
    <message>
        <source>{file}: a report is written as .docx (Word) or .pdf (got &apos;{suffix}&apos;)</source>
        <translation>{file}：报告只能写成 .docx（Word）或 .pdf（收到“{suffix}”）</translation>
    </message>
    <message>
        <source>{file}: an Excel workbook&apos;s name must end in .xlsx</source>
        <translation>{file}：Excel 工作簿的文件名必须以 .xlsx 结尾</translation>
    </message>
    <message>
        <source>{file}: cannot be checked for identifiers ({problem})</source>
        <translation>{file}：无法检查其中的身份标识（{problem}）</translation>
    </message>
    <message>
        <source>{file}: cannot be written ({problem})</source>
        <translation>{file}：无法写入（{problem}）</translation>
    </message>
    <message>
        <source>{file}: cannot open the project ({error})</source>
        <translation>{file}：无法打开项目（{error}）</translation>
    </message>
    <message>
        <source>{file}: could not make the redaction permanent ({error}); it can still be undone, and will be made permanent when the project is next opened or closed</source>
        <translation>{file}：无法使删改成为永久性的（{error}）；它仍可撤销，并将在下次打开或关闭项目时成为永久性的</translation>
    </message>
    <message>
        <source>{file}: could not rebuild the file after a withdrawal ({error}); it will be tried again when the project is next opened or closed</source>
        <translation>{file}：撤回后无法重建文件（{error}）；将在下次打开或关闭项目时重试</translation>
    </message>
    <message>
        <source>{file}: could not write the new copy ({error}); nothing was changed</source>
        <translation>{file}：无法写入新副本（{error}）；未做任何更改</translation>
    </message>
    <message>
        <source>{file}: folder {folder} does not exist</source>
        <translation>{file}：文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <source>{file}: folder {parent} does not exist</source>
        <translation>{file}：文件夹 {parent} 不存在</translation>
    </message>
    <message>
        <source>{file}: is a folder</source>
        <translation>{file}：是一个文件夹</translation>
    </message>
    <message>
        <source>{file}: its codes are nested {levels:,} levels deep; {rule}, and flattening them would change the codebook; nothing was imported</source>
        <translation>{file}：其编码嵌套了 {levels:,} 层；{rule}，而将其压平会改变编码本；未导入任何内容</translation>
    </message>
    <message>
        <source>{file}: name one document with --documents DOC (or give an existing folder to write each document there)</source>
        <translation>{file}：请用 --documents DOC 指定一个文档（或给出一个已有文件夹，将每个文档写入其中）</translation>
    </message>
    <message>
        <source>{file}: no font here can show {character}: install {what}, or write the report as .docx</source>
        <translation>{file}：本机没有能显示 {character} 的字体：请安装{what}，或将报告写成 .docx</translation>
    </message>
    <message>
        <source>{file}: no font to write a PDF with: install the Python package {package} (it comes with qcode), or write the report as .docx</source>
        <translation>{file}：没有可用于写 PDF 的字体：请安装 Python 包 {package}（随 qcode 提供），或将报告写成 .docx</translation>
    </message>
    <message>
        <source>{file}: no such file ({other})</source>
        <translation>{file}：没有这个文件（{other}）</translation>
    </message>
    <message>
        <source>{file}: not a project file (it is a folder)</source>
        <translation>{file}：不是项目文件（这是一个文件夹）</translation>
    </message>
    <message>
        <source>{file}: pseudonymised export refused: &apos;{identifier}&apos; would leak in {where}</source>
        <translation>{file}：已拒绝使用化名的导出：“{identifier}”会在 {where} 中泄露</translation>
    </message>
    <message>
        <source>{file}: row {row}: </source>
        <translation>{file}：第 {row} 行：</translation>
    </message>
    <message>
        <source>{file}: the document has no text</source>
        <translation>{file}：该文档没有文本</translation>
    </message>
    <message>
        <source>{file}: the new copy did not come out identical; nothing was changed</source>
        <translation>{file}：新副本与原文件不一致；未做任何更改</translation>
    </message>
    <message>
        <source>{file}: the project file is damaged ({table} refer to {missing} that are not there); nothing was merged</source>
        <translation>{file}：项目文件已损坏（{table} 引用了不存在的 {missing}）；未合并任何内容</translation>
    </message>
    <message>
        <source>{file}: the project has no documents to export</source>
        <translation>{file}：项目中没有可导出的文档</translation>
    </message>
    <message>
        <source>{file}: the same text is already in the project as &apos;{existing}&apos;; nothing was imported</source>
        <translation>{file}：项目中已有相同文本（“{existing}”）；未导入任何内容</translation>
    </message>
    <message>
        <source>{file}: this is the project itself; choose another project to merge into it</source>
        <translation>{file}：这就是项目本身；请选择另一个项目合并进来</translation>
    </message>
    <message>
        <source>{file}: wrong passphrase (or the file is damaged)</source>
        <translation>{file}：密码错误（或文件已损坏）</translation>
    </message>
    <message>
        <source>{file}: {consent}; no document may be written (--ignore-consent for the project&apos;s own backups)</source>
        <translation>{file}：{consent}；不能写出任何文档（项目自己的备份请用 --ignore-consent）</translation>
    </message>
    <message>
        <source>{file}: {consent}; nothing was written (--ignore-consent for the project&apos;s own backups)</source>
        <translation>{file}：{consent}；未写入任何内容（项目自己的备份请用 --ignore-consent）</translation>
    </message>
    <message>
        <source>{file}: {error}; nothing was imported</source>
        <translation>{file}：{error}；未导入任何内容</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}：{problem}</translation>
    </message>
    <message>
        <source>{first} and {second} are both named &apos;{name}&apos; in the header row (row {row})</source>
        <translation>{first}和{second}在标题行（第 {row} 行）中都名为“{name}”</translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation>{first}、{rest}</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}；{rest}</translation>
    </message>
    <message>
        <source>{flag} needs one of: {origins}</source>
        <translation>{flag} 需要以下之一：{origins}</translation>
    </message>
    <message>
        <source>{label}: </source>
        <translation>{label}：</translation>
    </message>
    <message>
        <source>{label}: &apos;{key}&apos;</source>
        <translation>{label}：“{key}”</translation>
    </message>
    <message>
        <source>{label}: &apos;{key}&apos; is given twice</source>
        <translation>{label}：“{key}”出现了两次</translation>
    </message>
    <message>
        <source>{label}: &apos;{key}&apos; is missing</source>
        <translation>{label}：缺少“{key}”</translation>
    </message>
    <message>
        <source>{label}: &apos;{key}&apos; is not a usable number ({literal})</source>
        <translation>{label}：“{key}”不是可用的数字（{literal}）</translation>
    </message>
    <message>
        <source>{label}: &apos;{key}&apos; must be a whole number</source>
        <translation>{label}：“{key}”必须是整数</translation>
    </message>
    <message>
        <source>{label}: &apos;{key}&apos; must be text</source>
        <translation>{label}：“{key}”必须是文本</translation>
    </message>
    <message>
        <source>{label}: the code no longer exists</source>
        <translation>{label}：该编码已不存在</translation>
    </message>
    <message>
        <source>{label}: {problem}</source>
        <translation>{label}：{problem}</translation>
    </message>
    <message>
        <source>{list} and {last}</source>
        <translation>{list}和{last}</translation>
    </message>
    <message>
        <source>{list}, {item}</source>
        <translation>{list}、{item}</translation>
    </message>
    <message>
        <source>{names} and {more} more</source>
        <translation>{names}及另外 {more} 份</translation>
    </message>
    <message>
        <source>{name} (a grouping code: not applied to text)</source>
        <translation>{name}（分组编码：不用于文本）</translation>
    </message>
    <message>
        <source>{name}: a REFI-QDA project can only be imported into a project without documents or codings, and this one has {held}; create a new project for it</source>
        <translation>{name}：REFI-QDA 项目只能导入到没有文档或编码的项目中，而此项目已有 {held}；请为它新建一个项目</translation>
    </message>
    <message>
        <source>{note} (the figures of charts, agreement and corroboration still count those passages)</source>
        <translation>{note}（图表、一致性和佐证的数字仍计入这些文段）</translation>
    </message>
    <message>
        <source>{numbers} and {more:,} more</source>
        <translation>{numbers} 等（另有 {more:,} 个）</translation>
    </message>
    <message>
        <source>{other} describes it otherwise; kept this project&apos;s description, theirs is in a memo on the case titled &apos;{title}&apos;</source>
        <translation>{other} 的描述不同；保留本项目的描述，对方的描述在该个案上标题为“{title}”的备忘录中</translation>
    </message>
    <message>
        <source>{other} differs in {differences}; kept this project&apos;s</source>
        <translation>{other} 在{differences}上不同；保留本项目的</translation>
    </message>
    <message>
        <source>{other} differs in {differences}; kept this project&apos;s; their description is in a memo on the code titled &apos;Description in {other}&apos;</source>
        <translation>{other} 在{differences}上不同；保留本项目的；对方的描述在该编码上标题为“Description in {other}”的备忘录中</translation>
    </message>
    <message>
        <source>{other} has a document of this name with another text ({percent}% alike); it was added as &apos;{copy}&apos; with its codings</source>
        <translation>{other} 有一个同名但文本不同的文档（相似度 {percent}%）；已连同其编码添加为“{copy}”</translation>
    </message>
    <message>
        <source>{other} has another memo on it; kept this project&apos;s, theirs is in a memo on the origin coding titled &apos;{title}&apos;</source>
        <translation>{other} 中它有另一条备忘录；保留本项目的，对方的在起点编码上标题为“{title}”的备忘录中</translation>
    </message>
    <message>
        <source>{other} has two codes of this name here; both were merged into one</source>
        <translation>{other} 在此处有两个同名编码；两者已合并为一个</translation>
    </message>
    <message>
        <source>{other} holds another text of this memo; both were kept, theirs titled &apos;{title}&apos;</source>
        <translation>{other} 中此备忘录的文本不同；两者都保留，对方的标题为“{title}”</translation>
    </message>
    <message>
        <source>{other} links it to the recording {theirs} (SHA-256 {their_hash}…), this project to another file, {ours} ({our_hash}…); this project&apos;s recording was kept</source>
        <translation>{other} 将其链接到录音 {theirs}（SHA-256 {their_hash}…），本项目则链接到另一个文件 {ours}（{our_hash}…）；保留本项目的录音</translation>
    </message>
    <message>
        <source>{other} saved another query under this name; kept both, theirs as &apos;{name}&apos;</source>
        <translation>{other} 以此名称保存了另一个查询；两者都保留，对方的名为“{name}”</translation>
    </message>
    <message>
        <source>{other} summarises it otherwise; kept this project&apos;s summary, theirs is in a memo on the case titled &apos;{title}&apos;</source>
        <translation>{other} 的摘要不同；保留本项目的摘要，对方的在该个案上标题为“{title}”的备忘录中</translation>
    </message>
    <message>
        <source>{other}: its code &apos;{path}&apos; would be at level {number} here; {rule}; nothing was merged</source>
        <translation>{other}：其编码“{path}”在这里会位于第 {number} 层；{rule}；未合并任何内容</translation>
    </message>
    <message>
        <source>{owner} refers to &apos;{reference}&apos;, outside the archive; refused</source>
        <translation>{owner}引用了压缩包之外的“{reference}”；已拒绝</translation>
    </message>
    <message>
        <source>{owner}: a second value &apos;{value}&apos; of &apos;{variable}&apos; for one document was not imported (it keeps &apos;{kept}&apos;)</source>
        <translation>{owner}：同一文档的“{variable}”第二个值“{value}”未导入（保留“{kept}”）</translation>
    </message>
    <message>
        <source>{owner}: value &apos;{value}&apos; of &apos;{variable}&apos; is not {type}; not imported</source>
        <translation>{owner}：“{variable}”的值“{value}”不是 {type}；未导入</translation>
    </message>
    <message>
        <source>{owner}: {problem}</source>
        <translation>{owner}：{problem}</translation>
    </message>
    <message>
        <source>{participant} did not consent to being quoted</source>
        <translation>{participant} 未同意被引用</translation>
    </message>
    <message>
        <source>{path}: another document still links it</source>
        <translation>{path}：另一份文档仍链接着它</translation>
    </message>
    <message>
        <source>{path}: it holds other people&apos;s voices too</source>
        <translation>{path}：其中也有其他人的声音</translation>
    </message>
    <message>
        <source>{path}: its bytes are not those of the recording linked</source>
        <translation>{path}：其字节与所链接的录音不同</translation>
    </message>
    <message>
        <source>{path}: not found</source>
        <translation>{path}：未找到</translation>
    </message>
    <message>
        <source>{path}: their consent record says the recording may be kept (keep recording: yes); delete it yourself if their withdrawal covers it</source>
        <translation>{path}：其知情同意记录表明录音可以保留（保留录音：是）；如果其撤回涵盖该录音，请自行删除</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}：{problem}</translation>
    </message>
    <message>
        <source>{problem} (a codebook: import it as a .qdc file)</source>
        <translation>{problem}（这是编码本：请作为 .qdc 文件导入）</translation>
    </message>
    <message>
        <source>{problem}; {hint}</source>
        <translation>{problem}；{hint}</translation>
    </message>
    <message>
        <source>{removed:,} → {added:,} characters at {start:,}</source>
        <translation>在第 {start:,} 个字符处 {removed:,} → {added:,} 个字符</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{sources} and {selections}</source>
        <translation>{sources}和{selections}</translation>
    </message>
    <message>
        <source>{source}: a document named &apos;{name}&apos; is already in the project (was this sheet imported before?); nothing was imported</source>
        <translation>{source}：项目中已有名为“{name}”的文档（这个工作表以前导入过吗？）；未导入任何内容</translation>
    </message>
    <message>
        <source>{source}: code &apos;{path}&apos; would be at level {level}; {rule}; nothing was imported</source>
        <translation>{source}：编码“{path}”会位于第 {level} 层；{rule}；未导入任何内容</translation>
    </message>
    <message>
        <source>{source}: coding {number}</source>
        <translation>{source}：第 {number} 个编码</translation>
    </message>
    <message>
        <source>{source}: coding {number}: not an object</source>
        <translation>{source}：第 {number} 个编码：不是对象</translation>
    </message>
    <message>
        <source>{source}: column &apos;{column}&apos;: {problem}</source>
        <translation>{source}：列“{column}”：{problem}</translation>
    </message>
    <message>
        <source>{source}: expected a JSON list of codings</source>
        <translation>{source}：应为编码的 JSON 列表</translation>
    </message>
    <message>
        <source>{source}: its codes are nested {levels:,} levels deep; {rule}, and flattening them would change the codebook; nothing was imported</source>
        <translation>{source}：其编码嵌套了 {levels:,} 层；{rule}，而将其压平会改变编码本；未导入任何内容</translation>
    </message>
    <message>
        <source>{source}: not valid JSON (line {lineno}: {msg})</source>
        <translation>{source}：不是有效的 JSON（第 {lineno} 行：{msg}）</translation>
    </message>
    <message>
        <source>{source}: not valid JSON (nested too deeply)</source>
        <translation>{source}：不是有效的 JSON（嵌套过深）</translation>
    </message>
    <message>
        <source>{source}: row {row}: respondent &apos;{respondent}&apos; makes the same case name as row {other_row}; nothing was imported</source>
        <translation>{source}：第 {row} 行：受访者“{respondent}”生成的个案名称与第 {other_row} 行相同；未导入任何内容</translation>
    </message>
    <message>
        <source>{source}: row {row}: there is already a case named &apos;{name}&apos; of type &apos;{type}&apos;, not a respondent; nothing was imported</source>
        <translation>{source}：第 {row} 行：已有名为“{name}”、类型为“{type}”而非受访者的个案；未导入任何内容</translation>
    </message>
    <message>
        <source>{source}: row {row}: {attribute} is &apos;{value}&apos; but respondent &apos;{respondent}&apos; already has &apos;{held}&apos;; nothing was imported</source>
        <translation>{source}：第 {row} 行：{attribute} 为“{value}”，但受访者“{respondent}”已有“{held}”；未导入任何内容</translation>
    </message>
    <message>
        <source>{source}: row {row}: {problem}</source>
        <translation>{source}：第 {row} 行：{problem}</translation>
    </message>
    <message>
        <source>{spans} and {more} more</source>
        <translation>{spans} 等另外 {more} 处</translation>
    </message>
    <message>
        <source>{things} with a GUID used twice in the file got a new one</source>
        <translation>文件中 GUID 重复的 {things}已获得新的 GUID</translation>
    </message>
    <message>
        <source>{time} UTC</source>
        <translation>{time} UTC</translation>
    </message>
    <message>
        <source>{time} by qcode {version}</source>
        <translation>{time}，由 qcode {version} 生成</translation>
    </message>
    <message>
        <source>{variable} must be a number of seconds to wait for another writer (0 = do not wait), not {given}</source>
        <translation>{variable} 必须是等待其他写入者的秒数（0 = 不等待），而不是 {given}</translation>
    </message>
    <message>
        <source>{variable} must be a whole number, like {default}; it is {shown}</source>
        <translation>{variable} 必须是整数，例如 {default}；当前为 {shown}</translation>
    </message>
    <message>
        <source>{variable} must be more than 0</source>
        <translation>{variable} 必须大于 0</translation>
    </message>
    <message>
        <source>{what} contains an invalid character (a lone surrogate)</source>
        <translation>{what}含有无效字符（孤立的代理字符）</translation>
    </message>
    <message>
        <source>{what} must be yes, no or unknown, not &apos;{value}&apos;</source>
        <translation>{what}必须是 yes、no 或 unknown，而不是“{value}”</translation>
    </message>
    <message>
        <source>{what} name &apos;{old}&apos; is now &apos;{new}&apos;</source>
        <translation>{what}名称“{old}”现为“{new}”</translation>
    </message>
    <message>
        <source>{what} name cannot contain control characters (U+{codepoint:04X} found in &apos;{value}&apos;)</source>
        <translation>{what}名称不能包含控制字符（在“{value}”中发现 U+{codepoint:04X}）</translation>
    </message>
    <message>
        <source>{what} name cannot contain unpaired surrogates (U+{codepoint:04X} found in &apos;{value}&apos;)</source>
        <translation>{what}名称不能包含未配对的代理字符（在“{value}”中发现 U+{codepoint:04X}）</translation>
    </message>
    <message>
        <source>{what} needs a name</source>
        <translation>{what}需要一个名称</translation>
    </message>
    <message>
        <source>{what} needs a name (&apos;{value}&apos; is only spaces or invisible characters)</source>
        <translation>{what}需要一个名称（“{value}”只有空格或不可见字符）</translation>
    </message>
    <message>
        <source>{what} under &apos;{parent}&apos; would reach level {level}; {rule}</source>
        <translation>{what}在“{parent}”下会达到第 {level} 层；{rule}</translation>
    </message>
    <message>
        <source>{what} would reach level {level}; {rule}</source>
        <translation>{what}会达到第 {level} 层；{rule}</translation>
    </message>
    <message>
        <source>{what} {size} (the limit for one import; set {variable} to allow more)</source>
        <translation>{what} {size}（单次导入的上限；设置 {variable} 可放宽）</translation>
    </message>
    <message>
        <source>{what} {size} (the limit for one sheet; set {variable} to allow more)</source>
        <translation>{what} {size}（单个工作表的上限；设置 {variable} 可放宽）</translation>
    </message>
    <message>
        <source>{where}&apos;{code}&apos; is a grouping code only</source>
        <translation>{where}“{code}”只是分组编码</translation>
    </message>
    <message>
        <source>{where}span {start}–{end} is not inside the document (0–{length}, start before end)</source>
        <translation>{where}范围 {start}–{end} 不在文档之内（0–{length}，起点在终点之前）</translation>
    </message>
    <message>
        <source>{where}start and end must be whole numbers</source>
        <translation>{where}起点和终点必须是整数</translation>
    </message>
    <message>
        <source>{where}the coding&apos;s origin</source>
        <translation>{where}编码的来源</translation>
    </message>
    <message>
        <source>{where}the coding&apos;s origin is not valid (it needs a source, and a confidence from 0 to 1 if any)</source>
        <translation>{where}编码的来源无效（需要一个来源；如有置信度，须在 0 到 1 之间）</translation>
    </message>
    <message>
        <source>{where}the document no longer exists</source>
        <translation>{where}该文档已不存在</translation>
    </message>
    <message>
        <source>{where}the text at {start}–{end} is {actual!r}, not {expected!r} (offsets must count code points)</source>
        <translation>{where}{start}–{end} 处的文本是 {actual!r}，而不是 {expected!r}（偏移量必须按码位计数）</translation>
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
        <translation>— {author}，{time} UTC</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <source>There is no way to open the project without it: if it is forgotten, the project is lost. Keep it somewhere safe, apart from the computer.</source>
        <translation>没有它就无法打开项目：一旦忘记，项目就无法找回。请将它保存在安全的地方，与电脑分开存放。</translation>
    </message>
    <message>
        <source>{name} will be encrypted: from now on it opens only with the passphrase. {forgotten}

The old unencrypted contents may still be readable on this disk (SSDs move data around), and copies, backups and exports made earlier stay unencrypted: encryption protects best a project that was encrypted from the start.</source>
        <translation>{name} 将被加密：今后只能使用密码打开。{forgotten}

旧的未加密内容可能仍可在此磁盘上读取（固态硬盘会移动数据），之前制作的副本、备份和导出内容仍未加密：从一开始就加密的项目受到的保护最好。</translation>
    </message>
    <message>
        <source>{name} will be decrypted: a plain file that anyone who has it can read, every transcript and name in it included. Encrypted backups beside it still need the passphrase.

Decrypt it?</source>
        <translation>{name} 将被解密：成为任何拿到它的人都能读取的普通文件，包括其中所有的转录文本和姓名。旁边的加密备份仍需密码。

确定解密吗？</translation>
    </message>
</context>
<context>
    <name>privacy.passphrase_dialog</name>
    <message>
        <source>Encrypted project</source>
        <translation>加密项目</translation>
    </message>
    <message>
        <source>{problem}{name} is encrypted. Its passphrase:</source>
        <translation>{problem}{name} 已加密。请输入密码：</translation>
    </message>
    <message>
        <source>Wrong passphrase (or the file is damaged); try again.

</source>
        <translation>密码错误（或文件已损坏）；请重试。

</translation>
    </message>
    <message>
        <source>New encrypted project</source>
        <translation>新建加密项目</translation>
    </message>
    <message>
        <source>qcode projects (*.qcode)</source>
        <translation>qcode 项目 (*.qcode)</translation>
    </message>
    <message>
        <source>{name} will be encrypted with this passphrase. {forgotten}</source>
        <translation>{name} 将使用此密码加密。{forgotten}</translation>
    </message>
    <message>
        <source>{name} is already encrypted.</source>
        <translation>{name} 已经加密。</translation>
    </message>
    <message>
        <source>{name} is open read-only (it is open for editing elsewhere); close it there first to encrypt it.</source>
        <translation>{name} 以只读方式打开（它正在别处被编辑）；请先在那里关闭，再加密。</translation>
    </message>
    <message>
        <source>Encrypt this project</source>
        <translation>加密此项目</translation>
    </message>
    <message>
        <source>The project was not encrypted: {problem}</source>
        <translation>项目未加密：{problem}</translation>
    </message>
    <message>
        <source>Could not reopen the project: {problem}</source>
        <translation>无法重新打开项目：{problem}</translation>
    </message>
    <message>
        <source>{name} is not encrypted.</source>
        <translation>{name} 未加密。</translation>
    </message>
    <message>
        <source>{name} is open read-only (it is open for editing elsewhere); close it there first to {doing}.</source>
        <translation>{name} 以只读方式打开（它正在别处被编辑）；请先在那里关闭，才能{doing}。</translation>
    </message>
    <message>
        <source>To go on, type the current passphrase.

</source>
        <translation>要继续，请输入当前密码。

</translation>
    </message>
    <message>
        <source>That is not the current passphrase; nothing was done.</source>
        <translation>这不是当前密码；未做任何操作。</translation>
    </message>
    <message>
        <source>change its passphrase</source>
        <translation>更改其密码</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>更改密码</translation>
    </message>
    <message>
        <source>{name} will open only with this new passphrase. {forgotten} Backups and coders&apos; copies made earlier keep the old one.</source>
        <translation>{name} 今后只能使用这个新密码打开。{forgotten} 之前制作的备份和编码员副本仍使用旧密码。</translation>
    </message>
    <message>
        <source>The passphrase was not changed: {problem}</source>
        <translation>密码未更改：{problem}</translation>
    </message>
    <message>
        <source>decrypt it</source>
        <translation>解密</translation>
    </message>
    <message>
        <source>Decrypt this project</source>
        <translation>解密此项目</translation>
    </message>
    <message>
        <source>The project was not decrypted: {problem}</source>
        <translation>项目未解密：{problem}</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>No cases yet: make them in the Cases panel (View ▸ Cases) and assign documents, speakers or codings to them.</source>
        <translation>还没有个案：请在“个案”面板（视图 ▸ 个案）中创建个案，并将文档、发言人或编码归入其中。</translation>
    </message>
    <message>
        <source>Code × case</source>
        <translation>编码 × 个案</translation>
    </message>
    <message>
        <source>&amp;Word (.docx)</source>
        <translation>Word (.docx)(&amp;W)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>关于本报告</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>编码本</translation>
    </message>
    <message>
        <source>Quotes by code</source>
        <translation>按编码列出的引文</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>备忘录</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Saved queries</source>
        <translation>已保存的查询</translation>
    </message>
    <message>
        <source>Framework matrix</source>
        <translation>框架矩阵</translation>
    </message>
    <message>
        <source>Corroboration</source>
        <translation>佐证</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Coded segments</source>
        <translation>已编码片段</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>片段</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>字符数</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>词数</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>编码员</translation>
    </message>
    <message>
        <source>&lt;b&gt;own&lt;/b&gt;: a code&apos;s own codings; &lt;b&gt;with sub-codes&lt;/b&gt;: also those of all its sub-codes. Characters (and their words) count once where codings overlap. Double-click a row to list its coded segments.</source>
        <translation>&lt;b&gt;自身&lt;/b&gt;：编码自身的编码；&lt;b&gt;含子编码&lt;/b&gt;：还包括其所有子编码的编码。编码重叠处的字符（及其词语）只计一次。双击某行可列出其已编码片段。</translation>
    </message>
    <message>
        <source>Double-click a cell (or press Return) to list the coded segments behind it.</source>
        <translation>双击单元格（或按回车键）可列出其背后的已编码片段。</translation>
    </message>
    <message>
        <source>{metric}
(own)</source>
        <translation>{metric}
（自身）</translation>
    </message>
    <message>
        <source>{metric}
(with sub-codes)</source>
        <translation>{metric}
（含子编码）</translation>
    </message>
    <message>
        <source>Code frequencies</source>
        <translation>编码频次</translation>
    </message>
    <message>
        <source>Code × document</source>
        <translation>编码 × 文档</translation>
    </message>
    <message>
        <source>Code × attribute</source>
        <translation>编码 × 属性</translation>
    </message>
    <message>
        <source>Co-occurrence</source>
        <translation>共现</translation>
    </message>
    <message>
        <source>Word frequencies</source>
        <translation>词频</translation>
    </message>
</context>
<context>
    <name>reports.report_dialog</name>
    <message>
        <source>Every participant in the consent register may be quoted.</source>
        <translation>知情同意登记中的每位参与者都可以被引用。</translation>
    </message>
    <message>
        <source>Wrote {target}: {sections}, {quotes}.</source>
        <translation>已写入 {target}：{sections}，{quotes}。</translation>
    </message>
    <message>
        <source> Consent register ignored: this is the project&apos;s own backup.</source>
        <translation> 已忽略知情同意登记：这是项目自己的备份。</translation>
    </message>
    <message>
        <source> Consent: {lines}.</source>
        <translation> 知情同意：{lines}。</translation>
    </message>
    <message>
        <source>Write report</source>
        <translation>生成报告</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <source>Report cancelled: no file was written.</source>
        <translation>已取消报告：未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>suggestions.trainer</name>
    <message>
        <source>signal {number}</source>
        <translation>信号 {number}</translation>
    </message>
    <message>
        <source>Learning from your coding stopped: it was stopped by the system ({signal}, perhaps out of memory). Retry with fewer passages?</source>
        <translation>从您的编码中学习已停止：被系统终止（{signal}，可能是内存不足）。要用更少的段落重试吗？</translation>
    </message>
    <message>
        <source>Learning from your coding stopped: it ended unexpectedly (exit code {code}). Retry with fewer passages?</source>
        <translation>从您的编码中学习已停止：意外结束（退出代码 {code}）。要用更少的段落重试吗？</translation>
    </message>
</context>
<context>
    <name>team.agreement_compare</name>
    <message>
        <source>No disagreements</source>
        <translation>没有分歧</translation>
    </message>
</context>
<context>
    <name>team.agreement_tables</name>
    <message>
        <source>Matched codings: {both}
Unmatched codings: {some}</source>
        <translation>匹配的编码：{both}
未匹配的编码：{some}</translation>
    </message>
    <message>
        <source>Coded by every coder: {both}
Coded by none: {neither}
Coded by only some: {some}</source>
        <translation>所有编码员均编码：{both}
无人编码：{neither}
仅部分编码员编码：{some}</translation>
    </message>
</context>
<context>
    <name>team.merge_dialog</name>
    <message>
        <source>Merge projects into this one</source>
        <translation>将项目合并到此项目</translation>
    </message>
    <message>
        <source>qcode projects (*.qcode)</source>
        <translation>qcode 项目 (*.qcode)</translation>
    </message>
    <message>
        <source>{name}: this is the open project; choose another project to merge into it</source>
        <translation>{name}：这是当前打开的项目；请选择另一个项目合并进来</translation>
    </message>
    <message>
        <source>Merge projects</source>
        <translation>合并项目</translation>
    </message>
    <message>
        <source>Wrong passphrase. </source>
        <translation>密码错误。</translation>
    </message>
    <message>
        <source>It has another passphrase than this project. </source>
        <translation>它的密码与此项目不同。</translation>
    </message>
    <message>
        <source>{name} was not merged: no passphrase given</source>
        <translation>{name} 未合并：未提供密码</translation>
    </message>
    <message>
        <source>{get}

(characters {start}–{end})</source>
        <translation>{get}

（第 {start}–{end} 个字符）</translation>
    </message>
</context>
<context>
    <name>widgets.dialogs</name>
    <message>
        <source>Who is coding?</source>
        <translation>谁在编码？</translation>
    </message>
    <message>
        <source>Your name, as it will be recorded on every coding you make
(colleagues see it when you merge projects and compare coding):</source>
        <translation>您的姓名，将记录在您所做的每一处编码上
（合并项目和比较编码时，同事会看到它）：</translation>
    </message>
</context>
</TS>
