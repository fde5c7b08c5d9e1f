<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../error_text.cpp" line="14"/>
        <source>Could not open “%1”: it is missing, a folder, or not readable (%2).</source>
        <translation>无法打开“%1”：文件不存在、是文件夹或无法读取（%2）。</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="17"/>
        <source>“%1” was not opened: it is larger than 256 MB.</source>
        <translation>未打开“%1”：文件超过 256 MB。</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="19"/>
        <source>“%1” was not opened: it is empty, binary, or in an encoding Dais cannot read (%2).</source>
        <translation>未打开“%1”：文件为空、是二进制文件，或编码无法识别（%2）。</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="26"/>
        <source>“%1” could not be processed (%2).</source>
        <translation>无法处理“%1”（%2）。</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="30"/>
        <source>Dais cannot find its word lists, so nothing can be opened (%1).</source>
        <translation>Dais 找不到词表，因此无法打开任何文件（%1）。</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="35"/>
        <source>“%1” holds no visible text.</source>
        <translation>“%1”中没有可见的文字。</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="39"/>
        <source>The library could not be opened, so nothing can be kept (%1).</source>
        <translation>无法打开文库，因此无法保存任何内容（%1）。</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="44"/>
        <source>The change to your highlights and notes could not be saved (%1).</source>
        <translation>无法保存对高亮和笔记的修改（%1）。</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="49"/>
        <source>The library could not be read (%1).</source>
        <translation>无法读取文库（%1）。</translation>
    </message>
</context>
<context>
    <name>dais::reader::AnnotationActions</name>
    <message>
        <location filename="../annotation_actions.cpp" line="16"/>
        <source>Add &amp;note…</source>
        <translation>添加笔记(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../annotation_actions.cpp" line="20"/>
        <source>&amp;Copy with source</source>
        <translation>连同出处复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../annotation_actions.cpp" line="24"/>
        <source>Edit &amp;note…</source>
        <translation>编辑笔记(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../annotation_actions.cpp" line="25"/>
        <source>Edit &amp;tags…</source>
        <translation>编辑标签(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../annotation_actions.cpp" line="26"/>
        <source>&amp;Delete highlight</source>
        <translation>删除高亮(&amp;D)</translation>
    </message>
    <message>
        <location filename="../annotation_actions.cpp" line="57"/>
        <source>Highlight: %1 (%2)</source>
        <translation>高亮：%1（%2）</translation>
    </message>
    <message>
        <location filename="../annotation_actions.cpp" line="73"/>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../annotation_actions.cpp" line="81"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
</context>
<context>
    <name>dais::reader::AnnotationEditor</name>
    <message>
        <location filename="../annotation_editor.cpp" line="72"/>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../annotation_editor.cpp" line="72"/>
        <source>Add note</source>
        <translation>添加笔记</translation>
    </message>
    <message>
        <location filename="../annotation_editor.cpp" line="87"/>
        <source>Change colour</source>
        <translation>更改颜色</translation>
    </message>
    <message>
        <location filename="../annotation_editor.cpp" line="95"/>
        <source>Edit note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <location filename="../annotation_editor.cpp" line="104"/>
        <source>Edit tags</source>
        <translation>编辑标签</translation>
    </message>
    <message>
        <location filename="../annotation_editor.cpp" line="111"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../annotation_editor.cpp" line="126"/>
        <source>Re-attach</source>
        <translation>重新附加</translation>
    </message>
</context>
<context>
    <name>dais::reader::ArticleView</name>
    <message>
        <location filename="../article_view.cpp" line="281"/>
        <source>No role given in this article</source>
        <translation>本文未提及职务</translation>
    </message>
    <message>
        <location filename="../article_view.cpp" line="282"/>
        <source>Roles in this article: %1</source>
        <translation>本文中的职务：%1</translation>
    </message>
    <message>
        <location filename="../article_view.cpp" line="283"/>
        <location filename="../article_view.cpp" line="286"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../article_view.cpp" line="286"/>
        <source>Attendance: %1</source>
        <translation>出席方式：%1</translation>
    </message>
</context>
<context>
    <name>dais::reader::AttendancePanel</name>
    <message>
        <location filename="../attendance_panel.cpp" line="26"/>
        <location filename="../attendance_panel.cpp" line="94"/>
        <source>Open an article to see who presided, attended and sat on the dais.</source>
        <translation>打开一篇文章，即可查看谁主持、谁出席、谁在主席台就座。</translation>
    </message>
    <message>
        <location filename="../attendance_panel.cpp" line="33"/>
        <source>Mode or person</source>
        <translation>方式或人物</translation>
    </message>
    <message>
        <location filename="../attendance_panel.cpp" line="33"/>
        <source>Position</source>
        <translation>位次</translation>
    </message>
    <message numerus="yes">
        <location filename="../attendance_panel.cpp" line="55"/>
        <source>%1 (%n people)</source>
        <translation>
            <numerusform>%1（%n 人）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../attendance_panel.cpp" line="71"/>
        <source>Meeting counts</source>
        <translation>会议人数</translation>
    </message>
    <message>
        <location filename="../attendance_panel.cpp" line="77"/>
        <source>Expected to attend: %1</source>
        <translation>应出席：%1</translation>
    </message>
    <message>
        <location filename="../attendance_panel.cpp" line="77"/>
        <source>Present: %1</source>
        <translation>实到：%1</translation>
    </message>
    <message>
        <location filename="../attendance_panel.cpp" line="86"/>
        <source>No attendance lists or meeting counts in this article.</source>
        <translation>本文没有出席名单或会议人数。</translation>
    </message>
</context>
<context>
    <name>dais::reader::FindBar</name>
    <message>
        <location filename="../find_bar.cpp" line="15"/>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <location filename="../find_bar.cpp" line="18"/>
        <source>Text in this article</source>
        <translation>在本文中查找</translation>
    </message>
    <message>
        <location filename="../find_bar.cpp" line="22"/>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <location filename="../find_bar.cpp" line="23"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>上一个匹配（Shift+Enter）</translation>
    </message>
    <message>
        <location filename="../find_bar.cpp" line="25"/>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <location filename="../find_bar.cpp" line="26"/>
        <source>Next match (Enter)</source>
        <translation>下一个匹配（Enter）</translation>
    </message>
    <message>
        <location filename="../find_bar.cpp" line="33"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../find_bar.cpp" line="67"/>
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <location filename="../find_bar.cpp" line="69"/>
        <source>%1 / %2</source>
        <comment>match number / match count</comment>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>dais::reader::LibraryModel</name>
    <message>
        <location filename="../library_model.cpp" line="39"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>%1, article %2</source>
        <translation type="vanished">%1，第 %2 篇</translation>
    </message>
    <message numerus="yes">
        <location filename="../library_model.cpp" line="62"/>
        <source>%n highlight(s) and note(s)</source>
        <translation>
            <numerusform>%n 条高亮和笔记</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../library_model.cpp" line="73"/>
        <source>Highlights and notes</source>
        <translation>高亮和笔记</translation>
    </message>
    <message>
        <location filename="../library_model.cpp" line="77"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../library_model.cpp" line="79"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../library_model.cpp" line="81"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../library_model.cpp" line="83"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
</context>
<context>
    <name>dais::reader::LibraryPanel</name>
    <message>
        <location filename="../library_panel.cpp" line="19"/>
        <source>Library</source>
        <translation>文库</translation>
    </message>
    <message>
        <location filename="../library_panel.cpp" line="25"/>
        <source>Filter by title, date or source</source>
        <translation>按标题、日期或来源筛选</translation>
    </message>
    <message>
        <source>In the order opened</source>
        <translation type="vanished">按打开顺序</translation>
    </message>
    <message>
        <location filename="../library_panel.cpp" line="29"/>
        <source>By title</source>
        <translation>按标题</translation>
    </message>
    <message>
        <location filename="../library_panel.cpp" line="29"/>
        <source>By date</source>
        <translation>按日期</translation>
    </message>
    <message>
        <location filename="../library_panel.cpp" line="29"/>
        <source>By source</source>
        <translation>按来源</translation>
    </message>
    <message>
        <location filename="../library_panel.cpp" line="29"/>
        <source>In the order imported</source>
        <translation>按导入顺序</translation>
    </message>
    <message>
        <location filename="../library_panel.cpp" line="30"/>
        <source>Sort the library</source>
        <translation>文库排序</translation>
    </message>
</context>
<context>
    <name>dais::reader::MainWindow</name>
    <message>
        <location filename="../main_window.cpp" line="53"/>
        <source>Dais</source>
        <translation>Dais</translation>
    </message>
    <message>
        <source>Highlights and notes arrive with the library store, which is not built yet: annotations need a place to be kept before they can be offered.</source>
        <translation type="vanished">高亮和笔记将随文库存储一同推出：存储尚未完成，批注需要先有保存之处才能提供。</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="149"/>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="150"/>
        <source>Attendance</source>
        <translation>出席</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="151"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="134"/>
        <source>Open a report with File → Open (Ctrl+O), or drop files and folders here.</source>
        <translation>通过“文件 → 打开”（Ctrl+O）打开报道，或将文件和文件夹拖放到这里。</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="152"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="207"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="208"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="211"/>
        <source>Open the &amp;sample page</source>
        <translation>打开示例版面(&amp;S)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="215"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="218"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="220"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="223"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="230"/>
        <source>&amp;Highlight the selection</source>
        <translation>高亮所选文字(&amp;H)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="235"/>
        <source>&amp;Search the library…</source>
        <translation>搜索文库(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="242"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="243"/>
        <source>&amp;Larger text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="246"/>
        <source>&amp;Smaller text</source>
        <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="250"/>
        <source>Underline &amp;people</source>
        <translation>标出人物(&amp;P)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="250"/>
        <source>Underline &amp;roles</source>
        <translation>标出职务(&amp;R)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="251"/>
        <source>Underline &amp;dates</source>
        <translation>标出日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="252"/>
        <source>Underline &amp;attendance lists</source>
        <translation>标出出席名单(&amp;A)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="266"/>
        <source>&amp;Find in article…</source>
        <translation>在文章中查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="268"/>
        <source>Find &amp;next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="270"/>
        <source>Find pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="273"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="274"/>
        <source>&amp;Filter the library</source>
        <translation>筛选文库(&amp;F)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="276"/>
        <source>&amp;Library</source>
        <translation>文库(&amp;L)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="278"/>
        <source>&amp;Article</source>
        <translation>文章(&amp;A)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="280"/>
        <source>&amp;People</source>
        <translation>人物(&amp;P)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="284"/>
        <source>A&amp;ttendance</source>
        <translation>出席(&amp;T)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="288"/>
        <source>&amp;Notes</source>
        <translation>笔记(&amp;N)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="292"/>
        <source>Search &amp;results</source>
        <translation>搜索结果(&amp;R)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="297"/>
        <source>&amp;Next article</source>
        <translation>下一篇文章(&amp;N)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="299"/>
        <source>P&amp;revious article</source>
        <translation>上一篇文章(&amp;R)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="302"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="303"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="304"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="306"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="307"/>
        <source>&amp;About Dais</source>
        <translation>关于 Dais(&amp;A)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="308"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="310"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="322"/>
        <source>Search the library (Ctrl+Shift+F)</source>
        <translation>搜索文库（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="334"/>
        <location filename="../main_window.cpp" line="354"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="346"/>
        <source>The new language is used the next time Dais starts.</source>
        <translation>新的界面语言将在下次启动 Dais 时生效。</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="355"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="356"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="386"/>
        <source>Nothing can be imported: the library is not open.</source>
        <translation>无法导入：文库未打开。</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.cpp" line="411"/>
        <source>“%1” changed since it was imported: %n highlight(s) could not be found again and are listed apart in the Notes tab.</source>
        <translation>
            <numerusform>“%1”自导入以来已有改动：有 %n 条高亮在新文本中找不到，已单独列在“笔记”标签页中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.cpp" line="682"/>
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>正在导入 %n 个文件…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.cpp" line="684"/>
        <source>%n article(s) in the library</source>
        <translation>
            <numerusform>文库中共有 %n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) open at the end of the last session no longer exist.</source>
        <translation type="vanished">
            <numerusform>上次会话结束时打开的 %n 个文件已不存在。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="387"/>
        <source>Nothing can be opened: Dais cannot find its word lists.</source>
        <translation>无法打开任何文件：Dais 找不到词表。</translation>
    </message>
    <message>
        <source>“%1” is already open.</source>
        <translation type="vanished">“%1”已经打开。</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="393"/>
        <source>No reports (.txt, .html) were found in what was opened.</source>
        <translation>所打开的内容中没有找到报道（.txt、.html）。</translation>
    </message>
    <message>
        <source>“%1”: some bytes could not be decoded and were replaced (%2).</source>
        <translation type="vanished">“%1”：部分字节无法解码，已被替换（%2）。</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="464"/>
        <source>%1 — Dais</source>
        <translation>%1 — Dais</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="504"/>
        <location filename="../main_window.cpp" line="515"/>
        <source>Select a passage of the article first.</source>
        <translation>请先在文章中选中一段文字。</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="518"/>
        <source>Add note</source>
        <translation>添加笔记</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="518"/>
        <source>Note on “%1”:</source>
        <translation>关于“%1”的笔记：</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="539"/>
        <source>“%1”
— %2</source>
        <translation>“%1”
——%2</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="539"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="563"/>
        <source>Select &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="571"/>
        <source>Edit note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="571"/>
        <source>Note:</source>
        <translation>笔记：</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="581"/>
        <source>Edit tags</source>
        <translation>编辑标签</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="581"/>
        <source>Tags, separated by commas:</source>
        <translation>标签，用逗号分隔：</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="592"/>
        <source>Select the passage in the article to re-attach the note to, then try again.</source>
        <translation>请先在文章中选中要重新附加笔记的段落，然后再试一次。</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="665"/>
        <source>About Dais</source>
        <translation>关于 Dais</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="666"/>
        <source>&lt;h3&gt;Dais %1&lt;/h3&gt;&lt;p&gt;A reader for Chinese government meeting reports: who presided, who attended, who sat on the dais and in what order, the roles each person held and when it happened.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and ICU.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dais %1&lt;/h3&gt;&lt;p&gt;政府会议报道阅读器：谁主持、谁出席、谁在主席台就座及其顺序，每个人当天的职务，以及会议的时间。&lt;/p&gt;&lt;p&gt;基于 Qt %2 和 ICU 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="674"/>
        <source>Open reports</source>
        <translation>打开报道</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="675"/>
        <source>Reports (*.txt *.text *.htm *.html);;All files (*)</source>
        <translation>报道 (*.txt *.text *.htm *.html);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Reading and analysing %n file(s)…</source>
        <translation type="vanished">
            <numerusform>正在读取并分析 %n 个文件…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) open</source>
        <translation type="vanished">
            <numerusform>已打开 %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="685"/>
        <source>Text size %1 pt</source>
        <translation>字号 %1 磅</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="692"/>
        <source>people</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="692"/>
        <source>roles</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="692"/>
        <source>dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="693"/>
        <source>attendance lists</source>
        <translation>出席名单</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="702"/>
        <source>No underlines</source>
        <translation>无标注</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="703"/>
        <source>Underlined: %1</source>
        <translation>标注：%1</translation>
    </message>
</context>
<context>
    <name>dais::reader::MessageArea</name>
    <message>
        <location filename="../message_area.cpp" line="21"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../message_area.cpp" line="47"/>
        <source>(%1 earlier messages)</source>
        <translation>（另有 %1 条较早的消息）</translation>
    </message>
</context>
<context>
    <name>dais::reader::NotesPanel</name>
    <message>
        <location filename="../notes_panel.cpp" line="57"/>
        <source>Passage</source>
        <translation>段落</translation>
    </message>
    <message>
        <location filename="../notes_panel.cpp" line="57"/>
        <location filename="../notes_panel.cpp" line="61"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../notes_panel.cpp" line="57"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../notes_panel.cpp" line="58"/>
        <source>Not found in the current text (after a re-import):</source>
        <translation>在当前文本中找不到（重新导入之后）：</translation>
    </message>
    <message>
        <location filename="../notes_panel.cpp" line="61"/>
        <source>Quote</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../notes_panel.cpp" line="62"/>
        <source>&amp;Re-attach to the selection</source>
        <translation>附加到所选段落(&amp;R)</translation>
    </message>
    <message>
        <location filename="../notes_panel.cpp" line="64"/>
        <source>Select the passage in the article first</source>
        <translation>请先在文章中选中段落</translation>
    </message>
    <message>
        <location filename="../notes_panel.cpp" line="65"/>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <location filename="../notes_panel.cpp" line="98"/>
        <source>Open an article to see its highlights and notes.</source>
        <translation>打开一篇文章，即可查看其中的高亮和笔记。</translation>
    </message>
    <message>
        <location filename="../notes_panel.cpp" line="117"/>
        <source>(note on the article)</source>
        <translation>（整篇文章的笔记）</translation>
    </message>
    <message>
        <location filename="../notes_panel.cpp" line="131"/>
        <source>No highlights or notes yet. Select a passage and press 1–6 to highlight it, or N to add a note.</source>
        <translation>还没有高亮或笔记。选中一段文字，按 1–6 高亮，或按 N 添加笔记。</translation>
    </message>
</context>
<context>
    <name>dais::reader::PeoplePanel</name>
    <message>
        <location filename="../people_panel.cpp" line="13"/>
        <location filename="../people_panel.cpp" line="60"/>
        <source>Open an article to see the people it names.</source>
        <translation>打开一篇文章，即可查看其中提到的人物。</translation>
    </message>
    <message>
        <location filename="../people_panel.cpp" line="20"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../people_panel.cpp" line="20"/>
        <source>Roles</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../people_panel.cpp" line="20"/>
        <source>Attendance</source>
        <translation>出席</translation>
    </message>
    <message>
        <location filename="../people_panel.cpp" line="38"/>
        <source>Double-click a person to see their record across the library</source>
        <translation>双击人物，查看其在整个文库中的记录</translation>
    </message>
    <message>
        <location filename="../people_panel.cpp" line="47"/>
        <source>; </source>
        <comment>between roles</comment>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../people_panel.cpp" line="48"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../people_panel.cpp" line="53"/>
        <source>No people were found in this article.</source>
        <translation>本文中没有找到人物。</translation>
    </message>
</context>
<context>
    <name>dais::reader::PersonView</name>
    <message>
        <location filename="../person_view.cpp" line="52"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../person_view.cpp" line="52"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../person_view.cpp" line="52"/>
        <source>Attendance</source>
        <translation>出席</translation>
    </message>
    <message>
        <location filename="../person_view.cpp" line="52"/>
        <source>Place</source>
        <translation>位次</translation>
    </message>
    <message>
        <location filename="../person_view.cpp" line="52"/>
        <source>Roles</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../person_view.cpp" line="56"/>
        <source>Seen with</source>
        <translation>同场人物</translation>
    </message>
    <message>
        <location filename="../person_view.cpp" line="56"/>
        <source>Shared lists</source>
        <translation>同一名单次数</translation>
    </message>
    <message>
        <location filename="../person_view.cpp" line="62"/>
        <source>Appearances (double-click to open the article):</source>
        <translation>出现记录（双击打开文章）：</translation>
    </message>
    <message>
        <location filename="../person_view.cpp" line="67"/>
        <source>Most often in the same lists:</source>
        <translation>最常同在一个名单中的人：</translation>
    </message>
    <message>
        <location filename="../person_view.cpp" line="91"/>
        <source>%1 — Dais</source>
        <translation>%1 — Dais</translation>
    </message>
    <message numerus="yes">
        <location filename="../person_view.cpp" line="92"/>
        <source>%1: %n appearance(s) in the library</source>
        <translation>
            <numerusform>%1：在文库中出现 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../person_view.cpp" line="100"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../person_view.cpp" line="101"/>
        <source>named</source>
        <translation>提及</translation>
    </message>
    <message>
        <location filename="../person_view.cpp" line="102"/>
        <source>%1 of %2</source>
        <translation>第 %1 位（共 %2 位）</translation>
    </message>
    <message>
        <location filename="../person_view.cpp" line="105"/>
        <source>; </source>
        <comment>between roles</comment>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>dais::reader::SearchPanel</name>
    <message>
        <location filename="../search_panel.cpp" line="25"/>
        <source>Search the whole library with the box in the toolbar (Ctrl+Shift+F): article text, highlights and notes.</source>
        <translation>用工具栏中的搜索框（Ctrl+Shift+F）搜索整个文库：文章正文、高亮和笔记。</translation>
    </message>
    <message>
        <location filename="../search_panel.cpp" line="47"/>
        <source>Nothing in the library matches “%1”.</source>
        <translation>文库中没有与“%1”匹配的内容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../search_panel.cpp" line="48"/>
        <source>%n result(s) for “%1”, best first:</source>
        <translation>
            <numerusform>“%1”共有 %n 条结果，按相关度排列：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../search_panel.cpp" line="54"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../search_panel.cpp" line="56"/>
        <source>in your notes</source>
        <translation>在你的笔记中</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../main.cpp" line="27"/>
        <source>Reads Chinese government meeting reports and shows who presided, attended and sat on the dais.</source>
        <translation>阅读政府会议报道，显示谁主持、谁出席、谁在主席台就座。</translation>
    </message>
    <message>
        <location filename="../main.cpp" line="33"/>
        <source>The library file (default: $DAIS_DB, else library.sqlite in the data folder).</source>
        <translation>文库文件（默认：$DAIS_DB，否则为数据文件夹中的 library.sqlite）。</translation>
    </message>
    <message>
        <location filename="../main.cpp" line="38"/>
        <source>Reports or folders to import and open.</source>
        <translation>要导入并打开的报道或文件夹。</translation>
    </message>
    <message>
        <source>Reports or folders to open.</source>
        <translation type="vanished">要打开的报道或文件夹。</translation>
    </message>
</context>
</TS>
