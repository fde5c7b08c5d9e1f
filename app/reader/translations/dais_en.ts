<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../error_text.cpp" line="14"/>
        <source>Could not open “%1”: it is missing, a folder, or not readable (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="17"/>
        <source>“%1” was not opened: it is larger than 256 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="19"/>
        <source>“%1” was not opened: it is empty, binary, or in an encoding Dais cannot read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="26"/>
        <source>“%1” could not be processed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="30"/>
        <source>Dais cannot find its word lists, so nothing can be opened (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="35"/>
        <source>“%1” holds no visible text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="39"/>
        <source>The library could not be opened, so nothing can be kept (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="44"/>
        <source>The change to your highlights and notes could not be saved (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="49"/>
        <source>The library could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dais::reader::AnnotationActions</name>
    <message>
        <location filename="../annotation_actions.cpp" line="16"/>
        <source>Add &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../annotation_actions.cpp" line="20"/>
        <source>&amp;Copy with source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../annotation_actions.cpp" line="24"/>
        <source>Edit &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../annotation_actions.cpp" line="25"/>
        <source>Edit &amp;tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../annotation_actions.cpp" line="26"/>
        <source>&amp;Delete highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../annotation_actions.cpp" line="57"/>
        <source>Highlight: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../annotation_actions.cpp" line="73"/>
        <source>Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../annotation_actions.cpp" line="81"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dais::reader::AnnotationEditor</name>
    <message>
        <location filename="../annotation_editor.cpp" line="72"/>
        <source>Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../annotation_editor.cpp" line="72"/>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../annotation_editor.cpp" line="87"/>
        <source>Change colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../annotation_editor.cpp" line="95"/>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../annotation_editor.cpp" line="104"/>
        <source>Edit tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../annotation_editor.cpp" line="111"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../annotation_editor.cpp" line="126"/>
        <source>Re-attach</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dais::reader::ArticleView</name>
    <message>
        <location filename="../article_view.cpp" line="281"/>
        <source>No role given in this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../article_view.cpp" line="282"/>
        <source>Roles in this article: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../article_view.cpp" line="283"/>
        <location filename="../article_view.cpp" line="286"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../article_view.cpp" line="286"/>
        <source>Attendance: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dais::reader::AttendancePanel</name>
    <message>
        <location filename="../attendance_panel.cpp" line="26"/>
        <location filename="../attendance_panel.cpp" line="94"/>
        <source>Open an article to see who presided, attended and sat on the dais.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../attendance_panel.cpp" line="33"/>
        <source>Mode or person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../attendance_panel.cpp" line="33"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../attendance_panel.cpp" line="55"/>
        <source>%1 (%n people)</source>
        <translation>
            <numerusform>%1 (%n person)</numerusform>
            <numerusform>%1 (%n people)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../attendance_panel.cpp" line="71"/>
        <source>Meeting counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../attendance_panel.cpp" line="77"/>
        <source>Expected to attend: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../attendance_panel.cpp" line="77"/>
        <source>Present: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../attendance_panel.cpp" line="86"/>
        <source>No attendance lists or meeting counts in this article.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dais::reader::FindBar</name>
    <message>
        <location filename="../find_bar.cpp" line="15"/>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../find_bar.cpp" line="18"/>
        <source>Text in this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../find_bar.cpp" line="22"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../find_bar.cpp" line="23"/>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../find_bar.cpp" line="25"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../find_bar.cpp" line="26"/>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../find_bar.cpp" line="33"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../find_bar.cpp" line="67"/>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../find_bar.cpp" line="69"/>
        <source>%1 / %2</source>
        <comment>match number / match count</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dais::reader::LibraryModel</name>
    <message>
        <location filename="../library_model.cpp" line="39"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../library_model.cpp" line="62"/>
        <source>%n highlight(s) and note(s)</source>
        <translation>
            <numerusform>%n highlight or note</numerusform>
            <numerusform>%n highlights and notes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../library_model.cpp" line="73"/>
        <source>Highlights and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_model.cpp" line="77"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_model.cpp" line="79"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_model.cpp" line="81"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_model.cpp" line="83"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dais::reader::LibraryPanel</name>
    <message>
        <location filename="../library_panel.cpp" line="19"/>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_panel.cpp" line="25"/>
        <source>Filter by title, date or source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_panel.cpp" line="29"/>
        <source>By title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_panel.cpp" line="29"/>
        <source>By date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_panel.cpp" line="29"/>
        <source>By source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_panel.cpp" line="29"/>
        <source>In the order imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_panel.cpp" line="30"/>
        <source>Sort the library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dais::reader::MainWindow</name>
    <message>
        <location filename="../main_window.cpp" line="53"/>
        <source>Dais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="149"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="150"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="151"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="134"/>
        <source>Open a report with File → Open (Ctrl+O), or drop files and folders here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="152"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="207"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="208"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="211"/>
        <source>Open the &amp;sample page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="215"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="218"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="220"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="223"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="230"/>
        <source>&amp;Highlight the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="235"/>
        <source>&amp;Search the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="242"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="243"/>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="246"/>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="250"/>
        <source>Underline &amp;people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="250"/>
        <source>Underline &amp;roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="251"/>
        <source>Underline &amp;dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="252"/>
        <source>Underline &amp;attendance lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="266"/>
        <source>&amp;Find in article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="268"/>
        <source>Find &amp;next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="270"/>
        <source>Find pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="273"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="274"/>
        <source>&amp;Filter the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="276"/>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="278"/>
        <source>&amp;Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="280"/>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="284"/>
        <source>A&amp;ttendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="288"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="292"/>
        <source>Search &amp;results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="297"/>
        <source>&amp;Next article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="299"/>
        <source>P&amp;revious article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="302"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="303"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="304"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="306"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="307"/>
        <source>&amp;About Dais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="308"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="310"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="322"/>
        <source>Search the library (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="334"/>
        <location filename="../main_window.cpp" line="354"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="346"/>
        <source>The new language is used the next time Dais starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="355"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="356"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="386"/>
        <source>Nothing can be imported: the library is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.cpp" line="411"/>
        <source>“%1” changed since it was imported: %n highlight(s) could not be found again and are listed apart in the Notes tab.</source>
        <translation>
            <numerusform>“%1” changed since it was imported: %n highlight could not be found again and is listed apart in the Notes tab.</numerusform>
            <numerusform>“%1” changed since it was imported: %n highlights could not be found again and are listed apart in the Notes tab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.cpp" line="682"/>
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importing %n file…</numerusform>
            <numerusform>Importing %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.cpp" line="684"/>
        <source>%n article(s) in the library</source>
        <translation>
            <numerusform>%n article in the library</numerusform>
            <numerusform>%n articles in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) open at the end of the last session no longer exist.</source>
        <translation type="vanished">
            <numerusform>%n file open at the end of the last session no longer exists.</numerusform>
            <numerusform>%n files open at the end of the last session no longer exist.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="387"/>
        <source>Nothing can be opened: Dais cannot find its word lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="393"/>
        <source>No reports (.txt, .html) were found in what was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="464"/>
        <source>%1 — Dais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="504"/>
        <location filename="../main_window.cpp" line="515"/>
        <source>Select a passage of the article first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="518"/>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="518"/>
        <source>Note on “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="539"/>
        <source>“%1”
— %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="539"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="563"/>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="571"/>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="571"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="581"/>
        <source>Edit tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="581"/>
        <source>Tags, separated by commas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="592"/>
        <source>Select the passage in the article to re-attach the note to, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="665"/>
        <source>About Dais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="666"/>
        <source>&lt;h3&gt;Dais %1&lt;/h3&gt;&lt;p&gt;A reader for Chinese government meeting reports: who presided, who attended, who sat on the dais and in what order, the roles each person held and when it happened.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and ICU.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="674"/>
        <source>Open reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="675"/>
        <source>Reports (*.txt *.text *.htm *.html);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading and analysing %n file(s)…</source>
        <translation type="vanished">
            <numerusform>Reading and analysing %n file…</numerusform>
            <numerusform>Reading and analysing %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) open</source>
        <translation type="vanished">
            <numerusform>%n article open</numerusform>
            <numerusform>%n articles open</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="685"/>
        <source>Text size %1 pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="692"/>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="692"/>
        <source>roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="692"/>
        <source>dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="693"/>
        <source>attendance lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="702"/>
        <source>No underlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="703"/>
        <source>Underlined: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dais::reader::MessageArea</name>
    <message>
        <location filename="../message_area.cpp" line="21"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../message_area.cpp" line="47"/>
        <source>(%1 earlier messages)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dais::reader::NotesPanel</name>
    <message>
        <location filename="../notes_panel.cpp" line="57"/>
        <source>Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../notes_panel.cpp" line="57"/>
        <location filename="../notes_panel.cpp" line="61"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../notes_panel.cpp" line="57"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../notes_panel.cpp" line="58"/>
        <source>Not found in the current text (after a re-import):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../notes_panel.cpp" line="61"/>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../notes_panel.cpp" line="62"/>
        <source>&amp;Re-attach to the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../notes_panel.cpp" line="64"/>
        <source>Select the passage in the article first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../notes_panel.cpp" line="65"/>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../notes_panel.cpp" line="98"/>
        <source>Open an article to see its highlights and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../notes_panel.cpp" line="117"/>
        <source>(note on the article)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../notes_panel.cpp" line="131"/>
        <source>No highlights or notes yet. Select a passage and press 1–6 to highlight it, or N to add a note.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dais::reader::PeoplePanel</name>
    <message>
        <location filename="../people_panel.cpp" line="13"/>
        <location filename="../people_panel.cpp" line="60"/>
        <source>Open an article to see the people it names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../people_panel.cpp" line="20"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../people_panel.cpp" line="20"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../people_panel.cpp" line="20"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../people_panel.cpp" line="38"/>
        <source>Double-click a person to see their record across the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../people_panel.cpp" line="47"/>
        <source>; </source>
        <comment>between roles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../people_panel.cpp" line="48"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../people_panel.cpp" line="53"/>
        <source>No people were found in this article.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dais::reader::PersonView</name>
    <message>
        <location filename="../person_view.cpp" line="52"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../person_view.cpp" line="52"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../person_view.cpp" line="52"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../person_view.cpp" line="52"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../person_view.cpp" line="52"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../person_view.cpp" line="56"/>
        <source>Seen with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../person_view.cpp" line="56"/>
        <source>Shared lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../person_view.cpp" line="62"/>
        <source>Appearances (double-click to open the article):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../person_view.cpp" line="67"/>
        <source>Most often in the same lists:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../person_view.cpp" line="91"/>
        <source>%1 — Dais</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../person_view.cpp" line="92"/>
        <source>%1: %n appearance(s) in the library</source>
        <translation>
            <numerusform>%1: %n appearance in the library</numerusform>
            <numerusform>%1: %n appearances in the library</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../person_view.cpp" line="100"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../person_view.cpp" line="101"/>
        <source>named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../person_view.cpp" line="102"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../person_view.cpp" line="105"/>
        <source>; </source>
        <comment>between roles</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dais::reader::SearchPanel</name>
    <message>
        <location filename="../search_panel.cpp" line="25"/>
        <source>Search the whole library with the box in the toolbar (Ctrl+Shift+F): article text, highlights and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../search_panel.cpp" line="47"/>
        <source>Nothing in the library matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../search_panel.cpp" line="48"/>
        <source>%n result(s) for “%1”, best first:</source>
        <translation>
            <numerusform>%n result for “%1”:</numerusform>
            <numerusform>%n results for “%1”, best first:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../search_panel.cpp" line="54"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../search_panel.cpp" line="56"/>
        <source>in your notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../main.cpp" line="27"/>
        <source>Reads Chinese government meeting reports and shows who presided, attended and sat on the dais.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main.cpp" line="33"/>
        <source>The library file (default: $DAIS_DB, else library.sqlite in the data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main.cpp" line="38"/>
        <source>Reports or folders to import and open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
