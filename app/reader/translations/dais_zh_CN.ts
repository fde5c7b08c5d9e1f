<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../error_text.cpp" line="14" />
        <source>Could not open “%1”: it is missing, a folder, or not readable (%2).</source>
        <translation>无法打开“%1”：文件不存在、是文件夹或无法读取（%2）。</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="17" />
        <source>“%1” was not opened: it is larger than 256 MB.</source>
        <translation>未打开“%1”：文件超过 256 MB。</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="19" />
        <source>“%1” was not opened: it is empty, binary, or in an encoding Dais cannot read (%2).</source>
        <translation>未打开“%1”：文件为空、是二进制文件，或编码无法识别（%2）。</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="26" />
        <source>“%1” could not be processed (%2).</source>
        <translation>无法处理“%1”（%2）。</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="30" />
        <source>Dais cannot find its word lists, so nothing can be opened (%1).</source>
        <translation>Dais 找不到词表，因此无法打开任何文件（%1）。</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="35" />
        <source>“%1” holds no visible text.</source>
        <translation>“%1”中没有可见的文字。</translation>
    </message>
</context>
<context>
    <name>dais::reader::ArticleView</name>
    <message>
        <location filename="../article_view.cpp" line="194" />
        <source>No role given in this article</source>
        <translation>本文未提及职务</translation>
    </message>
    <message>
        <location filename="../article_view.cpp" line="195" />
        <source>Roles in this article: %1</source>
        <translation>本文中的职务：%1</translation>
    </message>
    <message>
        <location filename="../article_view.cpp" line="196" />
        <location filename="../article_view.cpp" line="199" />
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../article_view.cpp" line="199" />
        <source>Attendance: %1</source>
        <translation>出席方式：%1</translation>
    </message>
</context>
<context>
    <name>dais::reader::AttendancePanel</name>
    <message>
        <location filename="../attendance_panel.cpp" line="26" />
        <location filename="../attendance_panel.cpp" line="94" />
        <source>Open an article to see who presided, attended and sat on the dais.</source>
        <translation>打开一篇文章，即可查看谁主持、谁出席、谁在主席台就座。</translation>
    </message>
    <message>
        <location filename="../attendance_panel.cpp" line="33" />
        <source>Mode or person</source>
        <translation>方式或人物</translation>
    </message>
    <message>
        <location filename="../attendance_panel.cpp" line="33" />
        <source>Position</source>
        <translation>位次</translation>
    </message>
    <message numerus="yes">
        <location filename="../attendance_panel.cpp" line="55" />
        <source>%1 (%n people)</source>
        <translation><numerusform>%1（%n 人）</numerusform></translation>
    </message>
    <message>
        <location filename="../attendance_panel.cpp" line="71" />
        <source>Meeting counts</source>
        <translation>会议人数</translation>
    </message>
    <message>
        <location filename="../attendance_panel.cpp" line="77" />
        <source>Expected to attend: %1</source>
        <translation>应出席：%1</translation>
    </message>
    <message>
        <location filename="../attendance_panel.cpp" line="77" />
        <source>Present: %1</source>
        <translation>实到：%1</translation>
    </message>
    <message>
        <location filename="../attendance_panel.cpp" line="86" />
        <source>No attendance lists or meeting counts in this article.</source>
        <translation>本文没有出席名单或会议人数。</translation>
    </message>
</context>
<context>
    <name>dais::reader::FindBar</name>
    <message>
        <location filename="../find_bar.cpp" line="15" />
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <location filename="../find_bar.cpp" line="18" />
        <source>Text in this article</source>
        <translation>在本文中查找</translation>
    </message>
    <message>
        <location filename="../find_bar.cpp" line="22" />
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <location filename="../find_bar.cpp" line="23" />
        <source>Previous match (Shift+Enter)</source>
        <translation>上一个匹配（Shift+Enter）</translation>
    </message>
    <message>
        <location filename="../find_bar.cpp" line="25" />
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <location filename="../find_bar.cpp" line="26" />
        <source>Next match (Enter)</source>
        <translation>下一个匹配（Enter）</translation>
    </message>
    <message>
        <location filename="../find_bar.cpp" line="33" />
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../find_bar.cpp" line="67" />
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <location filename="../find_bar.cpp" line="69" />
        <source>%1 / %2</source>
        <comment>match number / match count</comment>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>dais::reader::LibraryModel</name>
    <message>
        <location filename="../library_model.cpp" line="46" />
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../library_model.cpp" line="76" />
        <source>%1, article %2</source>
        <translation>%1，第 %2 篇</translation>
    </message>
    <message>
        <location filename="../library_model.cpp" line="88" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../library_model.cpp" line="90" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../library_model.cpp" line="92" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>dais::reader::LibraryPanel</name>
    <message>
        <location filename="../library_panel.cpp" line="19" />
        <source>Library</source>
        <translation>文库</translation>
    </message>
    <message>
        <location filename="../library_panel.cpp" line="25" />
        <source>Filter by title, date or source</source>
        <translation>按标题、日期或来源筛选</translation>
    </message>
    <message>
        <location filename="../library_panel.cpp" line="29" />
        <source>In the order opened</source>
        <translation>按打开顺序</translation>
    </message>
    <message>
        <location filename="../library_panel.cpp" line="29" />
        <source>By title</source>
        <translation>按标题</translation>
    </message>
    <message>
        <location filename="../library_panel.cpp" line="29" />
        <source>By date</source>
        <translation>按日期</translation>
    </message>
    <message>
        <location filename="../library_panel.cpp" line="29" />
        <source>By source</source>
        <translation>按来源</translation>
    </message>
    <message>
        <location filename="../library_panel.cpp" line="30" />
        <source>Sort the library</source>
        <translation>文库排序</translation>
    </message>
</context>
<context>
    <name>dais::reader::MainWindow</name>
    <message>
        <location filename="../main_window.cpp" line="41" />
        <source>Dais</source>
        <translation>Dais</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="67" />
        <source>Highlights and notes arrive with the library store, which is not built yet: annotations need a place to be kept before they can be offered.</source>
        <translation>高亮和笔记将随文库存储一同推出：存储尚未完成，批注需要先有保存之处才能提供。</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="74" />
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="75" />
        <source>Attendance</source>
        <translation>出席</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="76" />
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="122" />
        <source>Open a report with File → Open (Ctrl+O), or drop files and folders here.</source>
        <translation>通过“文件 → 打开”（Ctrl+O）打开报道，或将文件和文件夹拖放到这里。</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="134" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="135" />
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="138" />
        <source>Open the &amp;sample page</source>
        <translation>打开示例版面(&amp;S)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="142" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="145" />
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="146" />
        <source>&amp;Larger text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="149" />
        <source>&amp;Smaller text</source>
        <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="153" />
        <source>Underline &amp;people</source>
        <translation>标出人物(&amp;P)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="153" />
        <source>Underline &amp;roles</source>
        <translation>标出职务(&amp;R)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="154" />
        <source>Underline &amp;dates</source>
        <translation>标出日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="155" />
        <source>Underline &amp;attendance lists</source>
        <translation>标出出席名单(&amp;A)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="169" />
        <source>&amp;Find in article…</source>
        <translation>在文章中查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="171" />
        <source>Find &amp;next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="173" />
        <source>Find pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="176" />
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="177" />
        <source>&amp;Filter the library</source>
        <translation>筛选文库(&amp;F)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="179" />
        <source>&amp;Library</source>
        <translation>文库(&amp;L)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="181" />
        <source>&amp;Article</source>
        <translation>文章(&amp;A)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="183" />
        <source>&amp;People</source>
        <translation>人物(&amp;P)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="187" />
        <source>A&amp;ttendance</source>
        <translation>出席(&amp;T)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="192" />
        <source>&amp;Next article</source>
        <translation>下一篇文章(&amp;N)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="194" />
        <source>P&amp;revious article</source>
        <translation>上一篇文章(&amp;R)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="197" />
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="198" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="199" />
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="201" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="202" />
        <source>&amp;About Dais</source>
        <translation>关于 Dais(&amp;A)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="203" />
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="205" />
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="220" />
        <location filename="../main_window.cpp" line="240" />
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="232" />
        <source>The new language is used the next time Dais starts.</source>
        <translation>新的界面语言将在下次启动 Dais 时生效。</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="241" />
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="242" />
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.cpp" line="272" />
        <source>%n file(s) open at the end of the last session no longer exist.</source>
        <translation><numerusform>上次会话结束时打开的 %n 个文件已不存在。</numerusform></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="284" />
        <source>Nothing can be opened: Dais cannot find its word lists.</source>
        <translation>无法打开任何文件：Dais 找不到词表。</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="291" />
        <source>“%1” is already open.</source>
        <translation>“%1”已经打开。</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="297" />
        <source>No reports (.txt, .html) were found in what was opened.</source>
        <translation>所打开的内容中没有找到报道（.txt、.html）。</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="315" />
        <source>“%1”: some bytes could not be decoded and were replaced (%2).</source>
        <translation>“%1”：部分字节无法解码，已被替换（%2）。</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="332" />
        <source>%1 — Dais</source>
        <translation>%1 — Dais</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="348" />
        <source>About Dais</source>
        <translation>关于 Dais</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="349" />
        <source>&lt;h3&gt;Dais %1&lt;/h3&gt;&lt;p&gt;A reader for Chinese government meeting reports: who presided, who attended, who sat on the dais and in what order, the roles each person held and when it happened.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and ICU.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dais %1&lt;/h3&gt;&lt;p&gt;政府会议报道阅读器：谁主持、谁出席、谁在主席台就座及其顺序，每个人当天的职务，以及会议的时间。&lt;/p&gt;&lt;p&gt;基于 Qt %2 和 ICU 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="357" />
        <source>Open reports</source>
        <translation>打开报道</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="358" />
        <source>Reports (*.txt *.text *.htm *.html);;All files (*)</source>
        <translation>报道 (*.txt *.text *.htm *.html);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.cpp" line="365" />
        <source>Reading and analysing %n file(s)…</source>
        <translation><numerusform>正在读取并分析 %n 个文件…</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.cpp" line="367" />
        <source>%n article(s) open</source>
        <translation><numerusform>已打开 %n 篇文章</numerusform></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="368" />
        <source>Text size %1 pt</source>
        <translation>字号 %1 磅</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="375" />
        <source>people</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="375" />
        <source>roles</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="375" />
        <source>dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="376" />
        <source>attendance lists</source>
        <translation>出席名单</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="385" />
        <source>No underlines</source>
        <translation>无标注</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="386" />
        <source>Underlined: %1</source>
        <translation>标注：%1</translation>
    </message>
</context>
<context>
    <name>dais::reader::MessageArea</name>
    <message>
        <location filename="../message_area.cpp" line="21" />
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../message_area.cpp" line="47" />
        <source>(%1 earlier messages)</source>
        <translation>（另有 %1 条较早的消息）</translation>
    </message>
</context>
<context>
    <name>dais::reader::PeoplePanel</name>
    <message>
        <location filename="../people_panel.cpp" line="13" />
        <location filename="../people_panel.cpp" line="57" />
        <source>Open an article to see the people it names.</source>
        <translation>打开一篇文章，即可查看其中提到的人物。</translation>
    </message>
    <message>
        <location filename="../people_panel.cpp" line="20" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../people_panel.cpp" line="20" />
        <source>Roles</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../people_panel.cpp" line="20" />
        <source>Attendance</source>
        <translation>出席</translation>
    </message>
    <message>
        <location filename="../people_panel.cpp" line="44" />
        <source>; </source>
        <comment>between roles</comment>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../people_panel.cpp" line="45" />
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../people_panel.cpp" line="50" />
        <source>No people were found in this article.</source>
        <translation>本文中没有找到人物。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../main.cpp" line="26" />
        <source>Reads Chinese government meeting reports and shows who presided, attended and sat on the dais.</source>
        <translation>阅读政府会议报道，显示谁主持、谁出席、谁在主席台就座。</translation>
    </message>
    <message>
        <location filename="../main.cpp" line="32" />
        <source>Reports or folders to open.</source>
        <translation>要打开的报道或文件夹。</translation>
    </message>
</context>
</TS>
