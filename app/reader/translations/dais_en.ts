<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../error_text.cpp" line="14" />
        <source>Could not open “%1”: it is missing, a folder, or not readable (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../error_text.cpp" line="17" />
        <source>“%1” was not opened: it is larger than 256 MB.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../error_text.cpp" line="19" />
        <source>“%1” was not opened: it is empty, binary, or in an encoding Dais cannot read (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../error_text.cpp" line="26" />
        <source>“%1” could not be processed (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../error_text.cpp" line="30" />
        <source>Dais cannot find its word lists, so nothing can be opened (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../error_text.cpp" line="35" />
        <source>“%1” holds no visible text.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dais::reader::ArticleView</name>
    <message>
        <location filename="../article_view.cpp" line="194" />
        <source>No role given in this article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../article_view.cpp" line="195" />
        <source>Roles in this article: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../article_view.cpp" line="196" />
        <location filename="../article_view.cpp" line="199" />
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../article_view.cpp" line="199" />
        <source>Attendance: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dais::reader::AttendancePanel</name>
    <message>
        <location filename="../attendance_panel.cpp" line="26" />
        <location filename="../attendance_panel.cpp" line="94" />
        <source>Open an article to see who presided, attended and sat on the dais.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../attendance_panel.cpp" line="33" />
        <source>Mode or person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../attendance_panel.cpp" line="33" />
        <source>Position</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../attendance_panel.cpp" line="55" />
        <source>%1 (%n people)</source>
        <translation><numerusform>%1 (%n person)</numerusform><numerusform>%1 (%n people)</numerusform></translation>
    </message>
    <message>
        <location filename="../attendance_panel.cpp" line="71" />
        <source>Meeting counts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../attendance_panel.cpp" line="77" />
        <source>Expected to attend: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../attendance_panel.cpp" line="77" />
        <source>Present: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../attendance_panel.cpp" line="86" />
        <source>No attendance lists or meeting counts in this article.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dais::reader::FindBar</name>
    <message>
        <location filename="../find_bar.cpp" line="15" />
        <source>Find:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../find_bar.cpp" line="18" />
        <source>Text in this article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../find_bar.cpp" line="22" />
        <source>Previous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../find_bar.cpp" line="23" />
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../find_bar.cpp" line="25" />
        <source>Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../find_bar.cpp" line="26" />
        <source>Next match (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../find_bar.cpp" line="33" />
        <source>Close (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../find_bar.cpp" line="67" />
        <source>No matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../find_bar.cpp" line="69" />
        <source>%1 / %2</source>
        <comment>match number / match count</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dais::reader::LibraryModel</name>
    <message>
        <location filename="../library_model.cpp" line="46" />
        <source>(untitled)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../library_model.cpp" line="76" />
        <source>%1, article %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../library_model.cpp" line="88" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../library_model.cpp" line="90" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../library_model.cpp" line="92" />
        <source>Source</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dais::reader::LibraryPanel</name>
    <message>
        <location filename="../library_panel.cpp" line="19" />
        <source>Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../library_panel.cpp" line="25" />
        <source>Filter by title, date or source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../library_panel.cpp" line="29" />
        <source>In the order opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../library_panel.cpp" line="29" />
        <source>By title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../library_panel.cpp" line="29" />
        <source>By date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../library_panel.cpp" line="29" />
        <source>By source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../library_panel.cpp" line="30" />
        <source>Sort the library</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dais::reader::MainWindow</name>
    <message>
        <location filename="../main_window.cpp" line="41" />
        <source>Dais</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="67" />
        <source>Highlights and notes arrive with the library store, which is not built yet: annotations need a place to be kept before they can be offered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="74" />
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="75" />
        <source>Attendance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="76" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="122" />
        <source>Open a report with File → Open (Ctrl+O), or drop files and folders here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="134" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="135" />
        <source>&amp;Open…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="138" />
        <source>Open the &amp;sample page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="142" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="145" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="146" />
        <source>&amp;Larger text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="149" />
        <source>&amp;Smaller text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="153" />
        <source>Underline &amp;people</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="153" />
        <source>Underline &amp;roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="154" />
        <source>Underline &amp;dates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="155" />
        <source>Underline &amp;attendance lists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="169" />
        <source>&amp;Find in article…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="171" />
        <source>Find &amp;next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="173" />
        <source>Find pre&amp;vious</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="176" />
        <source>&amp;Go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="177" />
        <source>&amp;Filter the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="179" />
        <source>&amp;Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="181" />
        <source>&amp;Article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="183" />
        <source>&amp;People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="187" />
        <source>A&amp;ttendance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="192" />
        <source>&amp;Next article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="194" />
        <source>P&amp;revious article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="197" />
        <source>&amp;Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="198" />
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="199" />
        <source>&amp;Theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="201" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="202" />
        <source>&amp;About Dais</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="203" />
        <source>About &amp;Qt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="205" />
        <source>Main</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="220" />
        <location filename="../main_window.cpp" line="240" />
        <source>Follow the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="232" />
        <source>The new language is used the next time Dais starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="241" />
        <source>Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="242" />
        <source>Dark</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../main_window.cpp" line="272" />
        <source>%n file(s) open at the end of the last session no longer exist.</source>
        <translation><numerusform>%n file open at the end of the last session no longer exists.</numerusform><numerusform>%n files open at the end of the last session no longer exist.</numerusform></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="284" />
        <source>Nothing can be opened: Dais cannot find its word lists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="291" />
        <source>“%1” is already open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="297" />
        <source>No reports (.txt, .html) were found in what was opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="315" />
        <source>“%1”: some bytes could not be decoded and were replaced (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="332" />
        <source>%1 — Dais</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="348" />
        <source>About Dais</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="349" />
        <source>&lt;h3&gt;Dais %1&lt;/h3&gt;&lt;p&gt;A reader for Chinese government meeting reports: who presided, who attended, who sat on the dais and in what order, the roles each person held and when it happened.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and ICU.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="357" />
        <source>Open reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="358" />
        <source>Reports (*.txt *.text *.htm *.html);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../main_window.cpp" line="365" />
        <source>Reading and analysing %n file(s)…</source>
        <translation><numerusform>Reading and analysing %n file…</numerusform><numerusform>Reading and analysing %n files…</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.cpp" line="367" />
        <source>%n article(s) open</source>
        <translation><numerusform>%n article open</numerusform><numerusform>%n articles open</numerusform></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="368" />
        <source>Text size %1 pt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="375" />
        <source>people</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="375" />
        <source>roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="375" />
        <source>dates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="376" />
        <source>attendance lists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="385" />
        <source>No underlines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main_window.cpp" line="386" />
        <source>Underlined: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dais::reader::MessageArea</name>
    <message>
        <location filename="../message_area.cpp" line="21" />
        <source>Dismiss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../message_area.cpp" line="47" />
        <source>(%1 earlier messages)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dais::reader::PeoplePanel</name>
    <message>
        <location filename="../people_panel.cpp" line="13" />
        <location filename="../people_panel.cpp" line="57" />
        <source>Open an article to see the people it names.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../people_panel.cpp" line="20" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../people_panel.cpp" line="20" />
        <source>Roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../people_panel.cpp" line="20" />
        <source>Attendance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../people_panel.cpp" line="44" />
        <source>; </source>
        <comment>between roles</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../people_panel.cpp" line="45" />
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../people_panel.cpp" line="50" />
        <source>No people were found in this article.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../main.cpp" line="26" />
        <source>Reads Chinese government meeting reports and shows who presided, attended and sat on the dais.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../main.cpp" line="32" />
        <source>Reports or folders to open.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
