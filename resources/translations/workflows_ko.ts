<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="340"/>
        <source>Participant</source>
        <extracomment>Status value -&gt; background colour (the letter comes from the UI language: ui.pages.attendance_keys.MARK_LETTERS). The roles :meth:`AttendanceModel.data` answers. Roles painting asks, in the order of :meth:`AttendanceModel._look`&apos;s answer. A mark&apos;s status as stored in a :class:`ModuleMarks` (0: no mark) and back. Codes up to this one (STATUS_CODE) are attendances: their cells show hours that differ. STATUS_CODE of each row&apos;s mark, 0 when there is none NaN: no score cohort module id -&gt; its column of marks enrollment id -&gt; row (made on the worker: 20,000 entries are not the window&apos;s work) STATUS_CODE -&gt; the letter a cell shows, in the UI language (made once: asked per cell)</extracomment>
        <translation>참가자</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="342"/>
        <location filename="../../ui/pages/attendance_model.py" line="349"/>
        <source>%1 h</source>
        <translation>%1시간</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="344"/>
        <source>Completes?</source>
        <translation>수료 여부</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="348"/>
        <source>required</source>
        <translation>필수</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="348"/>
        <source>optional</source>
        <translation>선택</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="432"/>
        <source>Withdrawn from the cohort</source>
        <translation>기수 등록 취소됨</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="437"/>
        <source>present</source>
        <translation>출석</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="438"/>
        <source>late</source>
        <translation>지각</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="439"/>
        <source>absent</source>
        <translation>결석</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="440"/>
        <source>excused</source>
        <translation>사유 결석</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="462"/>
        <source>score %1</source>
        <translation>점수 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="417"/>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="417"/>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="451"/>
        <source>No mark yet: press %1 or type the hours</source>
        <translation>아직 표시 없음: %1 키를 누르거나 시간을 입력하세요</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="456"/>
        <source>%1 — %2, %3 h</source>
        <comment>a cell&apos;s tooltip: the mark&apos;s letter, its word, the hours</comment>
        <translation>%1 — %2, %3시간</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="473"/>
        <source>Attendance %1% (%2 of %3 h)</source>
        <translation>출석률 %1% (%3시간 중 %2시간)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="482"/>
        <source>Meets the cohort&apos;s completion rule.</source>
        <translation>기수의 수료 기준을 충족합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="485"/>
        <source>completed</source>
        <translation>수료</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="485"/>
        <source>not completed</source>
        <translation>미수료</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="488"/>
        <source>Overridden as %1: %2</source>
        <translation>%1(으)로 수동 결정: %2</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <location filename="../../ui/pages/attendance.py" line="183"/>
        <source>&amp;Cohort:</source>
        <extracomment>the letter an input method composed and that was marked: its commit is no new key</extracomment>
        <translation>기수(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="186"/>
        <source>Mark module &amp;present</source>
        <translation>모듈 전체 출석 표시(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="189"/>
        <source>Mark everyone still enrolled present in the current module&apos;s column; then mark the exceptions</source>
        <translation>현재 모듈 열에서 등록 중인 모든 참가자를 출석으로 표시합니다. 그다음 예외를 표시하세요</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="194"/>
        <source>&amp;Override…</source>
        <translation>수동 결정(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="196"/>
        <source>Decide completion for the current participant yourself, with a reason</source>
        <translation>현재 참가자의 수료 여부를 사유와 함께 직접 결정합니다</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="199"/>
        <source>&amp;Score…</source>
        <translation>점수(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="201"/>
        <source>Record the current participant&apos;s score in the current module</source>
        <translation>현재 모듈에서 현재 참가자의 점수를 기록합니다</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="206"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="207"/>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="302"/>
        <source>present</source>
        <comment>key hint: the word its letter stands for (ru П, kk Қ, ko 출)</comment>
        <translation>출석</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="304"/>
        <source>late</source>
        <comment>key hint: the word its letter stands for (ru О, kk К, ko 지)</comment>
        <translation>지각</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="306"/>
        <source>absent</source>
        <comment>key hint: the word its letter stands for (ru Н, kk Ж, ko 결)</comment>
        <translation>결석</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="309"/>
        <source>excused</source>
        <comment>key hint: the word its letter stands for (ru У, kk С, ko 공)</comment>
        <translation>공결</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="318"/>
        <source>%1 %2</source>
        <comment>key hint: the key(s) to press, then the word of the mark</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="324"/>
        <source>Keys: arrows move · %1 · digits type the hours, Enter opens and saves them · Ctrl+Z undo · Ctrl+Y redo. Hover over “Completes?” for the reasons.</source>
        <translation>키: 화살표로 이동 · %1 · 숫자로 시간 입력, Enter로 열고 저장 · Ctrl+Z 실행 취소 · Ctrl+Y 다시 실행. 사유를 보려면 “수료 여부”에 마우스를 올리세요.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="443"/>
        <source>Participants: %1</source>
        <translation>참가자: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="453"/>
        <source>This cohort has no modules and no participants yet. On the Cohorts page, add its modules (Add module…) and enrol or import its participants; their attendance is marked here.</source>
        <translation>이 기수에는 아직 모듈도 참가자도 없습니다. «기수» 페이지에서 모듈을 추가하고(모듈 추가…) 참가자를 등록하거나 가져오세요. 참가자의 출석은 여기에서 기록합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="461"/>
        <source>This cohort has no modules yet: add them on the Cohorts page (Add module…), then mark attendance here.</source>
        <translation>이 기수에는 아직 모듈이 없습니다. «기수» 페이지에서 모듈을 추가한 뒤(모듈 추가…) 여기에서 출석을 기록하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="468"/>
        <source>Nobody is enrolled in this cohort yet: import its participants or enrol them on the Cohorts page.</source>
        <translation>이 기수에는 아직 등록된 사람이 없습니다. 참가자를 가져오거나 «기수» 페이지에서 등록하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="477"/>
        <source>There is no cohort yet. Create one on the Cohorts page, then add its modules and participants; their attendance is marked here.</source>
        <translation>아직 기수가 없습니다. «기수» 페이지에서 기수를 만든 다음 모듈과 참가자를 추가하세요. 참가자의 출석은 여기에서 기록합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="559"/>
        <location filename="../../ui/pages/attendance.py" line="622"/>
        <source>Move to a module&apos;s column first</source>
        <translation>먼저 모듈 열로 이동하세요</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="568"/>
        <source>Mark %1 %2 in %3</source>
        <translation>%3에서 %1 님을 %2(으)로 표시</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="575"/>
        <source>Mark %1 people %2 in %3</source>
        <translation>%3에서 %1명을 %2(으)로 표시</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="587"/>
        <source>Type %1 h</source>
        <translation>%1시간 입력</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="604"/>
        <source>Mark everyone present in %1</source>
        <translation>%1에서 모두 출석으로 표시</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="606"/>
        <source>Marked present in %1: %2 participants. Ctrl+Z undoes it.</source>
        <translation>%1에 출석으로 표시함: 참가자 %2명. Ctrl+Z로 되돌립니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="627"/>
        <source>Mark the participant present or late before the score</source>
        <translation>점수를 입력하기 전에 참가자를 출석 또는 지각으로 표시하세요</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="632"/>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="634"/>
        <source>Score of %1 in %2:</source>
        <translation>%2에서 %1 님의 점수:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="647"/>
        <source>Score %1 for %2 in %3</source>
        <translation>%3에서 %2 님의 점수 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="661"/>
        <source>Recorded: %1.</source>
        <translation>기록함: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="675"/>
        <source>A withdrawn participant cannot be overridden</source>
        <translation>등록이 취소된 참가자는 수동 결정할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>CertificatesModel</name>
    <message>
        <location filename="../../ui/pages/certificates_data.py" line="155"/>
        <source>Participant</source>
        <translation>참가자</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates_data.py" line="156"/>
        <source>Eligible</source>
        <translation>발급 대상</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates_data.py" line="157"/>
        <source>Certificate</source>
        <translation>수료증</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates_data.py" line="158"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates_data.py" line="164"/>
        <source>valid</source>
        <translation>유효</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates_data.py" line="165"/>
        <source>revoked</source>
        <translation>무효화됨</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates_data.py" line="166"/>
        <source>superseded</source>
        <translation>대체됨</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates_data.py" line="135"/>
        <location filename="../../ui/pages/certificates_data.py" line="173"/>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates_data.py" line="135"/>
        <location filename="../../ui/pages/certificates_data.py" line="174"/>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates_data.py" line="232"/>
        <source>Verification code: %1</source>
        <translation>확인 코드: %1</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <location filename="../../ui/pages/certificates.py" line="130"/>
        <source>&amp;Issue to everyone eligible</source>
        <extracomment>Why someone is passed over that is no news: not completed (yet), already holds one.</extracomment>
        <translation>대상자 전원에게 발급(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="132"/>
        <location filename="../../ui/pages/certificates.py" line="655"/>
        <source>Issue to &amp;selected</source>
        <translation>선택한 사람에게 발급(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="134"/>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="136"/>
        <source>Print the selected people&apos;s certificates (select all to print the cohort)</source>
        <translation>선택한 사람의 수료증을 인쇄합니다(기수 전체를 인쇄하려면 모두 선택하세요)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="139"/>
        <source>Open output &amp;folder</source>
        <translation>출력 폴더 열기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="141"/>
        <source>&amp;E-mail…</source>
        <translation>이메일(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="143"/>
        <source>Open &amp;Badges…</source>
        <translation>오픈 배지(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="146"/>
        <source>Save the selected people&apos;s certificates as Open Badges 3.0 credentials, for wallets and learning records (none selected: the whole cohort&apos;s)</source>
        <translation>선택한 사람의 수료증을 디지털 지갑과 학습 이력용 Open Badges 3.0 자격 증명으로 저장합니다(선택하지 않으면 기수 전체)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="151"/>
        <location filename="../../ui/pages/certificates.py" line="652"/>
        <source>Re&amp;issue…</source>
        <translation>재발급(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="153"/>
        <source>A new certificate with the current name; the old one is kept as superseded</source>
        <translation>현재 이름으로 새 수료증을 발급합니다. 이전 수료증은 대체됨으로 보관됩니다</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="156"/>
        <location filename="../../ui/pages/certificates.py" line="653"/>
        <source>Re&amp;voke…</source>
        <translation>무효화(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="164"/>
        <source>mm</source>
        <comment>millimetres, after a number</comment>
        <translation>mm</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="168"/>
        <source>Serial number, verification code or QR text</source>
        <translation>일련번호, 확인 코드 또는 QR 텍스트</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="170"/>
        <source>&amp;Verify</source>
        <translation>확인(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="172"/>
        <source>Open a P&amp;DF…</source>
        <translation>PDF 열기(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="205"/>
        <source>&amp;Cohort:</source>
        <translation>기수(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="206"/>
        <source>&amp;Template:</source>
        <translation>서식(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="226"/>
        <source>Print offsets: right</source>
        <translation>인쇄 위치 보정: 오른쪽</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="228"/>
        <source>down</source>
        <translation>아래</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="231"/>
        <source>Verify a certificate</source>
        <translation>수료증 확인</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="388"/>
        <source>%1 of %2 completed; %3 hold a valid certificate.</source>
        <translation>%2명 중 %1명 수료, %3명이 유효한 수료증 보유.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="395"/>
        <source>Preflight: these texts cannot be printed:</source>
        <translation>사전 점검: 다음 텍스트는 인쇄할 수 없습니다:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="402"/>
        <source>Preflight: every name can be drawn by the bundled fonts.</source>
        <translation>사전 점검: 모든 이름을 내장 글꼴로 표시할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="442"/>
        <source>Rendering %1…</source>
        <translation>%1 생성 중…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="465"/>
        <source>Certificate %1 as issued</source>
        <translation>발급된 수료증 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="469"/>
        <source>Preview: not issued yet (serial and QR code come when issued)</source>
        <translation>미리 보기: 아직 발급되지 않음(일련번호와 QR 코드는 발급 시 생성)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="471"/>
        <source>Preview only: %1 has not completed (%2)</source>
        <translation>미리 보기 전용: %1 님은 수료하지 않았습니다(%2)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="515"/>
        <source>Nobody here is waiting for a certificate</source>
        <translation>수료증 발급을 기다리는 사람이 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="537"/>
        <source>Template: %1</source>
        <translation>서식: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="538"/>
        <source>Paper: %1</source>
        <translation>용지: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="539"/>
        <source>Signed by: %1</source>
        <translation>서명자: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="540"/>
        <source>Logos: %1</source>
        <translation>로고: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="541"/>
        <source>First serial number: %1</source>
        <translation>첫 일련번호: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="545"/>
        <source>Issue certificates</source>
        <translation>수료증 발급</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="551"/>
        <source>Placeholder content would print:</source>
        <translation>다음 자리 표시 내용이 인쇄됩니다:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="554"/>
        <source>Set the real signatories and logos in Settings first. A SPECIMEN print shows the certificate without using a serial number.</source>
        <translation>먼저 설정에서 실제 서명자와 로고를 지정하세요. 견본(SPECIMEN) 인쇄는 일련번호를 사용하지 않고 수료증을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="558"/>
        <source>Print a &amp;specimen</source>
        <translation>견본 인쇄(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="560"/>
        <source>Issue &amp;anyway</source>
        <translation>그래도 발급(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="563"/>
        <source>&amp;Issue</source>
        <translation>발급(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="600"/>
        <source>Issuing certificates…</source>
        <translation>수료증을 발급하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="633"/>
        <location filename="../../ui/pages/certificates.py" line="853"/>
        <source>Print</source>
        <translation>인쇄</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="633"/>
        <location filename="../../ui/pages/certificates.py" line="854"/>
        <source>No printer is set up on this computer. Add one in the system&apos;s printer settings, then print again.</source>
        <translation>이 컴퓨터에 설정된 프린터가 없습니다. 시스템의 프린터 설정에서 프린터를 추가한 뒤 다시 인쇄하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="650"/>
        <source>Print certificate %1…</source>
        <translation>수료증 %1 인쇄…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="706"/>
        <source>These people were skipped: their certificate cannot be made.</source>
        <translation>다음 사람은 수료증을 만들 수 없어 건너뛰었습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="712"/>
        <location filename="../../ui/pages/certificates.py" line="757"/>
        <location filename="../../ui/pages/certificates.py" line="839"/>
        <source>Choose a person who holds a valid certificate</source>
        <translation>유효한 수료증을 보유한 사람을 선택하세요</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="721"/>
        <source>Reissue certificate %1</source>
        <translation>수료증 %1 재발급</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="724"/>
        <source>Reissue the certificate of %1?</source>
        <translation>다음 참가자의 수료증을 재발급할까요: %1?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="726"/>
        <source>Certificate %1 will be marked as superseded and stops being valid.</source>
        <translation>수료증 %1은(는) 대체됨으로 표시되며 더 이상 유효하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="728"/>
        <source>A new certificate with a new serial number is issued, with the name as it is now.</source>
        <translation>현재 이름으로 새 일련번호가 부여된 새 수료증이 발급됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="730"/>
        <source>This cannot be undone.</source>
        <translation>이 작업은 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="733"/>
        <source>&amp;Reissue</source>
        <translation>재발급(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="749"/>
        <source>Reissuing…</source>
        <translation>재발급하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="768"/>
        <source>Revoke %1</source>
        <translation>%1 무효화</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="760"/>
        <source>Why is certificate %1 of %2 revoked?</source>
        <translation>%2 님의 수료증 %1을(를) 무효화하는 사유는 무엇입니까?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="486"/>
        <location filename="../../ui/pages/certificates.py" line="790"/>
        <source>Certificate %1 revoked</source>
        <translation>수료증 %1을(를) 무효화했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="532"/>
        <source>Issue signed, numbered certificates for cohort %1?</source>
        <translation>%1 기수에 서명과 번호가 부여된 수료증을 발급할까요?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="535"/>
        <source>Certificates to issue: %1</source>
        <translation>발급할 수료증 수: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="638"/>
        <location filename="../../ui/pages/certificates.py" line="930"/>
        <source>Print %1</source>
        <translation>%1 인쇄</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/certificates.py" line="683"/>
        <source>%Ln already held one</source>
        <translation>
            <numerusform>%Ln명은 이미 수료증 보유</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/certificates.py" line="685"/>
        <source>%Ln yet to complete the course</source>
        <translation>
            <numerusform>%Ln명은 아직 과정 미이수</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/certificates.py" line="687"/>
        <source>%Ln could not be made</source>
        <translation>
            <numerusform>%Ln명은 수료증을 만들 수 없음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/certificates.py" line="689"/>
        <source>Certificates: %Ln issued</source>
        <translation>
            <numerusform>수료증 %Ln개 발급</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="691"/>
        <source>No new certificates issued</source>
        <translation>새로 발급된 수료증 없음</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="781"/>
        <source>A reason is required: it is shown to whoever checks this certificate.</source>
        <translation>사유는 필수입니다. 이 수료증을 확인하는 사람에게 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="828"/>
        <source>Choose people who hold a valid certificate to print</source>
        <translation>인쇄할 유효한 수료증을 보유한 사람을 선택하세요</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="859"/>
        <source>Print certificate %1</source>
        <translation>수료증 %1 인쇄</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="861"/>
        <source>Print %1 certificates</source>
        <translation>수료증 %1장 인쇄</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="863"/>
        <source>%1 page(s), one per certificate, each printed whole.</source>
        <translation>%1페이지(수료증마다 한 페이지, 각각 전체 인쇄).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="905"/>
        <location filename="../../ui/pages/certificates.py" line="915"/>
        <location filename="../../ui/pages/certificates.py" line="963"/>
        <source>Printing…</source>
        <translation>인쇄하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="923"/>
        <source>Sent to %1 (%2)</source>
        <translation>%1(으)로 보냄 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="955"/>
        <source>%1 page(s) printed</source>
        <translation>%1페이지 인쇄됨</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="959"/>
        <source>Printing cancelled</source>
        <translation>인쇄를 취소했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="990"/>
        <source>Nobody here holds a certificate yet.</source>
        <translation>아직 수료증을 보유한 사람이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="994"/>
        <source>Folder for the Open Badges credentials</source>
        <translation>Open Badges 자격 증명을 저장할 폴더</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="1003"/>
        <source>%1 Open Badges credential(s) saved in %2</source>
        <translation>Open Badges 자격 증명 %1개를 %2에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="1016"/>
        <source>Verify a certificate PDF</source>
        <translation>수료증 PDF 확인</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="1016"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="1039"/>
        <source>GENUINE: %1, %2, cohort %3, %4 h</source>
        <translation>진본: %1, %2, 기수 %3, %4시간</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="1054"/>
        <source>REJECTED: %1</source>
        <translation>거부됨: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="312"/>
        <source>There is no cohort yet. Create one on the Cohorts page, then import or add its participants; their certificates are made here.</source>
        <translation>아직 기수가 없습니다. 기수 페이지에서 기수를 만든 다음 참가자를 가져오거나 추가하세요. 참가자의 수료증은 여기에서 발급합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="417"/>
        <source>No participants in this cohort yet. Import a spreadsheet or add them on the Participants page; their certificates are made here.</source>
        <translation>이 기수에는 아직 참가자가 없습니다. 스프레드시트를 가져오거나 참가자 페이지에서 추가하세요. 참가자의 수료증은 여기에서 발급합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="481"/>
        <source>Certificate %1 was revoked on %2: %3</source>
        <translation>수료증 %1을(를) %2에 무효화했습니다: %3</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="489"/>
        <source>Certificate %1 was replaced by a newer one</source>
        <translation>수료증 %1은(는) 새 수료증으로 대체되었습니다</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="491"/>
        <source>Preview of a new certificate: not issued yet</source>
        <translation>새 수료증 미리 보기: 아직 발급되지 않음</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="493"/>
        <source>%1 has not completed (%2)</source>
        <translation>%1 님은 수료하지 않았습니다(%2)</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="244"/>
        <source>Correct row %1</source>
        <translation>%1행 수정</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="269"/>
        <source>Check again</source>
        <translation>다시 확인</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="56"/>
        <source>Choose the spreadsheet</source>
        <translation>스프레드시트 선택</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="59"/>
        <source>A participant list in .xlsx, .xls, .ods, .csv or .txt; you can also drop the file on the main window.</source>
        <translation>.xlsx, .xls, .ods, .csv 또는 .txt 형식의 참가자 명단. 파일을 기본 창에 끌어다 놓아도 됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="65"/>
        <source>Type or paste the file&apos;s path, or browse</source>
        <translation>파일 경로를 입력하거나 붙여 넣거나 찾아보기를 누르세요</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="74"/>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="80"/>
        <source>(do not enroll)</source>
        <translation>(등록하지 않음)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="84"/>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="85"/>
        <source>Enroll everyone in:</source>
        <translation>모두 등록할 기수:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="91"/>
        <source>Choose a participant list</source>
        <translation>참가자 명단 선택</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="93"/>
        <source>Spreadsheets (%1);;All files (*)</source>
        <translation>스프레드시트 (%1);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="108"/>
        <source>There is no file %1.</source>
        <translation>%1 파일이 없습니다.</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <location filename="../../ui/pages/import_models.py" line="51"/>
        <source>new participant</source>
        <translation>새 참가자</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="52"/>
        <source>update</source>
        <translation>업데이트</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="53"/>
        <source>unchanged</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="54"/>
        <source>merged into a later row</source>
        <translation>아래 행에 병합됨</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="233"/>
        <source>check by hand: %1</source>
        <translation>직접 확인 필요: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="252"/>
        <source>(and more people with a name like this: %1)</source>
        <translation>(비슷한 이름의 사람이 더 있음: %1명)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="55"/>
        <source>skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="56"/>
        <source>rejected</source>
        <translation>거부됨</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../ui/pages/import_models.py" line="33"/>
        <source>Full name</source>
        <translation>성명</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="34"/>
        <source>Surname</source>
        <translation>성</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="35"/>
        <source>Given name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="36"/>
        <source>Patronymic</source>
        <translation>부칭</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="37"/>
        <source>Name in Latin letters</source>
        <translation>로마자 이름</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="38"/>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="39"/>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="40"/>
        <source>Organization</source>
        <translation>소속 기관</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="41"/>
        <source>Position</source>
        <translation>직위</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="42"/>
        <source>Gender</source>
        <translation>성별</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="43"/>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="44"/>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="358"/>
        <source>%1 new</source>
        <translation>신규 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="359"/>
        <source>%1 updated</source>
        <translation>업데이트 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="360"/>
        <source>%1 unchanged</source>
        <translation>변경 없음 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="364"/>
        <source>%1 merged</source>
        <translation>병합 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="367"/>
        <source>%1 skipped</source>
        <translation>건너뜀 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="368"/>
        <source>%1 rejected</source>
        <translation>거부됨 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="373"/>
        <source>Rows describing the same person as a later row are merged into it (the later row wins): rows %1.</source>
        <translation>아래 행과 같은 사람을 나타내는 행은 그 행에 병합됩니다(아래 행 우선): %1행.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="380"/>
        <source>Rows that look like someone already known: %1; like another row of this file: %2. They are imported as separate people, marked orange to check by hand.</source>
        <translation>이미 등록된 사람과 비슷한 행: %1개, 이 파일의 다른 행과 비슷한 행: %2개. 별도의 사람으로 가져오며, 직접 확인할 수 있도록 주황색으로 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="386"/>
        <source>Rows that look like someone already known: %1. They are imported as separate people, marked orange to check by hand.</source>
        <translation>이미 등록된 사람과 비슷한 행: %1개. 별도의 사람으로 가져오며, 직접 확인할 수 있도록 주황색으로 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="392"/>
        <source>Rows that look like another row of this file: %1. They are imported as separate people, marked orange to check by hand.</source>
        <translation>이 파일의 다른 행과 비슷한 행: %1개. 별도의 사람으로 가져오며, 직접 확인할 수 있도록 주황색으로 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="71"/>
        <source>Something went wrong; see the details dialog.</source>
        <extracomment>A preview of at most this many rows wraps its reasons (Qt measures every row&apos;s height).</extracomment>
        <translation>문제가 발생했습니다. 자세한 내용 창을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="408"/>
        <source>Import participants</source>
        <extracomment>cells corrected in the preview: row number -&gt; {0-based column: text}</extracomment>
        <translation>참가자 가져오기</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="452"/>
        <location filename="../../ui/pages/import_wizard.py" line="475"/>
        <source>Reading the file…</source>
        <translation>파일을 읽는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="459"/>
        <source>Found sheet “%1”, header in row %2, %3 columns recognised.</source>
        <translation>시트 “%1”, 머리글 %2행, 인식된 열 %3개.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="202"/>
        <source>Which column is which</source>
        <translation>열 지정</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="205"/>
        <source>The guess is shown; change any column. Your choice is remembered for the next list from the same form.</source>
        <translation>추정한 결과가 표시됩니다. 어느 열이든 바꿀 수 있습니다. 선택한 내용은 같은 양식의 다음 명단에도 기억됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="213"/>
        <source>Column in the file</source>
        <translation>파일의 열</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="213"/>
        <source>Example</source>
        <translation>예시</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="213"/>
        <source>Participant field</source>
        <translation>참가자 항목</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="245"/>
        <source>— not imported —</source>
        <translation>— 가져오지 않음 —</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="253"/>
        <source>This form was imported before: its remembered mapping is used.</source>
        <translation>이전에 가져온 양식입니다. 기억된 열 지정을 사용합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="257"/>
        <source>Recognised as an export of %1.</source>
        <translation>%1에서 내보낸 파일로 인식했습니다.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/pages/attendance_override.py" line="28"/>
        <source>Override completion</source>
        <translation>수료 여부 수동 결정</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_override.py" line="33"/>
        <source>&amp;Completed</source>
        <translation>수료(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_override.py" line="34"/>
        <source>&amp;Not completed</source>
        <translation>미수료(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_override.py" line="40"/>
        <source>Why is the rule&apos;s result changed? (required, kept in the audit trail)</source>
        <translation>기준에 따른 결과를 바꾸는 이유는 무엇입니까? (필수, 감사 기록에 보관됨)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_override.py" line="51"/>
        <source>C&amp;lear override</source>
        <translation>수동 결정 해제(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_override.py" line="60"/>
        <source>&amp;Reason:</source>
        <translation>사유(&amp;R):</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../ui/pages/import_models.py" line="272"/>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="273"/>
        <source>What happens</source>
        <translation>처리 내용</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="274"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="275"/>
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="276"/>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="94"/>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="97"/>
        <source>What the import will do with each row. Rejected rows are red: correct them here and check again. Nothing is written yet.</source>
        <translation>가져오기에서 각 행을 어떻게 처리할지 보여 줍니다. 거부된 행은 빨간색입니다. 여기서 수정한 뒤 다시 확인하세요. 아직 아무것도 저장되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="102"/>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="115"/>
        <source>&amp;Correct the row…</source>
        <translation>행 수정(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="119"/>
        <source>C&amp;heck again</source>
        <translation>다시 확인(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="150"/>
        <source>Checking every row…</source>
        <translation>모든 행을 확인하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="157"/>
        <source>Checking the rows…</source>
        <translation>행을 확인하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="193"/>
        <source>Checking was cancelled. Check again to see what the import would do.</source>
        <translation>확인을 취소했습니다. 가져오기 결과를 보려면 다시 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="205"/>
        <source>Row %1: %2</source>
        <translation>%1행: %2</translation>
    </message>
</context>
<context>
    <name>PrinterChoice</name>
    <message>
        <location filename="../../ui/pdf_print.py" line="146"/>
        <source>%1 (default)</source>
        <extracomment>Rows of printer pixels rendered at a time: a page never sits whole in memory.</extracomment>
        <translation>%1 (기본값)</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_print.py" line="152"/>
        <source>Choose a printer</source>
        <translation>프린터 선택</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_print.py" line="154"/>
        <source>No printer found</source>
        <translation>프린터 없음</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_print.py" line="160"/>
        <source>No printer was found on this computer. Add one in the system&apos;s printer settings, then print again.</source>
        <extracomment>Why OK is off until a printer is chosen, and what to do (None: one is chosen).</extracomment>
        <translation>이 컴퓨터에서 프린터를 찾지 못했습니다. 시스템의 프린터 설정에서 프린터를 추가한 뒤 다시 인쇄하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_print.py" line="166"/>
        <source>This computer has no default printer: choose the one to print on.</source>
        <translation>이 컴퓨터에는 기본 프린터가 없습니다. 인쇄할 프린터를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_print.py" line="173"/>
        <source>all, or e.g. 1-3,7</source>
        <translation>전체 또는 예: 1-3,7</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_print.py" line="184"/>
        <source>&amp;Printer:</source>
        <translation>프린터(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_print.py" line="187"/>
        <source>P&amp;ages:</source>
        <translation>페이지(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_print.py" line="188"/>
        <source>&amp;Copies:</source>
        <translation>매수(&amp;C):</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/pages/reports.py" line="300"/>
        <source>The language the report is written in</source>
        <extracomment>Whether the sign-in sheets&apos; row is shown (remembered). A text column whose texts are wider than this (names, organisations, reasons) may end in &quot;…&quot; when the page is narrow; narrower ones (marks, countries, genders) are always whole. What a cut text column keeps at least (or its header&apos;s width, when more). Rows the table shows at least: its rows are as many lines high (long texts wrap, up to table_fit.MAX_LINES) as leaves room for this many, one line on a 1366×768 laptop. Rows measured from the top of a table (what is seen first), and at most this many more spread evenly over the rest (a 20,000-row matrix sorted by name: the long names may be anywhere). Of a long table&apos;s names, the longest this many (by length) are measured too. Room beside a cell&apos;s text. column -&gt; the header shown when it differs from the report&apos;s (a module&apos;s code, a title on two lines); the report&apos;s whole header is the tooltip for each table, the longest of its names (measured with the sample) the codes of the modules the tables may name (their columns are headed by the code) the count running (or last run) for the preview; a newer one cancels it the last count was cancelled: the preview is empty until counted again the pages of the sign-in sheet made last</extracomment>
        <translation>보고서를 작성할 언어</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="308"/>
        <source>&amp;Save as .xlsx…</source>
        <translation>.xlsx로 저장(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="310"/>
        <source>&amp;Open the saved file</source>
        <translation>저장한 파일 열기(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="401"/>
        <source>&amp;Report for:</source>
        <translation>보고서 대상(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="405"/>
        <source>&amp;Table:</source>
        <translation>표(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="403"/>
        <source>Report &amp;language:</source>
        <translation>보고서 언어(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="392"/>
        <source>Sign-in sheets</source>
        <extracomment>what the table&apos;s columns were last fitted with (fitted again when the rows&apos; lines change with the page&apos;s height) the columns (by title) the user brought into the table, the last asked last, and those the user took out (the header&apos;s menu, columns_menu) the modules&apos; whole titles, for a table whose columns are headed by module codes which columns a narrow page leaves out (a completion matrix at 1366 pixels) the selected row&apos;s texts that the table leaves out or cuts, whole the cohort whose modules the sign-in sheets&apos; module chooser holds (None: loading) shows and hides the sign-in sheets&apos; row (hidden at first: the table&apos;s room)</extracomment>
        <translation>출석부</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="448"/>
        <source>Make &amp;PDF…</source>
        <translation>PDF 만들기(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="450"/>
        <source>Op&amp;en</source>
        <translation>열기(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="451"/>
        <source>P&amp;rint…</source>
        <translation>인쇄(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="464"/>
        <source>Cohort:</source>
        <extracomment>why no sheet can be made (a cohort without modules), below the choices</extracomment>
        <translation>기수:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="466"/>
        <source>Module:</source>
        <translation>모듈:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="477"/>
        <source>Sign-in sheets are not available in this version.</source>
        <translation>이 버전에서는 출석부를 사용할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="524"/>
        <source>No cohorts yet: create the first cohort on the Cohorts page and add its participants; its report appears here.</source>
        <translation>아직 기수가 없습니다. «기수» 페이지에서 첫 기수를 만들고 참가자를 추가하면 여기에 보고서가 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="538"/>
        <source>All cohorts of the programme</source>
        <translation>프로그램의 모든 기수</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="617"/>
        <source>Counting…</source>
        <translation>집계하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="313"/>
        <source>&amp;Count again</source>
        <translation>다시 집계(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="315"/>
        <source>Count the report again (the count was cancelled)</source>
        <translation>보고서를 다시 집계합니다 (집계를 취소했습니다)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="629"/>
        <source>The count was cancelled; press Count again to see the numbers.</source>
        <translation>집계를 취소했습니다. 수치를 보려면 [다시 집계]를 누르세요.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="632"/>
        <source>Counting cancelled</source>
        <translation>집계를 취소했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="896"/>
        <source>Saving cancelled; no file was written.</source>
        <translation>저장을 취소했습니다. 파일을 쓰지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="879"/>
        <source>Save the report</source>
        <translation>보고서 저장</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="594"/>
        <source>This cohort has no modules yet: add them on the Cohorts page (Add module…), then make its sign-in sheets here.</source>
        <translation>이 기수에는 아직 모듈이 없습니다. «기수» 페이지에서 모듈을 추가한 뒤(모듈 추가…) 여기에서 출석부를 만드세요.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="645"/>
        <source>No participants in this cohort yet: import a list or enrol them on the Cohorts page; their report appears here.</source>
        <translation>이 기수에는 아직 참가자가 없습니다. 명단을 가져오거나 «기수» 페이지에서 등록하세요. 참가자의 보고서는 여기에 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="865"/>
        <source>Not shown for lack of room (in the saved file, and below the table for the selected row; right-click the headers to choose the columns): %1</source>
        <translation>공간이 부족해 표시하지 않음 (저장한 파일에 있으며, 선택한 행의 값은 표 아래에 표시, 열을 고르려면 머리글을 마우스 오른쪽 버튼으로 클릭): %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="879"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="893"/>
        <source>Writing the report…</source>
        <translation>보고서를 작성하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="904"/>
        <source>Report saved to %1</source>
        <translation>보고서를 저장했습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="942"/>
        <source>Save the sign-in sheet</source>
        <translation>출석부 저장</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="942"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="956"/>
        <source>Making the sign-in sheet…</source>
        <translation>출석부를 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="966"/>
        <source>Sign-in sheet saved to %1</source>
        <translation>출석부를 저장했습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="977"/>
        <source>Print %1</source>
        <translation>%1 인쇄</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="983"/>
        <source>Printing…</source>
        <translation>인쇄하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="986"/>
        <source>%1 page(s) printed</source>
        <translation>%1페이지 인쇄됨</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="989"/>
        <source>Printing cancelled</source>
        <translation>인쇄를 취소했습니다</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="278"/>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="282"/>
        <source>&amp;Save rejected rows…</source>
        <translation>거부된 행 저장(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="285"/>
        <source>Write the rejected rows with a reason column; fix them and import the file again</source>
        <translation>거부된 행을 사유 열과 함께 저장합니다. 수정한 뒤 파일을 다시 가져오세요</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="304"/>
        <source>Importing…</source>
        <translation>가져오는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="307"/>
        <source>Importing participants…</source>
        <translation>참가자를 가져오는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="329"/>
        <source>Import finished.</source>
        <translation>가져오기를 마쳤습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="332"/>
        <source>%1 enrolled in the cohort.</source>
        <translation>%1명이 기수에 등록되었습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="336"/>
        <source>The file was copied aside first: %1</source>
        <translation>먼저 파일의 사본을 만들었습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="344"/>
        <source>Nothing was imported.</source>
        <translation>가져온 항목이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="348"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>가져오기를 취소했습니다. 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="364"/>
        <source>Save rejected rows</source>
        <translation>거부된 행 저장</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="366"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 통합 문서 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="385"/>
        <source>Rejected rows saved to %1</source>
        <translation>거부된 행을 저장했습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="382"/>
        <source>Rows that look like someone already known: %1; like another row of this file: %2. Each was imported as a separate person; they are listed below with whom they look like.</source>
        <translation>이미 등록된 사람과 비슷한 행: %1개, 이 파일의 다른 행과 비슷한 행: %2개. 각 행은 별도의 사람으로 가져왔으며, 누구와 비슷한지 아래에 나와 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="388"/>
        <source>Rows that look like someone already known: %1. Each was imported as a separate person; they are listed below with whom they look like.</source>
        <translation>이미 등록된 사람과 비슷한 행: %1개. 각 행은 별도의 사람으로 가져왔으며, 누구와 비슷한지 아래에 나와 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="393"/>
        <source>Rows that look like another row of this file: %2. Each was imported as a separate person; they are listed below with whom they look like.</source>
        <translation>이 파일의 다른 행과 비슷한 행: %2개. 각 행은 별도의 사람으로 가져왔으며, 누구와 비슷한지 아래에 나와 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="416"/>
        <source>Row %1: %2</source>
        <translation>%1행: %2</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="130"/>
        <source>Sheet and header row</source>
        <translation>시트 및 머리글 행</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="133"/>
        <source>Check that the list starts under the header row. Change the sheet or the row if they were guessed wrong.</source>
        <translation>명단이 머리글 행 바로 아래에서 시작하는지 확인하세요. 시트나 행이 잘못 추정되었다면 바꾸세요.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="145"/>
        <source>&amp;Sheet:</source>
        <translation>시트(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="146"/>
        <source>&amp;Header row:</source>
        <translation>머리글 행(&amp;H):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="166"/>
        <source>(hidden)</source>
        <translation>(숨김)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="177"/>
        <source>Header row %1 of sheet “%2”; the first rows under it:</source>
        <translation>시트 “%2”의 머리글 %1행과 그 아래 처음 몇 행:</translation>
    </message>
</context>
</TS>
