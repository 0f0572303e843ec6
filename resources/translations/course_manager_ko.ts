<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>CertificateEmailDialog</name>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="116"/>
        <source>E-mail certificates</source>
        <extracomment>Names listed in the heading as having no e-mail address (the table lists every one).</extracomment>
        <translation>수료증 이메일 발송</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="124"/>
        <source>Only the selected people (%1)</source>
        <translation>선택한 사람만 (%1명)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="133"/>
        <source>Serial</source>
        <translation>일련번호</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="134"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="135"/>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="136"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="146"/>
        <source>Write &amp;drafts (.eml) for a mail program</source>
        <translation>메일 프로그램용 초안(.eml) 작성(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="147"/>
        <source>&amp;Send through the office&apos;s mail server</source>
        <translation>기관 메일 서버로 보내기(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="155"/>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="175"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="175"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="175"/>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="182"/>
        <source>from the system keyring if left empty</source>
        <translation>비워 두면 시스템 키링에서 가져옴</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="183"/>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>시스템 키링에 비밀번호 저장(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="191"/>
        <location filename="../../ui/pages/certificate_email.py" line="337"/>
        <source>&amp;Write drafts</source>
        <translation>초안 작성(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="206"/>
        <source>&amp;Folder:</source>
        <translation>폴더(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="212"/>
        <source>Port:</source>
        <translation>포트:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="214"/>
        <source>Security:</source>
        <translation>보안:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="216"/>
        <source>Ser&amp;ver:</source>
        <translation>서버(&amp;V):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="217"/>
        <source>&amp;User:</source>
        <translation>사용자(&amp;U):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="218"/>
        <source>P&amp;assword:</source>
        <translation>비밀번호(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="220"/>
        <source>Sender &amp;address:</source>
        <translation>보낸 사람 주소(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="221"/>
        <source>How</source>
        <translation>발송 방법</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="299"/>
        <source>ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="308"/>
        <source>%1 certificate(s) of cohort %2; %3 ready to send.</source>
        <translation>기수 %2의 수료증 %1장 중 %3장 발송 준비 완료.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="314"/>
        <source>No e-mail address: %1.</source>
        <translation>이메일 주소 없음: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="315"/>
        <source>Revoked, not sent: %1.</source>
        <translation>무효화되어 보내지 않음: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="316"/>
        <source>Replaced by a newer certificate, not sent: %1.</source>
        <translation>새 수료증으로 대체되어 보내지 않음: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="317"/>
        <source>Sent before, not sent again: %1.</source>
        <translation>이미 보냈으므로 다시 보내지 않음: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="337"/>
        <source>&amp;Send</source>
        <translation>보내기(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="341"/>
        <source>Folder for the drafts</source>
        <translation>초안을 저장할 폴더</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="422"/>
        <source>Sending e-mails…</source>
        <translation>이메일을 보내는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="433"/>
        <source>%1 draft(s) written to %4; %2 skipped; %3 failed.</source>
        <translation>%4에 초안 %1개 작성, %2개 건너뜀, %3개 실패.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="435"/>
        <source>%1 sent; %2 skipped; %3 failed.</source>
        <translation>%1개 보냄, %2개 건너뜀, %3개 실패.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="450"/>
        <source>Cancelled. Those sent are recorded; Send again sends the rest.</source>
        <translation>취소했습니다. 이미 보낸 메일은 기록되었습니다. 다시 보내기를 누르면 나머지를 보냅니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="228"/>
        <source>&amp;PDFs in:</source>
        <translation>PDF 폴더(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="162"/>
        <source>Br&amp;owse…</source>
        <translation>찾아보기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="300"/>
        <source>PDF: %1</source>
        <translation>PDF: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="325"/>
        <source>No PDF found in %1 for: %2. Choose the folder the certificates were written to.</source>
        <translation>%1에서 다음 사람의 PDF를 찾지 못했습니다: %2. 수료증이 저장된 폴더를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_email.py" line="366"/>
        <source>Folder of the certificates&apos; PDFs</source>
        <translation>수료증 PDF 폴더</translation>
    </message>
</context>
<context>
    <name>CohortModuleDialog</name>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="142"/>
        <source>Module in this cohort</source>
        <translation>이 기수의 모듈</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="148"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="150"/>
        <source>Required for completion</source>
        <translation>수료에 필수</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="153"/>
        <source>Module</source>
        <translation>모듈</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="154"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="155"/>
        <source>Hours</source>
        <translation>시간</translation>
    </message>
</context>
<context>
    <name>CohortsPage</name>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="75"/>
        <source>Cohorts</source>
        <translation>기수</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="76"/>
        <source>Programme modules</source>
        <translation>프로그램 모듈</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_form.py" line="81"/>
        <location filename="../../ui/pages/programme_modules.py" line="57"/>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="109"/>
        <location filename="../../ui/pages/programme_modules.py" line="58"/>
        <source>Hours</source>
        <translation>시간</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="109"/>
        <location filename="../../ui/pages/programme_modules.py" line="59"/>
        <source>Required</source>
        <translation>필수</translation>
    </message>
    <message>
        <location filename="../../ui/pages/programme_modules.py" line="60"/>
        <source>Title (English)</source>
        <translation>과정명(영어)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/programme_modules.py" line="61"/>
        <source>Title (Russian)</source>
        <translation>과정명(러시아어)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/programme_modules.py" line="62"/>
        <source>Title (Kazakh)</source>
        <translation>과정명(카자흐어)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="113"/>
        <location filename="../../ui/pages/programme_modules.py" line="66"/>
        <source>Add module…</source>
        <translation>모듈 추가…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="114"/>
        <location filename="../../ui/pages/programme_modules.py" line="67"/>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="93"/>
        <location filename="../../ui/pages/cohorts.py" line="173"/>
        <source>New cohort…</source>
        <translation>새 기수…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_form.py" line="50"/>
        <source>Online</source>
        <translation>온라인</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_form.py" line="54"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_form.py" line="60"/>
        <source>names separated by commas</source>
        <translation>쉼표로 구분한 이름</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_form.py" line="67"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_form.py" line="69"/>
        <source>Excused absences count as attended</source>
        <translation>사유 결석을 출석으로 인정</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_form.py" line="71"/>
        <source>Save cohort</source>
        <translation>기수 저장</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_form.py" line="82"/>
        <source>Title</source>
        <translation>과정명</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_form.py" line="87"/>
        <source>City, country</source>
        <translation>도시, 국가</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_form.py" line="92"/>
        <source>Dates</source>
        <translation>기간</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_form.py" line="93"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_form.py" line="94"/>
        <source>Venue</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_form.py" line="95"/>
        <source>Trainers</source>
        <translation>강사</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_form.py" line="96"/>
        <source>Completion rule</source>
        <translation>수료 기준</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_form.py" line="99"/>
        <source>Minimum attendance</source>
        <translation>최소 출석률</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_form.py" line="101"/>
        <source>Minimum score</source>
        <translation>최저 점수</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="109"/>
        <source>Module</source>
        <translation>모듈</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="109"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="115"/>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="124"/>
        <source>Modules run</source>
        <translation>운영 모듈</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_members_model.py" line="107"/>
        <source>Name</source>
        <extracomment>The participant&apos;s id, for tests and callers that need it.</extracomment>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_members_model.py" line="108"/>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_members_model.py" line="109"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_members.py" line="42"/>
        <source>Enroll…</source>
        <translation>등록…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_members.py" line="43"/>
        <source>Withdraw…</source>
        <translation>등록 취소…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_members.py" line="37"/>
        <source>Participants</source>
        <translation>참가자</translation>
    </message>
    <message>
        <location filename="../../ui/pages/programme_modules.py" line="83"/>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../../ui/pages/programme_modules.py" line="84"/>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_members_model.py" line="114"/>
        <source>enrolled</source>
        <translation>등록됨</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_members_model.py" line="115"/>
        <source>withdrawn</source>
        <translation>등록 취소됨</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="244"/>
        <source>(no title yet)</source>
        <translation>(과정명 없음)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="273"/>
        <source>This file has no programme yet. Enter the programme&apos;s names in Settings and add its modules (the Programme modules tab); then create the first cohort here.</source>
        <translation>이 파일에는 아직 프로그램이 없습니다. 설정에서 프로그램 이름을 입력하고 모듈을 추가한 다음(프로그램 모듈 탭) 여기에서 첫 기수를 만드세요.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="278"/>
        <source>This file has no cohorts yet. Create the first cohort: give it a code, then fill in its dates, modules and participants.</source>
        <translation>이 파일에는 아직 기수가 없습니다. 첫 기수를 만드세요. 코드를 정한 다음 기간, 모듈, 참가자를 입력합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="347"/>
        <source>Loading the cohort %1…</source>
        <translation>기수 %1 불러오는 중…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/cohorts.py" line="414"/>
        <source>%Ln enrolled</source>
        <translation>
            <numerusform>%Ln명 등록</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="438"/>
        <source>Cohort saved</source>
        <translation>기수를 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="463"/>
        <source>The cohort %1 has changes that are not saved. Save them?</source>
        <translation>기수 %1에 저장하지 않은 변경 사항이 있습니다. 저장할까요?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="485"/>
        <source>This file has no programme yet.</source>
        <translation>이 파일에는 아직 프로그램이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohorts.py" line="486"/>
        <source>enter the programme&apos;s names in Settings first</source>
        <translation>먼저 설정에서 프로그램 이름을 입력하세요</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_members.py" line="101"/>
        <source>%1 enrolled, %2 already were</source>
        <translation>%1명 등록, %2명은 이미 등록되어 있음</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_members.py" line="114"/>
        <source>%1 and %2 more</source>
        <translation>%1 외 %2명</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_members.py" line="119"/>
        <source>Withdraw</source>
        <translation>등록 취소</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_members.py" line="122"/>
        <source>Withdraw %1 from this cohort. Reason (kept in the record):</source>
        <translation>%1 님의 이 기수 등록을 취소합니다. 사유(기록에 보관됨):</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../../ui/pages/exchange.py" line="79"/>
        <source>What</source>
        <extracomment>The &quot;Set a value&quot; field shows at least this many characters, and grows with a longer value up to :data:`VALUE_CHARS_MOST` (within the screen): a value is edited seeing most of it.</extracomment>
        <translation>대상</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="80"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="81"/>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="82"/>
        <source>Ours (this office)</source>
        <translation>우리 값(이 기관)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="83"/>
        <source>Theirs</source>
        <translation>상대 값</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="84"/>
        <source>From office</source>
        <translation>보낸 기관</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="137"/>
        <location filename="../../ui/pages/dashboard.py" line="148"/>
        <source>Cohort</source>
        <extracomment>The country chart&apos;s bars at most: the largest countries, and the rest as one &quot;Other&quot; bar. At most this many steps up the count axis (so at most one more label). The &quot;Other&quot; bar&apos;s subtitle names at most this many of the countries it adds up. the labels of the bars this one adds up (empty for a plain bar)</extracomment>
        <translation>기수</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="138"/>
        <source>Dates</source>
        <translation>기간</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="139"/>
        <location filename="../../ui/pages/dashboard.py" line="293"/>
        <source>Enrolled</source>
        <translation>등록</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="140"/>
        <location filename="../../ui/pages/dashboard.py" line="294"/>
        <source>Completed</source>
        <translation>수료</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="141"/>
        <source>Certified</source>
        <translation>수료증 발급</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="142"/>
        <source>Title</source>
        <translation>과정명</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="148"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="148"/>
        <source>Module</source>
        <translation>모듈</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="148"/>
        <source>Hours</source>
        <translation>시간</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="158"/>
        <source>Cohorts</source>
        <translation>기수</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="160"/>
        <source>Upcoming module dates</source>
        <translation>다가오는 모듈 일정</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/dashboard.py" line="210"/>
        <source>%Ln participants</source>
        <extracomment>what the charts show now (tests and tools)</extracomment>
        <translation>
            <numerusform>참가자 %Ln명</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="228"/>
        <source>No cohorts yet: create the first one on the Cohorts page.</source>
        <translation>아직 기수가 없습니다. «기수» 페이지에서 첫 기수를 만드세요.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="245"/>
        <source>No module dates ahead.</source>
        <translation>예정된 모듈 일정이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/dashboard.py" line="254"/>
        <source>Other (%n countries)</source>
        <translation>
            <numerusform>기타 (%n개국)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="258"/>
        <source>Participants and completion by country</source>
        <translation>국가별 참가자 및 수료</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="247"/>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="263"/>
        <source>female</source>
        <translation>여성</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="264"/>
        <source>male</source>
        <translation>남성</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="265"/>
        <source>unspecified</source>
        <translation>미기재</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="272"/>
        <source>Participants and completion by gender</source>
        <translation>성별 참가자 및 수료</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="286"/>
        <source>No data yet: the chart fills in once participants are imported or added.</source>
        <translation>아직 데이터가 없습니다. 참가자를 가져오거나 추가하면 차트가 채워집니다.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../ui/dialogs.py" line="65"/>
        <location filename="../../ui/dialogs.py" line="81"/>
        <source>Course Manager</source>
        <translation>Course Manager</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="68"/>
        <location filename="../../ui/dialogs.py" line="277"/>
        <source>What to do: %1</source>
        <translation>조치 방법: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="83"/>
        <source>Something went wrong inside Course Manager. Your data was not changed by the unfinished step.</source>
        <translation>Course Manager 내부에서 문제가 발생했습니다. 완료되지 않은 단계로 인해 데이터가 변경되지는 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="90"/>
        <source>Please copy the details and send them to whoever supports Course Manager for you.</source>
        <translation>자세한 내용을 복사하여 Course Manager 지원 담당자에게 보내 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="96"/>
        <source>Copy details</source>
        <translation>자세한 내용 복사</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="343"/>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="354"/>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="355"/>
        <source>&amp;Discard</source>
        <translation>저장 안 함(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="356"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="225"/>
        <source>What you typed in this form is not saved yet. Save it?</source>
        <extracomment>Ask before closing with typed input (see the class).</extracomment>
        <translation>이 양식에 입력한 내용이 아직 저장되지 않았습니다. 저장하시겠습니까?</translation>
    </message>
</context>
<context>
    <name>EmailCheck</name>
    <message>
        <location filename="../../ui/message_text.py" line="87"/>
        <source>An e-mail address needs an @ sign.</source>
        <extracomment>Arguments that are counts (grouped: 20,000 / 20 000); row numbers, years and ids are not. Messages whose ``detail`` is email-validator&apos;s English sentence.</extracomment>
        <translation>이메일 주소에는 @ 기호가 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="91"/>
        <source>Something must come before the @ sign.</source>
        <translation>@ 기호 앞에 내용이 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="95"/>
        <source>Something must come after the @ sign.</source>
        <translation>@ 기호 뒤에 내용이 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="99"/>
        <source>The part after the @ sign needs a period (e.g. gov.kz).</source>
        <translation>@ 기호 뒤 부분에는 마침표가 있어야 합니다(예: gov.kz).</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="105"/>
        <source>An e-mail address cannot have two periods in a row.</source>
        <translation>이메일 주소에는 마침표가 연속으로 올 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="111"/>
        <source>An e-mail address cannot start with a period.</source>
        <translation>이메일 주소는 마침표로 시작할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="117"/>
        <source>A period cannot stand right before the @ sign.</source>
        <translation>@ 기호 바로 앞에는 마침표가 올 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="123"/>
        <source>A period cannot stand right after the @ sign.</source>
        <translation>@ 기호 바로 뒤에는 마침표가 올 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="130"/>
        <source>The part after the @ sign is a reserved name that takes no e-mail.</source>
        <translation>@ 기호 뒤 부분은 이메일을 받을 수 없는 예약된 이름입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="136"/>
        <source>The part after the @ sign does not end in a known domain.</source>
        <translation>@ 기호 뒤 부분이 알려진 도메인으로 끝나지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="142"/>
        <source>Nothing may follow the e-mail address.</source>
        <translation>이메일 주소 뒤에는 아무것도 올 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="145"/>
        <source>Characters not allowed before the @ sign: %1</source>
        <translation>@ 기호 앞에 쓸 수 없는 문자: %1</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="148"/>
        <source>Characters not allowed after the @ sign: %1</source>
        <translation>@ 기호 뒤에 쓸 수 없는 문자: %1</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="160"/>
        <source>The address contains unsafe characters: %1</source>
        <translation>주소에 안전하지 않은 문자가 있습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="164"/>
        <source>Only Latin letters are allowed before the @ sign: %1</source>
        <translation>@ 기호 앞에는 로마자만 쓸 수 있습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="179"/>
        <source>The address is too long.</source>
        <translation>주소가 너무 깁니다.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="180"/>
        <source>The address is not written correctly.</source>
        <translation>주소 형식이 올바르지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="230"/>
        <source>“%1”</source>
        <translation>‘%1’</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="232"/>
        <source>space</source>
        <translation>공백</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="234"/>
        <source>no-break space (%1)</source>
        <translation>줄바꿈 없는 공백(%1)</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="236"/>
        <source>space (%1)</source>
        <translation>공백(%1)</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="238"/>
        <source>line break (%1)</source>
        <translation>줄바꿈(%1)</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="240"/>
        <source>invisible mark (%1)</source>
        <translation>보이지 않는 기호(%1)</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="242"/>
        <source>accent mark (%1)</source>
        <translation>발음 구별 기호(%1)</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="244"/>
        <source>control character (%1)</source>
        <translation>제어 문자(%1)</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="245"/>
        <source>character %1</source>
        <translation>문자 %1</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="194"/>
        <source>Enroll participants</source>
        <translation>참가자 등록</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="199"/>
        <source>Search by name, e-mail, organisation…</source>
        <translation>이름, 이메일, 기관으로 검색…</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <location filename="../../ui/pages/exchange.py" line="246"/>
        <source>Export cancelled; no file was written.</source>
        <translation>내보내기를 취소했습니다. 파일을 쓰지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="270"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>가져오기를 취소했습니다. 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="120"/>
        <source>Make a copy for another &amp;office…</source>
        <extracomment>the &quot;Set a value&quot; dialog last opened</extracomment>
        <translation>다른 기관용 사본 만들기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="122"/>
        <source>&amp;Export changes…</source>
        <translation>변경 사항 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="124"/>
        <source>&amp;Import a file…</source>
        <translation>파일 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="135"/>
        <source>This office</source>
        <translation>이 기관</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="148"/>
        <source>Keep &amp;ours</source>
        <translation>우리 값 유지(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="150"/>
        <source>Keep &amp;theirs</source>
        <translation>상대 값 유지(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="152"/>
        <source>Set a &amp;value…</source>
        <translation>값 지정(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="158"/>
        <source>Conflicts waiting for a decision</source>
        <translation>결정을 기다리는 충돌</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="163"/>
        <source>A change made here and in another office to the same thing. Both values are kept until you decide; the decision travels to the other offices with the next export.</source>
        <translation>이곳과 다른 기관에서 같은 대상을 각각 변경한 경우입니다. 결정할 때까지 두 값이 모두 보관되며, 결정 내용은 다음 내보내기 때 다른 기관에 전달됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="192"/>
        <source>This file takes part in no exchange yet. Make a copy for another office to start; this file is then the hub.</source>
        <translation>이 파일은 아직 어떤 교환에도 참여하지 않습니다. 시작하려면 다른 기관용 사본을 만드세요. 그러면 이 파일이 허브가 됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="204"/>
        <source>an office copy</source>
        <translation>기관 사본</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="123"/>
        <source>the hub</source>
        <translation>허브</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="203"/>
        <source>Office: {office} ({kind}). Exports applied here from: {seen}.</source>
        <translation>기관: {office}({kind}). 여기에 적용된 내보내기의 출처: {seen}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="201"/>
        <source>none yet</source>
        <translation>아직 없음</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="206"/>
        <source>This file is the hub. Exports applied here from: {seen}.</source>
        <translation>이 파일은 허브입니다. 여기에 적용된 내보내기의 출처: {seen}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="216"/>
        <source>Conflicts waiting for a decision: {n}</source>
        <translation>결정을 기다리는 충돌: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="239"/>
        <source>Exported {n} change(s) to {file}.</source>
        <translation>변경 사항 {n}건을 {file}(으)로 내보냈습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="251"/>
        <source>Exporting changes</source>
        <translation>변경 사항을 내보내는 중</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="258"/>
        <source>{applied} change(s) applied, {unchanged} already here.</source>
        <translation>변경 사항 {applied}건 적용, {unchanged}건은 이미 반영됨.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="262"/>
        <source>{n} conflict(s) wait for a decision below.</source>
        <translation>충돌 {n}건이 아래에서 결정을 기다리고 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="275"/>
        <source>Importing changes</source>
        <translation>변경 사항을 가져오는 중</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="284"/>
        <source>{file} is a copy for the office {office}; give it the folder {keys} too.</source>
        <translation>{file}은(는) 기관 {office}용 사본입니다. {keys} 폴더도 함께 전달하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="291"/>
        <source>Copy cancelled; no file was written.</source>
        <translation>사본 만들기를 취소했습니다. 파일을 쓰지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="296"/>
        <source>Making a copy</source>
        <translation>사본을 만드는 중</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="315"/>
        <source>Course Manager exchange (*.cmx)</source>
        <translation>Course Manager 교환 파일 (*.cmx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="320"/>
        <source>Export changes</source>
        <translation>변경 사항 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="330"/>
        <source>Import another office&apos;s changes</source>
        <translation>다른 기관의 변경 사항 가져오기</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="339"/>
        <location filename="../../ui/pages/exchange.py" line="345"/>
        <source>A copy for another office</source>
        <translation>다른 기관용 사본</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="339"/>
        <source>The office&apos;s name:</source>
        <translation>기관 이름:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="347"/>
        <source>Course Manager files (*.sqlite3)</source>
        <translation>Course Manager 파일 (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="360"/>
        <source>Set a value</source>
        <translation>값 지정</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="362"/>
        <source>The value of {field}:</source>
        <translation>{field}의 값:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="27"/>
        <source>Programme</source>
        <translation>프로그램</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="28"/>
        <source>Module</source>
        <translation>모듈</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="29"/>
        <source>Cohort</source>
        <translation>기수</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="30"/>
        <source>Module of a cohort</source>
        <translation>기수의 모듈</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="31"/>
        <source>Participant</source>
        <translation>참가자</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="32"/>
        <source>Enrolment</source>
        <translation>등록</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="33"/>
        <source>Attendance</source>
        <translation>출석</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="34"/>
        <source>Completion set by hand</source>
        <translation>수동 수료 판정</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="35"/>
        <source>Certificate</source>
        <translation>수료증</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="40"/>
        <source>Identifier</source>
        <translation>식별자</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="41"/>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="42"/>
        <source>Created</source>
        <translation>생성 일시</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="43"/>
        <source>Last changed</source>
        <translation>수정 일시</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="50"/>
        <source>Name (English)</source>
        <translation>명칭(영어)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="51"/>
        <source>Name (Russian)</source>
        <translation>명칭(러시아어)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="52"/>
        <source>Name (Kazakh)</source>
        <translation>명칭(카자흐어)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="53"/>
        <source>Partners</source>
        <translation>협력 기관</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="54"/>
        <source>Title</source>
        <translation>과정명</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="55"/>
        <source>Title (English)</source>
        <translation>과정명(영어)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="56"/>
        <source>Title (Russian)</source>
        <translation>과정명(러시아어)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="57"/>
        <source>Title (Kazakh)</source>
        <translation>과정명(카자흐어)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="58"/>
        <source>Hours</source>
        <translation>시간</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="59"/>
        <source>Required</source>
        <translation>필수</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="60"/>
        <source>Order</source>
        <translation>순서</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="61"/>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="62"/>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="63"/>
        <source>Online</source>
        <translation>온라인</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="64"/>
        <source>Start date</source>
        <translation>시작일</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="65"/>
        <source>End date</source>
        <translation>종료일</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="66"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="67"/>
        <source>Venue</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="68"/>
        <source>Trainers</source>
        <translation>강사</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="69"/>
        <source>Minimum attendance</source>
        <translation>최소 출석률</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="70"/>
        <source>Minimum score</source>
        <translation>최저 점수</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="71"/>
        <source>Excused absences count as attended</source>
        <translation>사유 결석을 출석으로 인정</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="72"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="73"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="74"/>
        <source>Name (Latin)</source>
        <translation>이름(로마자)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="75"/>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="76"/>
        <source>Organisation</source>
        <translation>소속 기관</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="77"/>
        <source>Gender</source>
        <translation>성별</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="78"/>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="79"/>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="80"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="81"/>
        <source>Enrolled on</source>
        <translation>등록일</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="82"/>
        <source>Withdrawn on</source>
        <translation>등록 취소일</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="83"/>
        <source>Reason for withdrawal</source>
        <translation>등록 취소 사유</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="84"/>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="85"/>
        <source>Completed</source>
        <translation>수료 여부</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="86"/>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="87"/>
        <source>Decided on</source>
        <translation>결정 일시</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="88"/>
        <source>Decided by</source>
        <translation>결정한 사람</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="89"/>
        <source>Serial number</source>
        <translation>일련번호</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="90"/>
        <source>Issue date</source>
        <translation>발급일</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="91"/>
        <source>Languages</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="92"/>
        <source>Template</source>
        <translation>서식</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="93"/>
        <source>Verification code</source>
        <translation>확인 코드</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="94"/>
        <source>Signed content</source>
        <translation>서명된 내용</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="95"/>
        <source>Signature</source>
        <translation>서명</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="96"/>
        <source>Revoked on</source>
        <translation>무효화 일자</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="97"/>
        <source>Reason for revocation</source>
        <translation>무효화 사유</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="98"/>
        <source>Replaces</source>
        <translation>대체 대상</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="99"/>
        <source>Replaced by</source>
        <translation>대체한 수료증</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="100"/>
        <source>The whole entry</source>
        <translation>항목 전체</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="101"/>
        <source>The same as another entry</source>
        <translation>다른 항목과 같음</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="106"/>
        <source>Position</source>
        <translation>직위</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="107"/>
        <source>Mark</source>
        <translation>출결</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="112"/>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="113"/>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="116"/>
        <source>Deleted</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_names.py" line="117"/>
        <source>Kept</source>
        <translation>유지됨</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../ui/help_dialogs.py" line="58"/>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="60"/>
        <source>Open file</source>
        <translation>열린 파일</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="61"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="68"/>
        <source>Licence</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="73"/>
        <source>Participants, attendance and certificates of a training programme, kept in one file on this computer.</source>
        <translation>교육 프로그램의 참가자, 출석, 수료증을 이 컴퓨터의 파일 하나에 보관합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="89"/>
        <source>User guide (README)</source>
        <translation>사용 설명서 (README)</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="98"/>
        <source>About Course Manager</source>
        <translation>Course Manager 정보</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="109"/>
        <location filename="../../ui/help_dialogs.py" line="198"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="164"/>
        <source>Keyboard shortcuts</source>
        <translation>바로 가기 키</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="168"/>
        <source>Attendance grid</source>
        <translation>출석표</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="169"/>
        <source>its keys are listed under the grid</source>
        <translation>사용하는 키는 표 아래에 나와 있습니다</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="172"/>
        <source>Any dialog</source>
        <translation>모든 대화 상자</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="173"/>
        <source>Esc closes it (asking first when something was typed)</source>
        <translation>Esc로 닫습니다(입력한 내용이 있으면 먼저 묻습니다)</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="182"/>
        <source>Command</source>
        <translation>명령</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="183"/>
        <source>Keys</source>
        <translation>키</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="297"/>
        <source>&amp;File</source>
        <extracomment>The size the pages are laid out for; a screen with less room opens the window maximised. The share of a larger screen&apos;s free area a new window takes. Room kept for the title bar and frame the window manager adds around the window. A saved window smaller than this was left tiny: it opens afresh. How long a passing note (a count after loading, &quot;Opened …&quot;) stays in the status bar; a page&apos;s results stay there until the next message (and in the page&apos;s message bar).</extracomment>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="298"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="299"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="300"/>
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="314"/>
        <source>&amp;New…</source>
        <translation>새로 만들기(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316"/>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="318"/>
        <source>Open &amp;recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="324"/>
        <source>Open the &amp;demo</source>
        <translation>데모 열기(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="327"/>
        <source>&amp;Import participants…</source>
        <translation>참가자 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="332"/>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335"/>
        <location filename="../../ui/main_window.py" line="516"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="338"/>
        <location filename="../../ui/main_window.py" line="519"/>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="346"/>
        <source>&amp;Find</source>
        <translation>찾기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="348"/>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="516"/>
        <source>&amp;Undo %1</source>
        <translation>%1 실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="519"/>
        <source>&amp;Redo %1</source>
        <translation>%1 다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="546"/>
        <location filename="../../ui/main_window.py" line="630"/>
        <source>Course Manager</source>
        <translation>Course Manager</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="550"/>
        <source>%1 (read-only)</source>
        <translation>%1 (읽기 전용)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="565"/>
        <source>Opened %1 read-only: it can be viewed, changes cannot be saved</source>
        <translation>%1 파일을 읽기 전용으로 열었습니다. 볼 수는 있지만 변경 사항은 저장할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="570"/>
        <source>Opened %1</source>
        <translation>%1 파일을 열었습니다</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="589"/>
        <source>Opening the file…</source>
        <translation>파일을 여는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="636"/>
        <source>The newest sound backup is %1. Restore it? The damaged file is kept in the backups folder.</source>
        <translation>가장 최근의 정상 백업은 %1입니다. 복원할까요? 손상된 파일은 백업 폴더에 보관됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="640"/>
        <source>Restore the backup</source>
        <translation>백업 복원</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="646"/>
        <source>Restoring the backup…</source>
        <translation>백업을 복원하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="657"/>
        <source>New programme file</source>
        <translation>새 프로그램 파일</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="659"/>
        <location filename="../../ui/main_window.py" line="674"/>
        <source>Course Manager files (*.sqlite3 *.db);;All files (*)</source>
        <translation>Course Manager 파일 (*.sqlite3 *.db);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="672"/>
        <source>Open a programme file</source>
        <translation>프로그램 파일 열기</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="684"/>
        <source>Preparing the demo…</source>
        <translation>데모를 준비하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="362"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>바로 가기 키(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="366"/>
        <source>&amp;About Course Manager</source>
        <translation>Course Manager 정보(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../ui/pages/base.py" line="59"/>
        <source>Close this message</source>
        <extracomment>The looks of the message bar: (background, border, text) for each kind.</extracomment>
        <translation>이 메시지 닫기</translation>
    </message>
</context>
<context>
    <name>ModuleDialog</name>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="88"/>
        <source>Edit module</source>
        <translation>모듈 편집</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="88"/>
        <source>New module</source>
        <translation>새 모듈</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="95"/>
        <source>Required for completion</source>
        <translation>수료에 필수</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="100"/>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="106"/>
        <source>Title (English)</source>
        <translation>과정명(영어)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="107"/>
        <source>Title (Russian)</source>
        <translation>과정명(러시아어)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="108"/>
        <source>Title (Kazakh)</source>
        <translation>과정명(카자흐어)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="109"/>
        <source>Hours</source>
        <translation>시간</translation>
    </message>
</context>
<context>
    <name>NewCohortDialog</name>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="57"/>
        <source>New cohort</source>
        <translation>새 기수</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="60"/>
        <source>e.g. %1</source>
        <translation>예: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cohort_dialogs.py" line="66"/>
        <source>Cohort code</source>
        <translation>기수 코드</translation>
    </message>
</context>
<context>
    <name>NextStepBar</name>
    <message>
        <location filename="../../ui/welcome.py" line="118"/>
        <source>Step 1 of 4: this file has no programme yet. Start with the programme&apos;s code and names.</source>
        <translation>1/4단계: 이 파일에는 아직 프로그램이 없습니다. 프로그램 코드와 이름부터 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="121"/>
        <source>Enter the programme…</source>
        <translation>프로그램 입력…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="125"/>
        <source>Step 2 of 4: add the programme&apos;s modules (a code, a title and the hours of each).</source>
        <translation>2/4단계: 프로그램의 모듈을 추가하세요(모듈마다 코드, 과정명, 시간).</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="128"/>
        <source>Add modules…</source>
        <translation>모듈 추가…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="131"/>
        <source>Step 3 of 4: create the first cohort, the group that takes the modules.</source>
        <translation>3/4단계: 모듈을 수강할 그룹인 첫 기수를 만드세요.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="132"/>
        <source>Create the first cohort…</source>
        <translation>첫 기수 만들기…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="136"/>
        <source>Step 4 of 4: import the participants from a spreadsheet (or add them on the Participants page).</source>
        <translation>4/4단계: 스프레드시트에서 참가자를 가져오세요(또는 참가자 페이지에서 추가하세요).</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="139"/>
        <source>Import participants…</source>
        <translation>참가자 가져오기…</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../ui/operations.py" line="558"/>
        <source>Course Manager</source>
        <extracomment>How long quick work may take before a progress dialog appears (Anki uses 0.5 s too). Progress updates are sent to the UI at most this often. How often the open file is checked for what another program committed to it (the command line, another window), while a window of the app is active and the worker is idle. What :meth:`DbWorker.let_go` is given is freed once the worker has been idle this long (the window lays out and paints what a job brought right after it ends). the open file is read-only (a read-only folder or medium): viewing only called (main thread) with the DamagedFileError when work finds the open file damaged and its screen set no failure handler; the main window offers the newest backup why today&apos;s automatic backup of the open file could not be written (a Message) what :meth:`let_go` was given, waiting to be freed on the worker when the last operation finished (time.monotonic) the Changes last announced for what another program committed to the file (a page with unsaved edits is not reloaded under the user&apos;s hands for those) How many objects :func:`free_in_pieces` frees between two chances for another thread to run.</extracomment>
        <translation>Course Manager</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="569"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="584"/>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../ui/main_window.py" line="70"/>
        <source>Dashboard</source>
        <extracomment>Returns the translated title. Write it as ``lambda: QCoreApplication.translate(&quot;Pages&quot;, &quot;Title&quot;)`` so that lupdate finds the text. &quot;module:Class&quot;; the class is built as ``Class(db)``. A QStyle.StandardPixmap name (looked up after the first paint: start-up). The navigation, in order. Ctrl+1..9 follow this order.</extracomment>
        <translation>대시보드</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="76"/>
        <source>Cohorts</source>
        <translation>기수</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="82"/>
        <source>Participants</source>
        <translation>참가자</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>Attendance</source>
        <translation>출석</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>Certificates</source>
        <translation>수료증</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>Reports</source>
        <translation>보고서</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>Exchange</source>
        <translation>데이터 교환</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="39"/>
        <source>Edit participant</source>
        <translation>참가자 편집</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="39"/>
        <source>New participant</source>
        <translation>새 참가자</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="47"/>
        <source>two letters, e.g. KZ</source>
        <translation>두 글자, 예: KZ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="52"/>
        <source>unspecified</source>
        <translation>미기재</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="53"/>
        <source>female</source>
        <translation>여성</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="54"/>
        <source>male</source>
        <translation>남성</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="60"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="61"/>
        <source>Name (Latin)</source>
        <translation>이름(로마자)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="63"/>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="65"/>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="66"/>
        <source>Organisation</source>
        <translation>소속 기관</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="67"/>
        <source>Position</source>
        <translation>직위</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="68"/>
        <source>Gender</source>
        <translation>성별</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="69"/>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participant_form.py" line="70"/>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="173"/>
        <source>Name</source>
        <extracomment>Column -&gt; Participant field (and roster sort key). The Changes of this model&apos;s own last save (the page does not reload for them).</extracomment>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="174"/>
        <source>Name (Latin)</source>
        <translation>이름(로마자)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="175"/>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="176"/>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="177"/>
        <source>Organisation</source>
        <translation>소속 기관</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="178"/>
        <source>Position</source>
        <translation>직위</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="179"/>
        <source>Gender</source>
        <translation>성별</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="184"/>
        <source>female</source>
        <translation>여성</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="185"/>
        <source>male</source>
        <translation>남성</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_model.py" line="186"/>
        <source>unspecified</source>
        <translation>미기재</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../ui/pages/participants.py" line="50"/>
        <source>Search by name, e-mail, organisation, position or country (Ctrl+F)</source>
        <translation>이름, 이메일, 기관, 직위 또는 국가로 검색 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="53"/>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="54"/>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="55"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/participants.py" line="138"/>
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln명</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="216"/>
        <source>Name (Latin)</source>
        <translation>이름(로마자)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="217"/>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="218"/>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="219"/>
        <source>Organisation</source>
        <translation>소속 기관</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="220"/>
        <source>Position</source>
        <translation>직위</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="221"/>
        <source>Gender</source>
        <translation>성별</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="228"/>
        <source>Cohorts</source>
        <translation>기수</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="233"/>
        <source>enrolled</source>
        <translation>등록됨</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="233"/>
        <source>withdrawn</source>
        <translation>등록 취소됨</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="235"/>
        <source>%1 of %2 hours attended</source>
        <translation>%2시간 중 %1시간 출석</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="245"/>
        <source>Not enrolled in any cohort.</source>
        <translation>어느 기수에도 등록되어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="247"/>
        <source>Certificates</source>
        <translation>수료증</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="252"/>
        <source>valid</source>
        <translation>유효</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="252"/>
        <source>revoked or replaced</source>
        <translation>무효화 또는 대체됨</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="259"/>
        <source>No certificates yet.</source>
        <translation>아직 수료증이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="278"/>
        <source>Added %1</source>
        <translation>%1 님을 추가했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="317"/>
        <source>Delete participant</source>
        <translation>참가자 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="318"/>
        <source>Delete %1? People enrolled in a cohort are withdrawn instead.</source>
        <translation>%1 님을 삭제할까요? 기수에 등록된 사람은 삭제 대신 등록이 취소됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="82"/>
        <source>Select a participant to see their details, cohorts and certificates here. Double-click a row or press Edit… to change them.</source>
        <translation>참가자를 선택하면 여기에 세부 정보, 기수, 수료증이 표시됩니다. 변경하려면 행을 두 번 클릭하거나 [편집…]을 누르세요.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="105"/>
        <source>Clear the search</source>
        <translation>검색 지우기</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="196"/>
        <source>Nobody matches «%1».</source>
        <translation>«%1»에 해당하는 사람이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants.py" line="201"/>
        <source>No participants in this file yet. Import a list from a spreadsheet with %1 (%2), or press %3 to add people one at a time.</source>
        <translation>이 파일에는 아직 참가자가 없습니다. %1(%2)로 스프레드시트에서 명단을 가져오거나, %3 버튼을 눌러 한 명씩 추가하세요.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="75"/>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="75"/>
        <source>Russian</source>
        <translation>러시아어</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="75"/>
        <source>Kazakh</source>
        <translation>카자흐어</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="84"/>
        <source>This computer</source>
        <translation>이 컴퓨터</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="86"/>
        <source>Language of the app</source>
        <translation>앱 언어</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="92"/>
        <source>Names</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="94"/>
        <source>Programme code</source>
        <translation>프로그램 코드</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="97"/>
        <source>Programme (%1)</source>
        <translation>프로그램(%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="101"/>
        <source>Organisation (%1)</source>
        <translation>기관(%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="110"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="111"/>
        <source>Position (English)</source>
        <translation>직위(영어)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="112"/>
        <source>Position (Russian)</source>
        <translation>직위(러시아어)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="113"/>
        <source>Position (Kazakh)</source>
        <translation>직위(카자흐어)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="114"/>
        <source>Signature image</source>
        <translation>서명 이미지</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="125"/>
        <source>Choose signature image…</source>
        <translation>서명 이미지 선택…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="128"/>
        <source>Signatories and logos</source>
        <translation>서명자 및 로고</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="136"/>
        <location filename="../../ui/pages/settings.py" line="161"/>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="139"/>
        <source>Logo %1</source>
        <translation>로고 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="152"/>
        <source>Certificates</source>
        <translation>수료증</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="154"/>
        <source>Serial number pattern</source>
        <translation>일련번호 형식</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="155"/>
        <source>Default template</source>
        <translation>기본 서식</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="156"/>
        <source>Default languages</source>
        <translation>기본 언어</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="160"/>
        <source>none: the bundled fonts</source>
        <translation>없음: 내장 글꼴</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="166"/>
        <source>Own font files</source>
        <translation>사용자 글꼴 파일</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="172"/>
        <source>Open the file&apos;s folder</source>
        <translation>파일이 있는 폴더 열기</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="177"/>
        <source>Back up now</source>
        <translation>지금 백업</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="179"/>
        <source>Open the backups folder</source>
        <translation>백업 폴더 열기</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="181"/>
        <source>Data file and backups</source>
        <translation>데이터 파일 및 백업</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="187"/>
        <source>Backups of this file, newest first:</source>
        <translation>이 파일의 백업(최신순):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="189"/>
        <source>Restore the chosen backup…</source>
        <translation>선택한 백업 복원…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="204"/>
        <source>Save settings</source>
        <translation>설정 저장</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="275"/>
        <source>The programme code cannot be changed once the programme exists: certificate serial numbers are made from it.</source>
        <translation>프로그램을 만든 뒤에는 프로그램 코드를 바꿀 수 없습니다. 수료증 일련번호가 이 코드로 만들어집니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="327"/>
        <source>daily</source>
        <translation>매일</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="328"/>
        <source>made by hand</source>
        <translation>수동 백업</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="329"/>
        <source>before a restore</source>
        <translation>복원 전</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="330"/>
        <source>before an import</source>
        <translation>가져오기 전</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="331"/>
        <source>before an update of the file</source>
        <translation>파일 업데이트 전</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="332"/>
        <source>before issuing certificates</source>
        <translation>수료증 발급 전</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="339"/>
        <source>No backups yet.</source>
        <translation>아직 백업이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="395"/>
        <source>Settings saved</source>
        <translation>설정을 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="426"/>
        <source>The settings have changes that are not saved. Save them?</source>
        <translation>설정에 저장하지 않은 변경 사항이 있습니다. 저장할까요?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="444"/>
        <source>Choose an image</source>
        <translation>이미지 선택</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="446"/>
        <location filename="../../ui/pages/settings.py" line="465"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>이미지 (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="453"/>
        <source>Choose a font file</source>
        <translation>글꼴 파일 선택</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="453"/>
        <source>Fonts (*.ttf *.otf *.ttc)</source>
        <translation>글꼴 (*.ttf *.otf *.ttc)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="463"/>
        <source>Choose a signature image</source>
        <translation>서명 이미지 선택</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="487"/>
        <source>Backup saved: %1</source>
        <translation>백업을 저장했습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="490"/>
        <source>Backing up…</source>
        <translation>백업하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="501"/>
        <source>Restore a backup</source>
        <translation>백업 복원</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="503"/>
        <source>Replace the open file with the backup %1? The file as it is now is kept in the backups folder first.</source>
        <translation>열려 있는 파일을 백업 %1(으)로 바꿀까요? 현재 상태의 파일은 먼저 백업 폴더에 보관됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="520"/>
        <source>Restoring the backup…</source>
        <translation>백업을 복원하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="521"/>
        <source>Backup restored</source>
        <translation>백업을 복원했습니다</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../../ui/message_text.py" line="259"/>
        <source>Russian and English</source>
        <translation>러시아어 및 영어</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="260"/>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <location filename="../../ui/message_text.py" line="261"/>
        <source>Kazakh, Russian and English</source>
        <translation>카자흐어, 러시아어 및 영어</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../ui/welcome.py" line="23"/>
        <source>Welcome to Course Manager</source>
        <translation>Course Manager에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="27"/>
        <source>Course Manager keeps a training programme&apos;s participants, attendance and certificates in one file on this computer. Which file shall we use?</source>
        <translation>Course Manager는 교육 프로그램의 참가자, 출석, 수료증을 이 컴퓨터의 파일 하나에 보관합니다. 어떤 파일을 사용할까요?</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="34"/>
        <source>Create a new file…</source>
        <translation>새 파일 만들기…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="35"/>
        <source>Open an existing file…</source>
        <translation>기존 파일 열기…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="36"/>
        <source>Try the demo programme</source>
        <translation>데모 프로그램 사용해 보기</translation>
    </message>
</context>
</TS>
