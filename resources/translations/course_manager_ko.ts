<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>CohortModuleDialog</name>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="94"/>
        <source>Module in this cohort</source>
        <translation>이 기수의 모듈</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="100"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="102"/>
        <source>Required for completion</source>
        <translation>수료에 필수</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="105"/>
        <source>Module</source>
        <translation>모듈</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="106"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="107"/>
        <source>Hours</source>
        <translation>시간</translation>
    </message>
</context>
<context>
    <name>CohortsPage</name>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="64"/>
        <source>Cohorts</source>
        <translation>기수</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="65"/>
        <source>Programme modules</source>
        <translation>프로그램 모듈</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="74"/>
        <location filename="../../ui/pages/cohorts.py" line="137"/>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="75"/>
        <location filename="../../ui/pages/cohorts.py" line="165"/>
        <source>Hours</source>
        <translation>시간</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="76"/>
        <location filename="../../ui/pages/cohorts.py" line="165"/>
        <source>Required</source>
        <translation>필수</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="77"/>
        <source>Title (English)</source>
        <translation>과정명(영어)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="78"/>
        <source>Title (Russian)</source>
        <translation>과정명(러시아어)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="79"/>
        <source>Title (Kazakh)</source>
        <translation>과정명(카자흐어)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="83"/>
        <location filename="../../ui/pages/cohorts.py" line="170"/>
        <source>Add module…</source>
        <translation>모듈 추가…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="84"/>
        <location filename="../../ui/pages/cohorts.py" line="171"/>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="101"/>
        <source>New cohort…</source>
        <translation>새 기수…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="115"/>
        <source>Online</source>
        <translation>온라인</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="119"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="124"/>
        <source>names separated by commas</source>
        <translation>쉼표로 구분한 이름</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="130"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="131"/>
        <source>Excused absences count as attended</source>
        <translation>사유 결석을 출석으로 인정</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="132"/>
        <source>Save cohort</source>
        <translation>기수 저장</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="138"/>
        <source>Title</source>
        <translation>과정명</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="143"/>
        <source>City, country</source>
        <translation>도시, 국가</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="148"/>
        <source>Dates</source>
        <translation>기간</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="149"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="150"/>
        <source>Venue</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="151"/>
        <source>Trainers</source>
        <translation>강사</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="152"/>
        <source>Completion rule</source>
        <translation>수료 기준</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="154"/>
        <source>Minimum attendance</source>
        <translation>최소 출석률</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="155"/>
        <source>Minimum score</source>
        <translation>최저 점수</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="165"/>
        <source>Module</source>
        <translation>모듈</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="165"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="172"/>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="177"/>
        <source>Modules run</source>
        <translation>운영 모듈</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="186"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="186"/>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="186"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="189"/>
        <source>Enroll…</source>
        <translation>등록…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="190"/>
        <source>Withdraw…</source>
        <translation>등록 취소…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="193"/>
        <source>Participants</source>
        <translation>참가자</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="252"/>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="252"/>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="331"/>
        <source>enrolled</source>
        <translation>등록됨</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="331"/>
        <source>withdrawn</source>
        <translation>등록 취소됨</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/cohorts.py" line="337"/>
        <source>%n enrolled</source>
        <translation>
            <numerusform>%n명 등록</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="368"/>
        <source>Cohort saved</source>
        <translation>기수를 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="376"/>
        <source>This file has no programme yet.</source>
        <translation>이 파일에는 아직 프로그램이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="377"/>
        <source>enter the programme&apos;s names in Settings first</source>
        <translation>먼저 설정에서 프로그램 이름을 입력하세요</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="381"/>
        <source>New cohort</source>
        <translation>새 기수</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="381"/>
        <source>Code of the new cohort (e.g. 2027-AST-01):</source>
        <translation>새 기수의 코드(예: 2027-AST-01):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="501"/>
        <source>%1 enrolled, %2 already were</source>
        <translation>%1명 등록, %2명은 이미 등록되어 있음</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="520"/>
        <source>Withdraw</source>
        <translation>등록 취소</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="521"/>
        <source>Withdraw %1 from this cohort. Reason (kept in the record):</source>
        <translation>%1 님의 이 기수 등록을 취소합니다. 사유(기록에 보관됨):</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="61"/>
        <location filename="../../ui/pages/dashboard.py" line="71"/>
        <source>Cohort</source>
        <translation>기수</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="62"/>
        <source>Dates</source>
        <translation>기간</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="63"/>
        <location filename="../../ui/pages/dashboard.py" line="160"/>
        <source>Enrolled</source>
        <translation>등록</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="64"/>
        <location filename="../../ui/pages/dashboard.py" line="161"/>
        <source>Completed</source>
        <translation>수료</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="65"/>
        <source>Certified</source>
        <translation>수료증 발급</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="66"/>
        <source>Title</source>
        <translation>과정명</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="71"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="71"/>
        <source>Module</source>
        <translation>모듈</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="71"/>
        <source>Hours</source>
        <translation>시간</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="77"/>
        <source>Cohorts</source>
        <translation>기수</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="79"/>
        <source>Upcoming module dates</source>
        <translation>다가오는 모듈 일정</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/dashboard.py" line="112"/>
        <source>%n participants</source>
        <translation>
            <numerusform>참가자 %n명</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="139"/>
        <source>No module dates ahead.</source>
        <translation>예정된 모듈 일정이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="143"/>
        <source>Participants and completion by country</source>
        <translation>국가별 참가자 및 수료</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="144"/>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="148"/>
        <source>female</source>
        <translation>여성</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="149"/>
        <source>male</source>
        <translation>남성</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="150"/>
        <source>unspecified</source>
        <translation>미기재</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="154"/>
        <source>Participants and completion by gender</source>
        <translation>성별 참가자 및 수료</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../ui/dialogs.py" line="35"/>
        <location filename="../../ui/dialogs.py" line="51"/>
        <source>Course Manager</source>
        <translation>Course Manager</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="38"/>
        <source>What to do: %1</source>
        <translation>조치 방법: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="53"/>
        <source>Something went wrong inside Course Manager. Your data was not changed by the unfinished step.</source>
        <translation>Course Manager 내부에서 문제가 발생했습니다. 완료되지 않은 단계로 인해 데이터가 변경되지는 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="60"/>
        <source>Please copy the details and send them to whoever supports Course Manager for you.</source>
        <translation>자세한 내용을 복사하여 Course Manager 지원 담당자에게 보내 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="66"/>
        <source>Copy details</source>
        <translation>자세한 내용 복사</translation>
    </message>
</context>
<context>
    <name>EmailCheck</name>
    <message>
        <location filename="../../ui/message_text.py" line="76"/>
        <source>An e-mail address needs an @ sign.</source>
        <extracomment>Messages whose ``detail`` is email-validator&apos;s English sentence.</extracomment>
        <translation>이메일 주소에는 @ 기호가 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="80"/>
        <source>Something must come before the @ sign.</source>
        <translation>@ 기호 앞에 내용이 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="84"/>
        <source>Something must come after the @ sign.</source>
        <translation>@ 기호 뒤에 내용이 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="88"/>
        <source>The part after the @ sign needs a period (e.g. gov.kz).</source>
        <translation>@ 기호 뒤 부분에는 마침표가 있어야 합니다(예: gov.kz).</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="94"/>
        <source>An e-mail address cannot have two periods in a row.</source>
        <translation>이메일 주소에는 마침표가 연속으로 올 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="100"/>
        <source>An e-mail address cannot start with a period.</source>
        <translation>이메일 주소는 마침표로 시작할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="106"/>
        <source>A period cannot stand right before the @ sign.</source>
        <translation>@ 기호 바로 앞에는 마침표가 올 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="112"/>
        <source>A period cannot stand right after the @ sign.</source>
        <translation>@ 기호 바로 뒤에는 마침표가 올 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="119"/>
        <source>The part after the @ sign is a reserved name that takes no e-mail.</source>
        <translation>@ 기호 뒤 부분은 이메일을 받을 수 없는 예약된 이름입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="125"/>
        <source>The part after the @ sign does not end in a known domain.</source>
        <translation>@ 기호 뒤 부분이 알려진 도메인으로 끝나지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="131"/>
        <source>Nothing may follow the e-mail address.</source>
        <translation>이메일 주소 뒤에는 아무것도 올 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="137"/>
        <source>Characters not allowed before the @ sign: %1</source>
        <translation>@ 기호 앞에 쓸 수 없는 문자: %1</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="143"/>
        <source>Characters not allowed after the @ sign: %1</source>
        <translation>@ 기호 뒤에 쓸 수 없는 문자: %1</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="147"/>
        <source>The address contains unsafe characters: %1</source>
        <translation>주소에 안전하지 않은 문자가 있습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="151"/>
        <source>Only Latin letters are allowed before the @ sign: %1</source>
        <translation>@ 기호 앞에는 로마자만 쓸 수 있습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="163"/>
        <source>The address is too long.</source>
        <translation>주소가 너무 깁니다.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="164"/>
        <source>The address is not written correctly.</source>
        <translation>주소 형식이 올바르지 않습니다.</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="145"/>
        <source>Enroll participants</source>
        <translation>참가자 등록</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="149"/>
        <source>Search by name, e-mail, organisation…</source>
        <translation>이름, 이메일, 기관으로 검색…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>&amp;New…</source>
        <translation>새로 만들기(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217"/>
        <source>Open &amp;recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>Open the &amp;demo</source>
        <translation>데모 열기(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223"/>
        <source>&amp;Import participants…</source>
        <translation>참가자 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228"/>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230"/>
        <source>&amp;Find</source>
        <translation>찾기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="308"/>
        <location filename="../../ui/main_window.py" line="375"/>
        <source>Course Manager</source>
        <translation>Course Manager</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="312"/>
        <source>%1 (read-only)</source>
        <translation>%1 (읽기 전용)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="323"/>
        <source>Opened %1 read-only: it can be viewed, changes cannot be saved</source>
        <translation>%1 파일을 읽기 전용으로 열었습니다. 볼 수는 있지만 변경 사항은 저장할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="328"/>
        <source>Opened %1</source>
        <translation>%1 파일을 열었습니다</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335"/>
        <source>Opening the file…</source>
        <translation>파일을 여는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="381"/>
        <source>The newest sound backup is %1. Restore it? The damaged file is kept in the backups folder.</source>
        <translation>가장 최근의 정상 백업은 %1입니다. 복원할까요? 손상된 파일은 백업 폴더에 보관됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="385"/>
        <source>Restore the backup</source>
        <translation>백업 복원</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="391"/>
        <source>Restoring the backup…</source>
        <translation>백업을 복원하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="402"/>
        <source>New programme file</source>
        <translation>새 프로그램 파일</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="404"/>
        <location filename="../../ui/main_window.py" line="419"/>
        <source>Course Manager files (*.sqlite3 *.db);;All files (*)</source>
        <translation>Course Manager 파일 (*.sqlite3 *.db);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="417"/>
        <source>Open a programme file</source>
        <translation>프로그램 파일 열기</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="429"/>
        <source>Preparing the demo…</source>
        <translation>데모를 준비하는 중…</translation>
    </message>
</context>
<context>
    <name>ModuleDialog</name>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="48"/>
        <source>Edit module</source>
        <translation>모듈 편집</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="48"/>
        <source>New module</source>
        <translation>새 모듈</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="55"/>
        <source>Required for completion</source>
        <translation>수료에 필수</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="58"/>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="59"/>
        <source>Title (English)</source>
        <translation>과정명(영어)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="60"/>
        <source>Title (Russian)</source>
        <translation>과정명(러시아어)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="61"/>
        <source>Title (Kazakh)</source>
        <translation>과정명(카자흐어)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="62"/>
        <source>Hours</source>
        <translation>시간</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../ui/operations.py" line="390"/>
        <source>Course Manager</source>
        <extracomment>How long quick work may take before a progress dialog appears (Anki uses 0.5 s too). Progress updates are sent to the UI at most this often. the open file is read-only (a read-only folder or medium): viewing only called (main thread) with the DamagedFileError when work finds the open file damaged and its screen set no failure handler; the main window offers the newest backup why today&apos;s automatic backup of the open file could not be written (a Message)</extracomment>
        <translation>Course Manager</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="399"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="414"/>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../ui/main_window.py" line="51"/>
        <source>Dashboard</source>
        <extracomment>Returns the translated title. Write it as ``lambda: QCoreApplication.translate(&quot;Pages&quot;, &quot;Title&quot;)`` so that lupdate finds the text. &quot;module:Class&quot;; the class is built as ``Class(db)``. A QStyle.StandardPixmap name (looked up after the first paint: start-up). The navigation, in order. Ctrl+1..9 follow this order.</extracomment>
        <translation>대시보드</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="57"/>
        <source>Cohorts</source>
        <translation>기수</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="63"/>
        <source>Participants</source>
        <translation>참가자</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="69"/>
        <source>Attendance</source>
        <translation>출석</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="75"/>
        <source>Certificates</source>
        <translation>수료증</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81"/>
        <source>Reports</source>
        <translation>보고서</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="23"/>
        <source>Edit participant</source>
        <translation>참가자 편집</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="23"/>
        <source>New participant</source>
        <translation>새 참가자</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="31"/>
        <source>two letters, e.g. KZ</source>
        <translation>두 글자, 예: KZ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="36"/>
        <source>unspecified</source>
        <translation>미기재</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="37"/>
        <source>female</source>
        <translation>여성</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="38"/>
        <source>male</source>
        <translation>남성</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="44"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="45"/>
        <source>Name (Latin)</source>
        <translation>이름(로마자)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="46"/>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="47"/>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="48"/>
        <source>Organisation</source>
        <translation>소속 기관</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="49"/>
        <source>Position</source>
        <translation>직위</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="50"/>
        <source>Gender</source>
        <translation>성별</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="51"/>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="52"/>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="172"/>
        <source>Name</source>
        <extracomment>Column -&gt; Participant field (and roster sort key). The Changes of this model&apos;s own last save (the page does not reload for them).</extracomment>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="173"/>
        <source>Name (Latin)</source>
        <translation>이름(로마자)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="174"/>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="175"/>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="176"/>
        <source>Organisation</source>
        <translation>소속 기관</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="177"/>
        <source>Position</source>
        <translation>직위</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="178"/>
        <source>Gender</source>
        <translation>성별</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="183"/>
        <source>female</source>
        <translation>여성</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="184"/>
        <source>male</source>
        <translation>남성</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="185"/>
        <source>unspecified</source>
        <translation>미기재</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../ui/pages/participants.py" line="37"/>
        <source>Search by name, e-mail, organisation, position or country (Ctrl+F)</source>
        <translation>이름, 이메일, 기관, 직위 또는 국가로 검색 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="40"/>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="41"/>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="42"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/participants.py" line="113"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n명</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="153"/>
        <source>Name (Latin)</source>
        <translation>이름(로마자)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="154"/>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="155"/>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="156"/>
        <source>Organisation</source>
        <translation>소속 기관</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="157"/>
        <source>Position</source>
        <translation>직위</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="158"/>
        <source>Gender</source>
        <translation>성별</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="165"/>
        <source>Cohorts</source>
        <translation>기수</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="170"/>
        <source>enrolled</source>
        <translation>등록됨</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="170"/>
        <source>withdrawn</source>
        <translation>등록 취소됨</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="172"/>
        <source>%1 of %2 hours attended</source>
        <translation>%2시간 중 %1시간 출석</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="182"/>
        <source>Not enrolled in any cohort.</source>
        <translation>어느 기수에도 등록되어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="184"/>
        <source>Certificates</source>
        <translation>수료증</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="189"/>
        <source>valid</source>
        <translation>유효</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="189"/>
        <source>revoked or replaced</source>
        <translation>무효화 또는 대체됨</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="196"/>
        <source>No certificates yet.</source>
        <translation>아직 수료증이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="213"/>
        <source>Added %1</source>
        <translation>%1 님을 추가했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="237"/>
        <source>Delete participant</source>
        <translation>참가자 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="238"/>
        <source>Delete %1? People enrolled in a cohort are withdrawn instead.</source>
        <translation>%1 님을 삭제할까요? 기수에 등록된 사람은 삭제 대신 등록이 취소됩니다.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="62"/>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="62"/>
        <source>Russian</source>
        <translation>러시아어</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="62"/>
        <source>Kazakh</source>
        <translation>카자흐어</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="71"/>
        <source>This computer</source>
        <translation>이 컴퓨터</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="73"/>
        <source>Language of the app</source>
        <translation>앱 언어</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="79"/>
        <source>Names</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="81"/>
        <source>Programme code</source>
        <translation>프로그램 코드</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="84"/>
        <source>Programme (%1)</source>
        <translation>프로그램(%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="88"/>
        <source>Organisation (%1)</source>
        <translation>기관(%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="97"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="98"/>
        <source>Position (English)</source>
        <translation>직위(영어)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="99"/>
        <source>Position (Russian)</source>
        <translation>직위(러시아어)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="100"/>
        <source>Position (Kazakh)</source>
        <translation>직위(카자흐어)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="101"/>
        <source>Signature image</source>
        <translation>서명 이미지</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="112"/>
        <source>Choose signature image…</source>
        <translation>서명 이미지 선택…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="115"/>
        <source>Signatories and logos</source>
        <translation>서명자 및 로고</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="123"/>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="126"/>
        <source>Logo %1</source>
        <translation>로고 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="139"/>
        <source>Certificates</source>
        <translation>수료증</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="141"/>
        <source>Serial number pattern</source>
        <translation>일련번호 형식</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="142"/>
        <source>Default template</source>
        <translation>기본 서식</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="143"/>
        <source>Default languages</source>
        <translation>기본 언어</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="149"/>
        <source>Open the file&apos;s folder</source>
        <translation>파일이 있는 폴더 열기</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="154"/>
        <source>Back up now</source>
        <translation>지금 백업</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="156"/>
        <source>Open the backups folder</source>
        <translation>백업 폴더 열기</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="158"/>
        <source>Data file and backups</source>
        <translation>데이터 파일 및 백업</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="164"/>
        <source>Backups of this file, newest first:</source>
        <translation>이 파일의 백업(최신순):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="166"/>
        <source>Restore the chosen backup…</source>
        <translation>선택한 백업 복원…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="181"/>
        <source>Save settings</source>
        <translation>설정 저장</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="265"/>
        <source>daily</source>
        <translation>매일</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="266"/>
        <source>made by hand</source>
        <translation>수동 백업</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="267"/>
        <source>before a restore</source>
        <translation>복원 전</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="268"/>
        <source>before an import</source>
        <translation>가져오기 전</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="269"/>
        <source>before an update of the file</source>
        <translation>파일 업데이트 전</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="270"/>
        <source>before issuing certificates</source>
        <translation>수료증 발급 전</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="277"/>
        <source>No backups yet.</source>
        <translation>아직 백업이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="322"/>
        <source>Settings saved</source>
        <translation>설정을 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="333"/>
        <source>Choose an image</source>
        <translation>이미지 선택</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="335"/>
        <location filename="../../ui/pages/settings.py" line="346"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>이미지 (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="344"/>
        <source>Choose a signature image</source>
        <translation>서명 이미지 선택</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="368"/>
        <source>Backup saved: %1</source>
        <translation>백업을 저장했습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="371"/>
        <source>Backing up…</source>
        <translation>백업하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="382"/>
        <source>Restore a backup</source>
        <translation>백업 복원</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="384"/>
        <source>Replace the open file with the backup %1? The file as it is now is kept in the backups folder first.</source>
        <translation>열려 있는 파일을 백업 %1(으)로 바꿀까요? 현재 상태의 파일은 먼저 백업 폴더에 보관됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="401"/>
        <source>Restoring the backup…</source>
        <translation>백업을 복원하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="402"/>
        <source>Backup restored</source>
        <translation>백업을 복원했습니다</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../../ui/message_text.py" line="178"/>
        <source>Russian and English</source>
        <translation>러시아어 및 영어</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="179"/>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="180"/>
        <source>Kazakh, Russian and English</source>
        <translation>카자흐어, 러시아어 및 영어</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../ui/welcome.py" line="14"/>
        <source>Welcome to Course Manager</source>
        <translation>Course Manager에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="18"/>
        <source>Course Manager keeps a training programme&apos;s participants, attendance and certificates in one file on this computer. Which file shall we use?</source>
        <translation>Course Manager는 교육 프로그램의 참가자, 출석, 수료증을 이 컴퓨터의 파일 하나에 보관합니다. 어떤 파일을 사용할까요?</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="25"/>
        <source>Create a new file…</source>
        <translation>새 파일 만들기…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="26"/>
        <source>Open an existing file…</source>
        <translation>기존 파일 열기…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="27"/>
        <source>Try the demo programme</source>
        <translation>데모 프로그램 사용해 보기</translation>
    </message>
</context>
</TS>
