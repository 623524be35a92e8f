"""Frivolous rows of several categories, frivolous for LACKING SUBSTANCE, not for their words.

Each frame has nothing an intake desk could act on: a header with no content, a test, an ad, a chain message,
a generic rant about a district or "the system", a one-line accusation with no place and no act. Some use
corruption or legal vocabulary (ส่วย, ทุจริต, ละเว้นการปฏิบัติหน้าที่, จ่ายแล้วจบ), most do not, and several name
a khet: a place alone, without a concrete act, is still nothing to check. Their credible twins (a soi plus an
act, the same vocabulary) live in real_legal.py and the other real_* files. The category is what the text is
about, however vaguely: a rant that officials never care is abuse_of_power, "they all take ส่วย" is bribery.
None attacks a named official (that would be malicious).
"""

from training.corpus.frames.base import Frame

FRAMES: list[Frame] = [
    # ------------------------------------------------------------------ headers, tests, ads, chains (other)
    Frame(
        id="other.frivolous.real_header_only",
        category="other",
        credibility="frivolous",
        voice="citizen who submits the form with only its first line filled",
        channels=("web_form", "line_chat"),
        text=("[เรื่องที่ต้องการแจ้ง|แจ้งเรื่อง|ขอแจ้งปัญหา|รายละเอียด|ร้องเรียน|ปัญหา:|เรื่อง|แจ้งปัญหา|แจ้งเหตุ][|.|..| -|:]"),
    ),
    Frame(
        id="other.frivolous.real_test_submission",
        category="other",
        credibility="frivolous",
        voice="someone trying the app out",
        channels=("web_form", "line_chat"),
        text=("[ทดสอบ|test|Test|ทดสอบระบบ|ลองแจ้งดู|เทสๆ|ทดลองใช้งาน|ลองส่งดูว่าเข้าไหม][ 123| 1 2 3|...| ทดสอบ|]"),
    ),
    Frame(
        id="other.frivolous.real_service_ad",
        category="other",
        credibility="frivolous",
        voice="small business posting an ad into the complaint channel",
        channels=("line_chat", "web_form"),
        text=(
            "[รับล้างท่อ ดูดส้วม ท่อตัน|รับซ่อมท่อประปารั่ว ปั๊มน้ำ|รับตัดต้นไม้ ตัดกิ่ง ขนย้ายเศษไม้|รับทำความสะอาดบ้าน คอนโด]"
            " [ทุกเขตในกรุงเทพ|ทั่วกรุงเทพและปริมณฑล|เขต{khet}และใกล้เคียง] "
            "[ราคากันเอง|บริการ 24 ชม.|ไม่พอใจยินดีคืนเงิน|ประเมินราคาฟรี] "
            "[โทร {phone}|สนใจแอดไลน์ {line_id}|ติดต่อ {phone} คุณ{name}]"
        ),
    ),
    Frame(
        id="other.frivolous.real_chain_fake_alert",
        category="other",
        credibility="frivolous",
        voice="forwarded chain message pasted into the complaint box",
        channels=("line_chat", "web_form"),
        text=(
            "[ด่วน!!|ข่าวด่วน|แจ้งเตือน!!!|ส่งต่อด่วน] "
            "[กทม.จะตัดน้ำประปาทั้งเมือง 3 วัน ให้รีบสำรองน้ำ|คืนนี้จะมีการพ่นยาทั่วกรุงเทพ ห้ามออกจากบ้าน|"
            "เดือนหน้าเขตจะเก็บค่าขยะหลังละ 500 บาท|พรุ่งนี้ทุกเขตปิดทำการ] "
            "[ส่งต่อให้คนที่คุณรัก|แชร์ด่วนก่อนถูกลบ|ส่งต่อ 10 กลุ่ม|ได้รับมาจากกลุ่มไลน์ครอบครัว]"
        ),
    ),
    Frame(
        id="other.frivolous.real_support_message",
        category="other",
        credibility="frivolous",
        voice="supporter of the governor writing into the complaint channel",
        channels=("line_chat", "web_form"),
        text=(
            "[ขอเป็นกำลังใจให้ท่านผู้ว่า|เป็นกำลังใจให้ทีมงานทุกคน|ชื่นชมท่านผู้ว่าและทีมงาน]"
            "[ สู้ๆ| ขอให้สุขภาพแข็งแรง| ติดตามผลงานตลอด| ทำงานหนักมาก]"
            "[ อยากให้อยู่ต่ออีกหลายสมัย|!!|]"
        ),
    ),
    Frame(
        id="other.frivolous.real_offtopic_question",
        category="other",
        credibility="frivolous",
        voice="user asking the platform something no agency handles",
        channels=("line_chat",),
        text=(
            "[หวยงวดนี้ออกอะไร|ร้านหมูกระทะแถว{khet}ร้านไหนอร่อย|ช่วยหาคู่ให้หน่อย|ผู้ว่าชอบกินอะไร|ใครรู้จักช่างตัดผมแถวนี้บ้าง]"
            "[?|??| 555|]"
        ),
    ),
    # ------------------------------------------------------------------ abuse_of_power: rants with no act
    Frame(
        id="abuse_of_power.frivolous.real_khet_never_cares",
        category="abuse_of_power",
        credibility="frivolous",
        voice="fed-up resident, one line about the whole district",
        channels=("web_form", "line_chat"),
        setting="city",
        text=(
            "[เขต{khet}|สำนักงานเขต{khet}|ผู้รับผิดชอบเขต{khet}|ทางเขต{khet}]"
            "[ไม่เคยสนใจประชาชนเลย|ไม่เคยสนใจประชาชนในเขตเลย|ไม่เคยทำอะไรให้ประชาชน|ทำงานไม่เป็น|แย่ที่สุดในกรุงเทพ|ไม่มีประสิทธิภาพ]"
            "[|!!|...| จริงๆ]"
        ),
    ),
    Frame(
        id="abuse_of_power.frivolous.real_one_line_157",
        category="abuse_of_power",
        credibility="frivolous",
        voice="one-line accusation in legal words, no place, no act",
        channels=("web_form", "line_chat"),
        setting="city",
        hard="frivolous_vocab",
        text=(
            "[เขต{khet}|ฝ่ายเทศกิจเขต{khet}|ผู้บริหารเขต{khet}|ฝ่ายโยธาเขต{khet}] "
            "[ละเว้นการปฏิบัติหน้าที่|ใช้อำนาจโดยมิชอบ|ละเว้นการปฏิบัติหน้าที่ ม.157|ปล่อยปละละเลย ทุจริตต่อหน้าที่]"
            "[|!!| ตรวจสอบด้วย| ดำเนินคดีด้วย]"
        ),
    ),
    Frame(
        id="abuse_of_power.frivolous.real_no_law_country",
        category="abuse_of_power",
        credibility="frivolous",
        voice="cynic writing about the country in general",
        channels=("line_chat", "web_form"),
        text=(
            "ประเทศนี้[ไม่มีกฎหมายหรอก|กฎหมายมีไว้ใช้กับคนจน|ไม่มีความยุติธรรม] "
            "[คนมีเส้นทำอะไรก็ได้|ใครมีเงินก็รอด|เจ้าหน้าที่ก็ช่วยแต่พวกคนรวย] "
            "[เบื่อ|สิ้นหวัง|แจ้งไปก็เท่านั้น|]"
        ),
    ),
    Frame(
        id="abuse_of_power.frivolous.real_long_rant_male",
        category="abuse_of_power",
        credibility="frivolous",
        voice="older man venting for a paragraph without one concrete matter",
        channels=("web_form", "line_chat"),
        setting="city",
        hard="frivolous_vocab",
        speaker="male",
        text=(
            "ผมอยู่กรุงเทพมา[สี่สิบ|สามสิบ|ห้าสิบ]ปี ไม่เคยเห็นเขตไหนทำงานจริงสักเขต "
            "[แจ้งอะไรไปก็เงียบ|แจ้งไปกี่เรื่องก็ไม่มีอะไรดีขึ้น|แจ้งไปทีไรก็ได้คำตอบเดิมๆ] "
            "<<[ข้าราชการสมัยนี้|เจ้าหน้าที่สมัยนี้]มีแต่ถ่ายรูปลงเฟซ "
            "##[ทุจริตทุกหน่วย|กินกันทุกระดับ|ละเว้นการปฏิบัติหน้าที่กันทั้งระบบ] "
            "##[ภาษีที่จ่ายไปไม่รู้ไปไหนหมด|เงินเดือนก็เอาจากภาษีประชาชน] >>"
            "[ขอให้ท่านผู้ว่าจัดการให้เด็ดขาด|ขอให้รื้อระบบใหม่ทั้งหมด|ไม่รู้จะแจ้งไปทำไม]ครับ"
        ),
    ),
    Frame(
        id="abuse_of_power.frivolous.real_why_nobody_does_anything",
        category="abuse_of_power",
        credibility="frivolous",
        voice="terse exasperated line with nothing attached",
        channels=("web_form", "line_chat"),
        setting="city",
        text=("[ทำไมไม่มีใครทำอะไรเลย|มีหน่วยงานไว้ทำไม|เจ้าหน้าที่หายไปไหนหมด|แจ้งไปก็ไม่ทำ][?|??|!!!|...]"),
    ),
    # ------------------------------------------------------------------ bribery: insinuation without anything to check
    Frame(
        id="bribery.frivolous.real_everyone_takes_suay",
        category="bribery",
        credibility="frivolous",
        voice="bystander repeating what everybody says, no place",
        channels=("line_chat", "web_form"),
        setting="city",
        hard="frivolous_vocab",
        text=(
            "[ตำรวจ|เทศกิจ|เจ้าหน้าที่เขต|ตำรวจจราจร][กรุงเทพ|ทุกเขต|บ้านเรา|สมัยนี้]"
            "[รับส่วยกันทั้งนั้น|รับส่วยทุกคน|กินส่วยกันเป็นเรื่องปกติ]"
            "[ ใครๆก็รู้| ไม่ต้องมาแกล้งทำเป็นไม่รู้| จ่ายแล้วจบทุกเรื่อง| อย่าให้พูด]"
        ),
    ),
    Frame(
        id="bribery.frivolous.real_pay_and_done_line",
        category="bribery",
        credibility="frivolous",
        voice="sarcastic one-liner with no place or act",
        channels=("line_chat", "web_form"),
        setting="city",
        hard="frivolous_vocab",
        text=(
            "[จ่ายแล้วจบ|เจอจ่ายจบ|มีเงินก็จบ|จ่ายครบก็อยู่ได้|จ่ายส่วยแล้วทำอะไรก็ได้]"
            "[?|??|...| ใช่ไหม|]"
            "[ ประเทศไทย| เมืองไทย| กรุงเทพ|]"
        ),
    ),
    Frame(
        id="bribery.frivolous.real_hearsay_around_here",
        category="bribery",
        credibility="frivolous",
        voice="hesitant hearsay with no place beyond 'around here'",
        channels=("line_chat", "phone_transcript"),
        speaker="female",
        text=(
            "[ได้ยินมาว่า|เขาพูดกันว่า|มีคนบอกว่า][เทศกิจ|ตำรวจ|เจ้าหน้าที่]แถวนี้รับส่วยค่ะ "
            "[ไม่รู้ว่าจริงไหม|ไม่แน่ใจนะคะ|ตัวเองไม่เคยเห็น] "
            "[ฝากตรวจสอบด้วยค่ะ|แค่อยากบอกไว้ค่ะ|]"
        ),
    ),
    # ------------------------------------------------------------------ procurement / embezzlement / COI vocabulary rants
    Frame(
        id="procurement.frivolous.real_every_project_kickback",
        category="procurement",
        credibility="frivolous",
        voice="commenter on city spending in general",
        channels=("line_chat", "web_form"),
        hard="frivolous_vocab",
        text=(
            "[ทุกโครงการ|โครงการของ กทม.|งานก่อสร้างทุกงาน]มีเงินทอน[หมด|ทั้งนั้น] "
            "[ทุจริตกันทั้งระบบ|ฮั้วกันทุกงาน|ล็อกสเปกกันหมด] "
            "[ถนนทำทุกปีพังทุกปี|ทำแล้วรื้อ รื้อแล้วทำ|ใกล้สิ้นปีงบทีไรขุดกันทั้งเมือง]"
            "[ ใช้ภาษีประชาชนทั้งนั้น| ภาษีเราทั้งนั้น|]"
        ),
    ),
    Frame(
        id="procurement.frivolous.real_why_dig_again",
        category="procurement",
        credibility="frivolous",
        voice="driver annoyed by roadworks in general, no place",
        channels=("line_chat", "web_form"),
        text=(
            "ทำไม[ถนน|ทางเท้า|ฟุตบาท]ต้องรื้อทำใหม่ทุกปี"
            "[ งบเหลือหรือไง| ใกล้สิ้นปีงบประมาณอีกแล้ว| ไม่เบื่อบ้างเหรอ]"
            "[ คงมีเงินทอน| สงสัยจัง|]"
        ),
    ),
    Frame(
        id="embezzlement.frivolous.real_tax_eaten",
        category="embezzlement",
        credibility="frivolous",
        voice="taxpayer venting",
        channels=("line_chat", "web_form"),
        hard="frivolous_vocab",
        text=(
            "จ่ายภาษีทุกปี[ ไม่เห็นได้อะไรกลับมา| โดนโกงกินหมด| ไม่รู้ไปอยู่ในกระเป๋าใคร] "
            "[ข้าราชการอ้วนพีกันหมด|ยักยอกกันเป็นว่าเล่น|เบียดบังกันทุกหน่วยงาน|]"
            "[!!|...|]"
        ),
    ),
    Frame(
        id="conflict_of_interest.frivolous.real_cronies_everywhere",
        category="conflict_of_interest",
        credibility="frivolous",
        voice="cynic about connections in government jobs",
        channels=("line_chat", "web_form"),
        hard="frivolous_vocab",
        text=(
            "[ข้าราชการ|หน่วยงานรัฐ|ราชการไทย]เอาแต่พวกพ้อง "
            "[ญาติใครก็ได้งาน|เด็กเส้นเต็มไปหมด|ผลประโยชน์ทับซ้อนทุกที่] "
            "[เป็นแบบนี้มาตลอด|ระบบอุปถัมภ์|ไม่มีวันเปลี่ยน]"
        ),
    ),
    # ------------------------------------------------------------------ misconduct: generic complaints about staff
    Frame(
        id="misconduct.frivolous.real_staff_lazy_generic",
        category="misconduct",
        credibility="frivolous",
        voice="general complaint about civil servants",
        channels=("line_chat", "web_form"),
        text=(
            "[เจ้าหน้าที่|ข้าราชการ|จนท.]"
            "[ทำงานช้า|ขี้เกียจ|ทำงานเช้าชามเย็นชาม|เล่นมือถือทั้งวัน] "
            "[กินเงินเดือนภาษีประชาชน|ไม่รู้จะจ้างไว้ทำไม|สบายกันจริงๆ]"
        ),
    ),
    Frame(
        id="misconduct.frivolous.real_header_staff_work",
        category="misconduct",
        credibility="frivolous",
        voice="title line about staff performance with no body",
        channels=("web_form",),
        setting="city",
        text=("[การทำงานของเจ้าหน้าที่เขต{khet}|การทำงานของเขต{khet}|พฤติกรรมเจ้าหน้าที่|ร้องเรียนเจ้าหน้าที่][|.| ..|  ]"),
    ),
    # ------------------------------------------------------------------ service_issue: requests no agency can act on
    Frame(
        id="service_issue.frivolous.real_make_bangkok_better",
        category="service_issue",
        credibility="frivolous",
        voice="wishful one-liner to the governor",
        channels=("line_chat", "web_form"),
        speaker="male",
        text=(
            "[อยากให้กรุงเทพน่าอยู่กว่านี้|ช่วยทำให้กรุงเทพดีขึ้นหน่อย|อยากให้กรุงเทพเหมือนญี่ปุ่น|"
            "ขอให้ท่านผู้ว่าแก้ทุกปัญหาเลย|อยากให้ทุกเขตสะอาดเหมือนสิงคโปร์][ครับ|นะครับ|]"
        ),
    ),
    Frame(
        id="service_issue.frivolous.real_traffic_everywhere",
        category="service_issue",
        credibility="frivolous",
        voice="commuter typing in a jam, no place",
        channels=("line_chat", "web_form"),
        setting="city",
        text=(
            "[รถติดมากๆ|รถติดมาก|รถติดทุกวัน|รถติดทั้งเมือง|ฝุ่นเยอะมาก หายใจไม่ออก|ร้อนมาก ต้นไม้ไม่มีเลย]"
            "[!!|...|]"
            "[ ทำอะไรสักอย่าง| เมื่อไหร่จะดีขึ้น| แก้ได้ไหม|]"
        ),
    ),
    Frame(
        id="service_issue.frivolous.real_see_photo_only",
        category="service_issue",
        credibility="frivolous",
        voice="ticket whose text only points at a photo",
        channels=("web_form", "line_chat"),
        text=("[ตามภาพ|ดูรูป|ตามรูปที่แนบ|ดูภาพด้านบน|ตามรูปเลย|ดูเอาเอง][|.|..|!!]"),
    ),
    Frame(
        id="misconduct.frivolous.real_rude_no_detail",
        category="misconduct",
        credibility="frivolous",
        voice="vague complaint about manners with no where, when or who",
        channels=("line_chat", "web_form"),
        text=(
            "[เจ้าหน้าที่|พนักงาน|จนท.][พูดจาไม่ดีมาก|ไม่สุภาพเลย|หน้าบึ้งใส่ประชาชนทุกครั้ง|บริการแย่มาก|พูดจาไม่ดี]"
            "[ ไม่ประทับใจ| ควรปรับปรุง| ไม่ไหวจริงๆ|]"
        ),
    ),
    Frame(
        id="other.frivolous.real_thanks_only_male",
        category="other",
        credibility="frivolous",
        voice="man replying 'thanks' on a closed ticket",
        channels=("line_chat", "web_form"),
        speaker="male",
        text=("[ขอบคุณครับ|ขอบคุณมากครับ|ขอบคุณที่มาแก้ไขให้ครับ|เรียบร้อยแล้วครับ ขอบคุณครับ|โอเคครับ][|!!| 🙏]"),
    ),
    Frame(
        id="embezzlement.frivolous.real_budget_where",
        category="embezzlement",
        credibility="frivolous",
        voice="vague question about where a district's budget went",
        channels=("line_chat", "web_form"),
        setting="city",
        text=(
            "[งบประมาณเขต{khet}ปีนี้|งบของเขต|งบที่ได้มา]เอาไปทำอะไรหมด"
            "[ ไม่เห็นมีอะไรดีขึ้น| สงสัยจริงๆ| ใครตอบได้บ้าง|]"
            "[?|??|]"
        ),
    ),
    Frame(
        id="service_issue.frivolous.real_whole_khet_broken",
        category="service_issue",
        credibility="frivolous",
        voice="resident listing problems of a whole district without one location",
        channels=("line_chat", "web_form"),
        setting="city",
        text=(
            "[เขต{khet}|แถว{khet}|ทั้งเขต{khet}]"
            "<<[ ถนนก็พัง| ถนนหลุมเต็มไปหมด]##[ ไฟก็ดับ| ไฟทางมืดทุกซอย]##[ ท่อก็ตัน| น้ำท่วมทุกที่]>>"
            "[ ไม่มีอะไรดีสักอย่าง| อยู่กันแบบนี้มาหลายปี| จะทำอะไรบ้างไหม]"
        ),
    ),
    Frame(
        id="abuse_of_power.frivolous.real_khet_compare",
        category="abuse_of_power",
        credibility="frivolous",
        voice="resident comparing two districts, nothing specific",
        channels=("line_chat", "web_form"),
        setting="city",
        text=(
            "เขต{khet}[สู้เขต{khet2}ไม่ได้เลย|ทำงานแย่กว่าเขต{khet2}เยอะ|ควรไปดูงานเขต{khet2}บ้าง] "
            "[เขตนั้นแจ้งอะไรก็มา|เขตนั้นเขายังทำได้]"
            "[ เขตนี้ไม่สนใจอะไรเลย| ที่นี่เงียบตลอด|]"
        ),
    ),
    Frame(
        id="abuse_of_power.frivolous.real_help_caps_no_content",
        category="abuse_of_power",
        credibility="frivolous",
        voice="alarmed message with no matter stated",
        channels=("line_chat", "web_form"),
        text=(
            "[ช่วยด้วย|ด่วนที่สุด|ช่วยหน่อย|ขอความช่วยเหลือด่วน][!!!|!!|]"
            "[ ไม่มีใครสนใจเลย| แจ้งที่ไหนก็ไม่มีใครทำ| เดือดร้อนมาก]"
            "[!!!|...|]"
        ),
    ),
    Frame(
        id="bribery.frivolous.real_khet_tesakit_surely",
        category="bribery",
        credibility="frivolous",
        voice="accusation against a whole district's enforcement staff with no vendor, spot or act",
        channels=("line_chat", "web_form"),
        setting="city",
        hard="frivolous_vocab",
        text=(
            "[เทศกิจเขต{khet}|ตำรวจแถวเขต{khet}|เจ้าหน้าที่เขต{khet}]"
            "[รับส่วยแน่นอน|ต้องได้ส่วยแน่ๆ|กินส่วยกันอิ่ม|ได้เงินใต้โต๊ะกันทุกคน]"
            "[ ดูก็รู้| ไม่ต้องสืบ| ไม่งั้นไม่ปล่อยแบบนี้|]"
        ),
    ),
    Frame(
        id="bribery.frivolous.real_joke_suay_rate",
        category="bribery",
        credibility="frivolous",
        voice="joker asking the going rate",
        channels=("line_chat",),
        text=(
            "[จ่ายส่วยเดือนละเท่าไหร่ถึงจะขายบนฟุตบาทได้|ต้องจ่ายเท่าไหร่ถึงจะจอดบนทางเท้าได้|เรทส่วยตอนนี้เท่าไหร่แล้ว]"
            "[ 555| 5555| ถามเล่นๆ|]"
        ),
    ),
    Frame(
        id="procurement.frivolous.real_never_finishes",
        category="procurement",
        credibility="frivolous",
        voice="commuter grumbling about construction in general",
        channels=("line_chat", "web_form"),
        text=(
            "[สร้างอะไรก็ไม่เคยเสร็จ|ก่อสร้างกันทั้งปีไม่เคยเสร็จ|ขุดทั้งเมือง] "
            "[ผู้รับเหมาโกงแน่ๆ|ฮั้วกันแน่นอน|งบคงโดนกินไปครึ่ง] "
            "[เบื่อ|รถติดทุกวัน|]"
        ),
    ),
    Frame(
        id="embezzlement.frivolous.real_where_money_from",
        category="embezzlement",
        credibility="frivolous",
        voice="suspicion about official wealth in general, no person or act",
        channels=("line_chat", "web_form"),
        text=(
            "[ข้าราชการเงินเดือนไม่กี่หมื่นแต่|เจ้าหน้าที่เงินเดือนน้อยแต่]"
            "[ขับรถหรูกันทุกคน|มีบ้านหลังใหญ่|ใส่ทองเต็มตัว] "
            "[เอาเงินมาจากไหน[?|??|]|คิดเอาเองละกัน|ไม่ต้องบอกก็รู้]"
        ),
    ),
    Frame(
        id="service_issue.frivolous.real_place_only",
        category="service_issue",
        credibility="frivolous",
        voice="ticket that gives a place and nothing else",
        channels=("web_form", "line_chat"),
        setting="city",
        text=(
            "[ซอย{bkk_road} [12|24|39|48|101]|ถ.{bkk_road}|หน้าเซเว่น ถนน{bkk_road}|ปากซอย{bkk_road} [7|18|55]|แยก{bkk_road}]"
            "[| เขต{khet}|.|...]"
        ),
    ),
    Frame(
        id="service_issue.frivolous.real_long_life_rant_female",
        category="service_issue",
        credibility="frivolous",
        voice="woman venting at length about Bangkok life, no single matter or place",
        channels=("web_form", "line_chat"),
        speaker="female",
        text=(
            "[สวัสดีค่ะ |]ดิฉันอยู่กรุงเทพมาตั้งแต่เกิด "
            "<<[รถติดทุกวัน ออกจากบ้านหกโมงเช้ายังไปทำงานสาย|รถติดจนไม่อยากออกจากบ้าน] "
            "##[หน้าฝนน้ำท่วมทุกปี|ฝนตกนิดเดียวก็ท่วม] "
            "##[ฝุ่นก็เยอะ อากาศก็ร้อน|หน้าหนาวก็มีแต่ฝุ่น] "
            "##[ค่าครองชีพก็แพงขึ้นทุกปี|ค่าเดินทางวันละเป็นร้อย] >>"
            "[ไม่รู้ว่าจะแจ้งใครดี|ไม่รู้ว่าหน่วยงานไหนรับผิดชอบ|ไม่รู้ว่าแจ้งไปจะมีใครอ่านไหม] "
            "[แค่อยากให้ทุกอย่างดีขึ้นค่ะ|อยากให้ผู้ใหญ่ช่วยทำให้ดีขึ้นหน่อยค่ะ|ฝากด้วยนะคะ]"
        ),
    ),
    Frame(
        id="abuse_of_power.frivolous.real_legal_template_no_facts",
        category="abuse_of_power",
        credibility="frivolous",
        voice="formal letter full of legal words with no who, where or what",
        channels=("letter", "web_form"),
        hard="frivolous_vocab",
        text=(
            "[เรียน ผู้ว่าราชการกรุงเทพมหานคร\n|เรียน ท่านผู้มีอำนาจ\n|เรื่อง ร้องเรียนการละเว้นการปฏิบัติหน้าที่\n]"
            "ด้วยผู้ร้องขอร้องเรียนการปฏิบัติหน้าที่ของ[เจ้าหน้าที่รัฐ|ข้าราชการกรุงเทพมหานคร|หน่วยงานของรัฐ]"
            "[ซึ่งละเว้นการปฏิบัติหน้าที่|ที่ใช้อำนาจโดยมิชอบ|ที่ส่อทุจริตต่อหน้าที่]"
            "[อย่างต่อเนื่อง|มาเป็นเวลานาน|อย่างร้ายแรง] "
            "[อันเป็นความผิดตามประมวลกฎหมายอาญา มาตรา 157|ซึ่งขัดต่อกฎหมายและระเบียบของทางราชการ] "
            "[สร้างความเสียหายแก่ประชาชนและประเทศชาติ|ทำให้ประชาชนไม่ได้รับความเป็นธรรม] "
            "[จึงเรียนมาเพื่อโปรดพิจารณาดำเนินการขั้นเด็ดขาด|ขอให้ดำเนินการตามกฎหมายโดยเร็ว|ขอให้ตรวจสอบทุกหน่วยงาน]"
        ),
    ),
    Frame(
        id="embezzlement.frivolous.real_big_budget_where",
        category="embezzlement",
        credibility="frivolous",
        voice="taxpayer quoting a city-wide budget figure with nothing to check",
        channels=("line_chat", "web_form"),
        hard="frivolous_vocab",
        text=(
            "[งบ กทม. ปีละ|งบกรุงเทพปีละ|งบประมาณทั้งเมือง]"
            "[แปดหมื่นล้าน|เกือบแสนล้าน|หลายหมื่นล้านบาท] "
            "[ไปไหนหมด|ถูกยักยอกไปเท่าไหร่|โดนโกงไปครึ่งนึงแน่ๆ] "
            "[ถนนก็ยังพัง น้ำก็ยังท่วม|ไม่เห็นอะไรดีขึ้นเลย|ชาวบ้านได้อะไรบ้าง]"
            "[?|!!|]"
        ),
    ),
]
