"""Discourse frames for the misconduct category (ผิดวินัยที่ไม่เกี่ยวกับเงิน)."""

from training.corpus.frames.base import Frame

FRAMES: list[Frame] = [
    # ------------------------------------------------------------------ credible
    Frame(
        id="misconduct.credible.parent_teacher_absent",
        category="misconduct",
        credibility="credible",
        voice="worried mother of a primary pupil, LINE",
        channels=("line_chat", "web_form"),
        text=(
            "ครู{name} ครูประจำชั้น ป.[2|4|6] {school} มาสอนอาทิตย์ละ[สองวัน|ไม่กี่วัน]ค่ะ วันที่ไม่มา เด็กๆ "
            "[นั่งเล่นกันเองทั้งวัน|ถูกปล่อยให้ไปนั่งในห้องสมุด] "
            "<<ลูกเล่าว่าครูอยู่บ้าน[ไลฟ์ขายเสื้อผ้า|ขายของออนไลน์] ##เดือน{month}ทั้งเดือนครูมาแค่[ห้าวัน|หกวัน] ลูกจดไว้ให้ค่ะ >>"
            "ผู้ปกครองไปบอก ผอ.แล้ว[ก็เงียบ|ผอ.บอกว่าจะดูให้ แต่ก็เหมือนเดิม] "
            "[รบกวนช่วยดูให้หน่อยนะคะ🙏|ลูกจะสอบแล้วค่ะ เป็นห่วงมาก]"
        ),
    ),
    Frame(
        id="misconduct.credible.drunk_checkpoint_officer",
        category="misconduct",
        credibility="credible",
        voice="motorcycle-taxi driver phoning the morning after",
        channels=("phone_transcript",),
        text=(
            "ฮัลโหล ครับ ผมขับวินครับ คือเมื่อคืน[{weekday}|] ประมาณ {time} ที่ด่านตรวจ{place} ของ สภ.{district} "
            "ตำรวจที่ตั้งด่านเขาเมาครับ กลิ่นเหล้าหึ่งเลย "
            "<<พูดจาอ้อแอ้ เดินก็เซ ##มีอีกคนนั่งหลับอยู่ในป้อม ขวดเบียร์วางอยู่ข้างโต๊ะ >>"
            "ผมโดนเรียกตรวจ เขาตะคอกใส่ผมแล้วก็[ปัดหมวกกันน็อกผมตก|ผลักไหล่ผม] "
            "[ป้ายชื่อเขียนว่า{name}|ผมจำป้ายชื่อได้ว่า{name}] "
            "เอ่อ ผมไม่ได้จะเอาเรื่องอะไรมากนะครับ แต่ตำรวจเมาแล้วตั้งด่านแบบนี้มันอันตราย "
            "[ช่วยไปดูหน่อยครับ|ฝากบอกหัวหน้าเขาด้วยครับ]"
        ),
    ),
    Frame(
        id="misconduct.credible.old_man_shouted_at_counter",
        category="misconduct",
        credibility="credible",
        voice="72-year-old man on the phone, hurt rather than angry",
        channels=("phone_transcript",),
        text=(
            "ฮัลโหล เอ่อ ลุงอายุเจ็ดสิบสองแล้วนะหลาน ลุงไป[ทำบัตรประชาชน|ขอคัดทะเบียนบ้าน]ที่อำเภอ{district} "
            "เมื่อวันที่ {date} เจ้าหน้าที่ที่[ช่องสอง|ช่องทำบัตร] [ชื่อ{name}|ป้ายชื่อเขียนว่า{name}] "
            "เขาตะคอกลุงว่า แก่แล้วหูหนวกหรือไง "
            "<<เขาโยนบัตรคิวใส่หน้าลุงด้วย ##คนที่ยืนต่อคิวอยู่ก็เห็นกันหลายคน >>"
            "ลุงก็ไม่ได้ทำอะไรผิดนะ ลุงแค่ถามซ้ำเพราะฟังไม่ชัด [ลุงเสียใจมาก|กลับบ้านมาลุงนอนไม่หลับเลย] "
            "[ลุงไม่ได้อยากให้เขาโดนไล่ออกหรอก |]แค่อยากให้เขาพูดกับคนแก่ดีๆ หน่อย"
        ),
    ),
    Frame(
        id="misconduct.credible.intern_harassed_by_mentor",
        category="misconduct",
        credibility="credible",
        voice="university intern, serious web form",
        channels=("web_form",),
        hard="two_category",
        text=(
            "เรื่อง: ถูกคุกคามทางเพศระหว่างฝึกงาน\n"
            "รายละเอียด: ดิฉันเป็นนักศึกษาฝึกงานที่{agency} ตั้งแต่เดือน{month} "
            "พี่เลี้ยงฝึกงานชื่อ{person} [ชอบจับไหล่ จับเอว|ชอบเข้ามายืนชิดและจับมือ]ดิฉันบ่อยครั้ง "
            "<<ส่งไลน์มาตอนดึกชวนไปกินข้าวสองต่อสอง บอกว่าถ้าไปจะให้คะแนนประเมินดีๆ "
            "##เมื่อวันที่ {date} เรียกดิฉันเข้าห้องคนเดียวแล้วปิดประตู >>"
            "ดิฉันเก็บภาพหน้าจอข้อความไว้ทั้งหมด[ และเพื่อนฝึกงานอีกคนก็เจอแบบเดียวกัน|] "
            "ตอนนี้ไม่กล้าไปฝึกงานแต่ก็กลัวไม่ผ่าน ขอให้ช่วยดำเนินการด้วยค่ะ[ ติดต่อกลับได้ที่ {email}|]"
        ),
    ),
    Frame(
        id="misconduct.credible.insider_card_game",
        category="misconduct",
        credibility="credible",
        voice="civil servant insider, anonymous web form",
        channels=("web_form",),
        text=(
            "เรื่อง: เล่นการพนันในเวลาราชการ\n"
            "ข้าราชการใน{agency} [สามสี่คน|กลุ่มหนึ่ง] นำโดย{official} ตั้งวงเล่นไพ่"
            "[ในห้องเก็บพัสดุ|ในห้องประชุมเล็กชั้นสอง]ทุกวันหลังพักเที่ยง "
            "[บางวันเล่นยันเลิกงาน|เล่นกันเป็นชั่วโมง] มีเงินวางกองบนโต๊ะ ประชาชนที่มาติดต่อต้องนั่งรอ "
            "[ล่าสุดวันที่ {date} ประมาณ {time}|เห็นล่าสุด{weekday}ที่ผ่านมา] "
            "ผมเป็นคนในหน่วยงาน ขอไม่เปิดเผยชื่อ"
        ),
    ),
    Frame(
        id="misconduct.credible.er_nurse_doctor_missing",
        category="misconduct",
        credibility="credible",
        voice="emergency-room nurse, long internal letter",
        channels=("letter",),
        text=(
            "เรียน ผู้อำนวยการ{hospital}\n"
            "เรื่อง รายงานแพทย์เวรไม่อยู่ปฏิบัติหน้าที่\n"
            "ด้วยดิฉัน พยาบาลวิชาชีพประจำงานอุบัติเหตุและฉุกเฉิน ขอรายงานเหตุการณ์ในเวรดึกคืนวันที่ {date} "
            "ซึ่งมี{person} เป็นแพทย์เวรตามตารางที่ประกาศ แต่แพทย์ไม่อยู่ประจำเวรและไม่รับโทรศัพท์ ดังนี้\n"
            "<<ระหว่างเวรมีผู้ป่วยอุบัติเหตุรถจักรยานยนต์เข้ามา {count} ราย "
            "พยาบาลโทรตามแพทย์เวรตั้งแต่เวลา {time} [รวมกว่าสิบครั้ง|หลายครั้ง] ไม่มีผู้รับสาย\n"
            "##ผู้ป่วยรายหนึ่งมีอาการบาดเจ็บที่ศีรษะ ต้องส่งต่อไปโรงพยาบาลจังหวัด{province}โดยไม่มีแพทย์ตรวจก่อน "
            "[ญาติผู้ป่วยไม่พอใจและต่อว่าเจ้าหน้าที่อย่างมาก|ญาติผู้ป่วยแจ้งว่าจะร้องเรียน]\n>>"
            "เมื่อเช้าวันต่อมา แพทย์ได้เข้ามาลงชื่อในสมุดเวรตามปกติ โดยไม่ได้ชี้แจงเหตุผล "
            "ดิฉันทราบจากผู้ร่วมงานว่าในคืนดังกล่าวแพทย์อยู่ที่คลินิกส่วนตัว[ในตัวอำเภอ|ริม{road}] "
            "กรณีนี้เกิดขึ้น[เป็นครั้งที่สามในเดือนนี้|หลายครั้งแล้วในไตรมาสนี้] "
            "ทุกครั้งพยาบาลต้องตัดสินใจแทนแพทย์ ซึ่งเกินขอบเขตวิชาชีพและเสี่ยงต่อชีวิตผู้ป่วย\n"
            "ดิฉันได้บันทึกเวลาโทรไว้ในสมุดรายงานเวรทุกครั้ง และพยาบาลร่วมเวรอีกสองท่านพร้อมให้ข้อมูล "
            "ดิฉันมิได้มีเจตนากล่าวโทษผู้ใด แต่เกรงว่าหากปล่อยไว้จะเกิดความสูญเสียต่อผู้ป่วย\n"
            "จึงเรียนมาเพื่อโปรดพิจารณา[ดำเนินการตามระเบียบ|]\n"
            "[ด้วยความเคารพ|ขอแสดงความนับถือ]"
        ),
    ),
    Frame(
        id="misconduct.credible.drunk_headman_chair",
        category="misconduct",
        credibility="credible",
        voice="furious villager on LINE after a village meeting",
        channels=("line_chat",),
        hard="credible_insult",
        text=(
            "ไอ้ผู้ใหญ่{name}ที่{village} มันขี้เมา😡😡 [เมื่อวานตอนประชุมหมู่บ้าน|เมื่อวันที่ {date} ตอนประชุมหมู่บ้าน]ที่ศาลากลางบ้าน "
            "มันเมามาประชุม "
            "<<ด่าแม่ลุง{name2}กลางที่ประชุม ##เอาเก้าอี้ฟาดหัวลุง{name2}จนเลือดออก"
            "[ ต้องพาไปเย็บห้าเข็มที่{hospital}|] >>"
            "คนเห็นเป็นสิบ [มีคลิปด้วย|ลูกบ้านถ่ายคลิปไว้] [ผู้ใหญ่บ้านประสาอะไร|เมาทุกวันไม่เคยทำงาน] "
            "ช่วยเอามันออกไปที"
        ),
    ),
    Frame(
        id="misconduct.credible.pe_teacher_caning",
        category="misconduct",
        credibility="credible",
        voice="mother of a lower-secondary boy, web form",
        channels=("web_form", "line_chat"),
        text=(
            "ลูกชายดิฉันเรียน ม.[1|2] ที่{school}ค่ะ เมื่อวันที่ {date} ครู{name} [ครูฝ่ายปกครอง|ครูพละ] "
            "ตีลูกด้วยไม้เรียวจนก้น[ห้อเลือด|เป็นแนวช้ำ] เพราะ[ผมยาวเกินระเบียบ|ลืมใส่เข็มขัด] "
            "<<ดิฉันพาลูกไปหาหมอที่{hospital} มีใบรับรองแพทย์ ##ลูกบอกว่าครูตีเพื่อนอีก[สองคน|สามคน]ในวันเดียวกัน >>"
            "ไปคุยกับ ผอ.แล้ว ผอ.บอกให้ครูขอโทษแล้วจบ ดิฉันคิดว่ายังไม่พอค่ะ "
            "[ทุกวันนี้เขาห้ามตีเด็กแล้วไม่ใช่เหรอคะ|อยากให้ดำเนินการตามระเบียบค่ะ]"
        ),
    ),
    Frame(
        id="misconduct.credible.clocks_in_runs_own_shop",
        category="misconduct",
        credibility="credible",
        voice="neighbour who drives past daily, web form",
        channels=("web_form", "line_chat"),
        hard="two_category",
        text=(
            "ขอแจ้งว่า{person} [นักวิชาการ|เจ้าพนักงานธุรการ] {agency} ลงเวลามาทำงานตอนเช้าแล้วก็ออกไปเปิดร้าน"
            "[ข้าวมันไก่|ซ่อมมือถือ]ของตัวเอง[ที่{place}|]ทุกวัน กลับมาอีกทีตอนสี่โมงเย็นเพื่อลงเวลากลับ "
            "<<บางวันให้เพื่อนลงชื่อแทน ##เดือน{month}ยังเบิกค่าทำงานล่วงเวลาด้วย >>"
            "[ผมถ่ายรูปไว้ได้หลายวัน|ผมขับผ่านร้านเห็นทุกวัน] "
            "ขอให้ตรวจสมุดลงเวลาเทียบกับกล้องวงจรปิด[ครับ|]"
        ),
    ),
    Frame(
        id="misconduct.credible.one_window_clerk_snaps",
        category="misconduct",
        credibility="credible",
        voice="office worker who waited hours at a service counter, web form",
        channels=("web_form", "line_chat"),
        hard="service_official",
        text=(
            "[ขอร้องเรียนค่ะ|แจ้งเรื่องค่ะ] ไปติดต่อ[ขอเอกสาร|ยื่นคำร้อง|ราชการ]ที่{agency} "
            "เมื่อวันที่ {date} คิวยาวมาก[ รอสองชั่วโมง| รอเกือบสามชั่วโมง] เพราะเปิดบริการแค่ช่องเดียว "
            "เจ้าหน้าที่ที่ช่อง[ ป้ายชื่อ{name}| ชื่อ{name}] นั่งเล่นโทรศัพท์[ดูคลิป|คุยไลน์]ไปด้วย "
            "พอมีคุณยายถามว่าอีกนานไหม เขาตวาดใส่ว่า[ไม่เห็นเหรอว่ายุ่ง|รอไม่ได้ก็กลับไป] "
            "[อยากให้หัวหน้าเขาตักเตือนค่ะ|คนทำงานบริการประชาชนไม่ควรพูดแบบนี้ค่ะ]"
        ),
    ),
    Frame(
        id="misconduct.credible.drunk_official_car_crash",
        category="misconduct",
        credibility="credible",
        voice="shop owner whose lamp post was hit, web form",
        channels=("web_form", "phone_transcript"),
        hard="two_category",
        text=(
            "[เมื่อคืนวันที่ {date}|คืน{weekday}ที่แล้ว] ประมาณ {time} รถยนต์ราชการของ{agency} ทะเบียน {plate} "
            "ชนเสาไฟหน้า[ร้านผม|บ้านผม]ที่{road} คนขับคือ{official} "
            "[ลงมาเดินเซ|ลงจากรถมาแทบยืนไม่อยู่] กลิ่นเหล้าแรงมาก "
            "<<ในรถมีขวดเหล้าตกอยู่ที่พื้น ##สักพักมีคนจากหน่วยงานมาลากรถไป ไม่มีตำรวจมาเลย >>"
            "[เสาไฟยังเอียงอยู่เลยครับ|ผมมีกล้องหน้าร้านบันทึกไว้] "
            "ขอให้ตรวจสอบว่าเอารถราชการมาขับตอนเมานอกเวลาแบบนี้ได้ยังไง"
        ),
    ),
    Frame(
        id="misconduct.credible.health_volunteer_clinic_closed",
        category="misconduct",
        credibility="credible",
        voice="village health volunteer (อสม.), LINE",
        channels=("line_chat", "phone_transcript"),
        hard="service_official",
        text=(
            "รพ.สต.{tambon}ปิดบ่อยมากค่ะ [วันพุธ|วันศุกร์บ่าย]ติดป้ายว่าไปประชุม แต่เห็นหัวหน้า{name}ไป"
            "[ตีกอล์ฟ|ตกปลาที่อ่างเก็บน้ำ] "
            "<<ชาวบ้านมารอรับยาความดันเบาหวานต้องกลับบ้านมือเปล่า ##เดือนที่แล้วปิด {count} วัน ป้าจดไว้ทุกวันค่ะ >>"
            "ป้าเป็น อสม.[มาสิบปี|] ไม่อยากเห็นคนแก่ลำบาก [ช่วยดูด้วยนะคะ|ฝากด้วยค่ะ 🙏]"
        ),
    ),
    Frame(
        id="misconduct.credible.temple_fair_brawl_letter",
        category="misconduct",
        credibility="credible",
        voice="temple committee secretary, formal letter",
        channels=("letter",),
        text=(
            "เรียน นายอำเภอ{district}\n"
            "ข้าพเจ้าในนามคณะกรรมการวัด[ประจำ{village}|] ขอแจ้งว่าในงานประจำปีของวัดเมื่อคืนวันที่ {date} "
            "{official}ได้ดื่มสุราจนมึนเมา[ขณะยังแต่งเครื่องแบบ|ทั้งที่มาในฐานะแขกผู้ใหญ่ของงาน] "
            "และได้ทะเลาะวิวาทกับนักดนตรีบนเวทีหมอลำจนเกิดความวุ่นวาย "
            "[งานต้องหยุดกลางคัน|ต้องเชิญตำรวจมาระงับเหตุ] "
            "<<มีชาวบ้านเห็นเหตุการณ์หลายร้อยคน ##ทางวัดมีภาพจากกล้องวงจรปิดบริเวณลานวัด >>"
            "ข้าพเจ้าเห็นว่าพฤติกรรมดังกล่าวไม่เหมาะสมกับผู้ดำรงตำแหน่งราชการ "
            "จึงเรียนมาเพื่อโปรดพิจารณา\n[ขอแสดงความนับถือ|ขอเจริญพร]"
        ),
    ),
    Frame(
        id="misconduct.credible.irrigation_man_at_cockfight",
        category="misconduct",
        credibility="credible",
        voice="rice farmer phoning about the water gate",
        channels=("phone_transcript",),
        text=(
            "เอ่อ ฮัลโหลครับ ผมทำนาอยู่ตำบล{tambon}ครับ คือเจ้าหน้าที่ชลประทานที่ดูแล[ประตูน้ำคลองซอยสาม|ประตูน้ำหน้าวัด] "
            "ชื่อ{name} เขาไม่เคยอยู่ที่จุดเลย [ตั้งแต่ปล่อยน้ำรอบนี้|เดือนนี้ทั้งเดือน] "
            "ชาวบ้านไปตามทีไรก็อยู่บ่อนไก่ชน[ท้ายหมู่บ้าน|ตรงข้ามตลาด] "
            "<<น้ำไม่ได้เปิดตามรอบ นาผมกับนาเพื่อนบ้านแห้ง[ไปสิบกว่าไร่|ไปหลายแปลง] "
            "##{weekday}ที่แล้วผมไปเจอเขาเองที่บ่อน ถือไก่อยู่เลยครับ >>"
            "แบบว่า เงินเดือนหลวงจ่ายให้มาเฝ้าน้ำ ไม่ใช่ให้มาเล่นไก่ [ฝากด้วยนะครับ|ผมยินดีพาไปดูครับ]"
        ),
    ),
    Frame(
        id="misconduct.credible.short_night_duty_teacher",
        category="misconduct",
        credibility="credible",
        voice="neighbour of the school, one line",
        channels=("line_chat",),
        text="เมื่อคืนครูเวร{school}[เมาหลับ|หลับ]ทั้งคืน[ค่ะ|ครับ]",
    ),
    Frame(
        id="misconduct.credible.short_booth_drinking",
        category="misconduct",
        credibility="credible",
        voice="angry resident, one-line LINE",
        channels=("line_chat",),
        hard="credible_insult",
        text="[ไอ้|]ตำรวจป้อม{place}ตั้งวงเหล้าทุกคืน [เวรกรรม|ชั่วจริงๆ]",
    ),
    Frame(
        id="misconduct.credible.retired_teacher_drunk_director",
        category="misconduct",
        credibility="credible",
        voice="retired teacher on the school board, long formal letter",
        channels=("letter",),
        text=(
            "เรียน ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษา{province}[ เขต 1| เขต 2|]\n"
            "เรื่อง ขอให้ตรวจสอบพฤติกรรมของผู้อำนวยการ{school}\n"
            "ด้วยข้าพเจ้า {person} ข้าราชการครูบำนาญ ซึ่งเคยรับราชการที่{school}[เป็นเวลากว่ายี่สิบปี|จนเกษียณอายุ] "
            "และปัจจุบันเป็นกรรมการสถานศึกษาขั้นพื้นฐาน ขอเรียนพฤติกรรมของ{person2} ผู้อำนวยการโรงเรียนคนปัจจุบัน "
            "ซึ่งข้าพเจ้าและคณะครูได้พบเห็นด้วยตนเอง ดังนี้\n"
            "<<ผู้อำนวยการมักดื่มสุราในห้องทำงานตั้งแต่ช่วงบ่าย[ โดยเฉพาะวันศุกร์| แทบทุกวันศุกร์] "
            "เมื่อวันที่ {date} ได้ดื่มจนมึนเมาและเดินเข้าไปในห้องเรียนชั้น ป.[5|6] ขณะมีการเรียนการสอน\n"
            "##ในการประชุมครูเมื่อต้นภาคเรียน ผู้อำนวยการใช้ถ้อยคำหยาบคายด่าทอครูท่านหนึ่ง"
            "[ต่อหน้าครูทั้งโรงเรียน|ต่อหน้านักเรียนที่มาส่งเอกสาร] จนครูท่านนั้นร้องไห้และขอย้ายในเวลาต่อมา\n"
            "##ในภาคเรียนนี้ผู้อำนวยการไม่มาปฏิบัติราชการโดยไม่ได้ลา[หลายวัน|ไม่น้อยกว่า {count} วัน] "
            "ครูต้องรับแขกและลงนามเอกสารแทนโดยไม่มีคำสั่งมอบหมาย\n>>"
            "ข้าพเจ้าได้เคยตักเตือนด้วยวาจาในฐานะผู้อาวุโสแล้ว แต่ไม่เป็นผล คณะครูหลายท่านยินดีให้ข้อมูลหากมีการสอบข้อเท็จจริง "
            "แต่ไม่กล้าร้องเรียนเองเนื่องจากเกรงผลกระทบต่อการประเมิน\n"
            "ข้าพเจ้ามิได้มีความขัดแย้งส่วนตัวกับผู้อำนวยการ หากแต่เป็นห่วงนักเรียนและชื่อเสียงของโรงเรียนที่ข้าพเจ้าผูกพันมาทั้งชีวิต\n"
            "จึงเรียนมาเพื่อโปรดพิจารณาดำเนินการตามที่เห็นสมควร\n"
            "ขอแสดงความนับถือ\n{person}\n[โทร {phone}|]"
        ),
    ),
    Frame(
        id="misconduct.credible.nurse_doctor_lewd_remarks",
        category="misconduct",
        credibility="credible",
        voice="staff nurse, web form",
        channels=("web_form", "letter"),
        text=(
            "ขอร้องเรียนแพทย์{person} ประจำ{hospital}ค่ะ ชอบพูดจาสองแง่สามง่ามกับพยาบาล[และน้องนักศึกษาพยาบาล|] "
            "<<เมื่อวันที่ {date} ระหว่างเวรบ่าย พูดต่อหน้าคนไข้ว่า[วันนี้ใส่ชุดชั้นในสีอะไร|ชุดวันนี้รัดดีนะ] "
            "##เคยส่งสติกเกอร์ลามกมาในไลน์กลุ่มงาน >>"
            "พยาบาลหลายคนไม่กล้าพูดเพราะเขาเป็นหมออาวุโส "
            "[ดิฉันเก็บแชทไว้ค่ะ|มีพยาบาลอีกสองคนยินดีเป็นพยานค่ะ] "
            "[ขอให้ดำเนินการทางวินัย|ไม่อยากให้เรื่องนี้เงียบไปอีก]"
        ),
    ),
    Frame(
        id="misconduct.credible.boss_online_football_betting",
        category="misconduct",
        credibility="credible",
        voice="junior officer mixing English into Thai, web form",
        channels=("web_form", "line_chat"),
        text=(
            "Hi ค่ะ หัวหน้าฝ่ายของดิฉันที่{agency} คือ{official} เล่นพนันบอลออนไลน์ในเวลางานทุกวันค่ะ "
            "เปิดเว็บ[บนคอมหลวงเลย|บนคอมของ office เลย] "
            "<<ช่วงมีบอล[พรีเมียร์ลีก|ยูโร]คือ meeting ก็ไม่เข้า ##เคยมายืมเงินน้องๆ ในทีมไปเล่น[ คนละ {amount_small}| หลายพัน] ยังไม่คืน >>"
            "[honestly ทีมทำงานลำบากมากค่ะ|งานค้างเต็มไปหมดค่ะ] มี screenshot ประวัติเว็บอยู่ "
            "[ขอ anonymous นะคะ|ขอไม่เปิดเผยชื่อค่ะ]"
        ),
    ),
    Frame(
        id="misconduct.credible.market_officer_drunk_kicks",
        category="misconduct",
        credibility="credible",
        voice="market vendor, angry LINE",
        channels=("line_chat",),
        hard="credible_insult",
        text=(
            "เทศกิจเทศบาลตำบล{tambon}ชื่อ{name} มาตรวจตลาดเย็น{weekday}ที่แล้ว เมาแอ๋มาเลย [ไอ้สารเลว|ไอ้คนถ่อย]😤 "
            "<<เตะตะกร้าผักป้าแผงข้างๆ กระจาย ##ด่าแม่ค้าว่า[พวกขอทาน|พวกไม่มีการศึกษา] >>"
            "ทุกคนในตลาดเห็น [มีคลิปในมือถือหลายคน|แม่ค้าถ่ายคลิปไว้] [คนแบบนี้ใส่เครื่องแบบได้ไง |]ช่วยจัดการมันด้วย"
        ),
    ),
    Frame(
        id="misconduct.credible.facebook_live_insults_flood_victims",
        category="misconduct",
        credibility="credible",
        voice="flood-affected villager, web form",
        channels=("web_form",),
        text=(
            "เรื่อง: [ปลัดอำเภอ|เจ้าหน้าที่อำเภอ]ไลฟ์ด่าชาวบ้าน\n"
            "รายละเอียด: เมื่อวันที่ {date} {official} ไลฟ์สดในเฟซบุ๊กส่วนตัว ขณะลงพื้นที่น้ำท่วมที่{village} "
            "พูดถึงชาวบ้านที่มาขอถุงยังชีพว่า[พวกขี้ขอ ไม่รู้จักช่วยตัวเอง|พวกนี้ได้เท่าไหร่ก็ไม่พอ] "
            "[และหัวเราะกับคนที่อยู่ในไลฟ์|แล้วพูดคำหยาบใส่กล้อง] "
            "[คลิปถูกลบไปแล้วแต่ผมบันทึกหน้าจอไว้|ชาวบ้านหลายคนอัดคลิปไว้ได้] "
            "[ขอให้ต้นสังกัดพิจารณาครับ|ชาวบ้านเสียความรู้สึกมากครับ]"
        ),
    ),
    Frame(
        id="misconduct.credible.school_trip_drunk_teacher_call",
        category="misconduct",
        credibility="credible",
        voice="father rambling on the phone after a school trip",
        channels=("phone_transcript",),
        text=(
            "ฮัลโหลครับ ครับ เอ่อ ผมเป็นผู้ปกครองนักเรียน{school}ครับ คือ... ผมขอเล่าตั้งแต่ต้นนะครับ "
            "โรงเรียนพาเด็ก ม.[2|3] ไปทัศนศึกษาที่ทะเล[ชะอำ|บางแสน] เมื่อวันที่ {date} ค้างคืนหนึ่งคืน "
            "ไปกันประมาณ[ห้าสิบ|หกสิบ]คน มีครูคุมไป {count} คน\n"
            "ทีนี้ตอนกลางคืน ครูสองคน คนหนึ่งชื่อครู{name} อีกคนผมไม่แน่ใจชื่อ เขาไปนั่งกินเหล้ากันที่ร้านริมหาด "
            "ตั้งแต่หัวค่ำจนดึก ปล่อยเด็กอยู่ที่ที่พักกันเอง แบบว่าไม่มีใครดูเลยครับ\n"
            "ลูกผมเล่าว่าเด็กผู้ชายกลุ่มหนึ่งแอบลงไปเล่นน้ำทะเลตอนสี่ทุ่ม มีคนหนึ่งโดนคลื่นซัด "
            "[เกือบจมน้ำ|ดีที่เพื่อนดึงขึ้นมาได้] แล้วตอนเด็กวิ่งไปตามครู ครู{name}ก็เมาจนพูดไม่รู้เรื่อง "
            "ยังตะคอกเด็กว่าอย่ามายุ่ง\n"
            "ผมไม่ได้โทรมาเพื่อจะเอาเรื่องใครให้ใหญ่โตนะครับ ผมก็รู้ว่าครูเหนื่อย แต่ว่ามันคือชีวิตเด็กนะครับ "
            "ถ้าวันนั้นเด็กจมน้ำไปคนหนึ่ง ใครจะรับผิดชอบ\n"
            "ผมไปคุยกับ ผอ.แล้วครับ ผอ.บอกว่าจะเรียกครูมาตักเตือน แต่ผ่านมาสองอาทิตย์แล้วเงียบ "
            "ครูก็ยังสอนตามปกติ ไม่มีใครมาอธิบายอะไรผู้ปกครองเลย "
            "[ผู้ปกครองในกลุ่มไลน์ห้องก็คุยกันเยอะ|ผู้ปกครองหลายคนก็ไม่พอใจ] แต่ไม่มีใครกล้าโทรมา ผมเลยโทรมาเองครับ\n"
            "เอ่อ เด็กที่ไปด้วยเขาจำได้ทุกคนครับ ถ้าเจ้าหน้าที่จะสอบถาม ผมพาลูกไปให้ข้อมูลได้ "
            "[เบอร์ผม {phone} ครับ|โทรกลับเบอร์นี้ได้เลยครับ] ขอบคุณครับ"
        ),
    ),
    Frame(
        id="misconduct.credible.soldier_checkpoint_groping",
        category="misconduct",
        credibility="credible",
        voice="young woman reporting by LINE the same night",
        channels=("line_chat", "web_form"),
        text=(
            "หนูขับรถผ่านจุดตรวจ{place}[ อำเภอ{district}|] เมื่อคืนประมาณ {time} ค่ะ เจ้าหน้าที่ที่จุดตรวจให้หนูลงจากรถ "
            "บอกว่าจะค้นตัว [แต่ไม่มีเจ้าหน้าที่ผู้หญิงเลย|ทั้งที่มีแต่ผู้ชาย] แล้วก็จับหน้าอกหนู "
            "<<หนูจำทะเบียนรถตัวเองกับเวลาได้ รถหนูทะเบียน {plate} ##มีกล้องหน้ารถบันทึกเสียงไว้ค่ะ >>"
            "[หนูกลัวมาก ไม่รู้จะไปแจ้งที่ไหน|หนูไม่กล้าไปโรงพักเพราะเขาก็พวกเดียวกัน] "
            "[ช่วยหนูด้วยค่ะ|ขอให้ตรวจสอบด้วยค่ะ]"
        ),
    ),
    # ------------------------------------------------------------------ frivolous
    Frame(
        id="misconduct.frivolous.all_civil_servants_lazy",
        category="misconduct",
        credibility="frivolous",
        voice="grumbling citizen, one line",
        channels=("line_chat",),
        text="ข้าราชการสมัยนี้ขี้เกียจ[ทุกคน|กันทั้งนั้น][แหละ|][ 😒|]",
    ),
    Frame(
        id="misconduct.frivolous.discipline_slogans_form",
        category="misconduct",
        credibility="frivolous",
        voice="web-form user pasting slogans",
        channels=("web_form",),
        hard="frivolous_vocab",
        text=(
            "เรื่อง: [ข้าราชการผิดวินัย|ร้องเรียนเจ้าหน้าที่รัฐ]\n"
            "รายละเอียด: ข้าราชการไทยไร้วินัย ไร้จรรยาบรรณ ประพฤติมิชอบ ละเว้นการปฏิบัติหน้าที่ ทุจริตต่อหน้าที่ "
            "[เช้าชามเย็นชาม|มาสายกลับเร็ว] กินเงินเดือนภาษีประชาชน[ไปวันๆ|] "
            "[ขอให้ลงโทษทางวินัยอย่างร้ายแรง|ขอให้ไล่ออกทั้งหมด]ทุกหน่วยงาน[ครับ|]"
        ),
    ),
    Frame(
        id="misconduct.frivolous.late_and_refused",
        category="misconduct",
        credibility="frivolous",
        voice="man who arrived after closing time and admits it",
        channels=("line_chat", "web_form"),
        text=(
            "ผมไปยื่นเอกสารที่{agency}ตอน[สี่โมงครึ่ง|สี่โมงสี่สิบ] เจ้าหน้าที่บอกว่าปิดรับแล้ว ให้มาใหม่พรุ่งนี้ "
            "ผมยอมรับว่ามาสายเอง[ เพราะรถติด|] แต่แค่ห้านาทีทำไมทำให้ไม่ได้ "
            "[ใจดำมาก|ไม่มีน้ำใจเลย] ข้าราชการแบบนี้ผิดวินัยไหมครับ"
        ),
    ),
    Frame(
        id="misconduct.frivolous.student_scolded_for_homework",
        category="misconduct",
        credibility="frivolous",
        voice="secondary student venting",
        channels=("line_chat", "web_form"),
        text=(
            "ครูหักคะแนนผมเพราะผมไม่ส่งงาน[สามชิ้น|ทั้งเทอม] ผมไม่ได้ส่งจริงแหละ "
            "แต่ครูดุผมต่อหน้าเพื่อนทั้งห้อง [อายมาก|เสียหน้ามาก] "
            "อยากร้องเรียนว่าครูไม่ให้เกียรตินักเรียน[ครับ|][ 🥲|]"
        ),
    ),
    Frame(
        id="misconduct.frivolous.too_handsome_joke",
        category="misconduct",
        credibility="frivolous",
        voice="teasing LINE message",
        channels=("line_chat",),
        text="ปลัดหล่อเกิน สาวๆ ไม่เป็นอันทำงาน ผิดวินัยมั้ยคะ 555[5|]",
    ),
    Frame(
        id="misconduct.frivolous.strict_teacher_question",
        category="misconduct",
        credibility="frivolous",
        voice="parent asking a vague one-line question",
        channels=("line_chat",),
        text="ครูที่โรงเรียนลูก[ดุมาก|ดุเกินไป] แบบนี้ผิดวินัยไหม[คะ|ครับ]",
    ),
    Frame(
        id="misconduct.frivolous.traffic_cop_sunglasses",
        category="misconduct",
        credibility="frivolous",
        voice="fussy retiree, polite web form",
        channels=("web_form", "letter"),
        text=(
            "[เรียนเจ้าหน้าที่|สวัสดีครับ] ผมเห็นตำรวจจราจรใส่แว่นกันแดดตอนโบกรถที่สี่แยก "
            "[ดูไม่สุภาพ|ดูเหมือนนักเลง] สมัยก่อนไม่มีใครทำแบบนี้ "
            "ควรออกระเบียบห้ามไหมครับ[ ด้วยความปรารถนาดี|]"
        ),
    ),
    Frame(
        id="misconduct.frivolous.tiktok_clip_nowhere",
        category="misconduct",
        credibility="frivolous",
        voice="social-media user forwarding a viral clip",
        channels=("line_chat",),
        text=(
            "เห็นคลิปใน[ติ๊กต็อก|เฟซ] ตำรวจนั่งหลับในป้อม[ไฟแดง|]แชร์กันเยอะมาก "
            "ไม่รู้ที่ไหนเหมือนกัน [คลิปก็หาไม่เจอแล้ว|ลิงก์หายไปแล้ว] [ช่วยจัดการหน่อย|น่าอายมาก] 🤦"
        ),
    ),
    Frame(
        id="misconduct.frivolous.neighbour_teacher_karaoke",
        category="misconduct",
        credibility="frivolous",
        voice="curious neighbour asking about off-duty behaviour",
        channels=("line_chat", "web_form"),
        text=(
            "อยากถามค่ะ ครูที่อยู่ข้างบ้านไปร้องคาราโอเกะ[ทุกวันเสาร์|เสาร์อาทิตย์] กลับบ้านดึก "
            "[ไม่ได้เมาอาละวาดอะไรนะคะ|ไม่ได้ทำอะไรใคร] แค่สงสัยว่าข้าราชการไปเที่ยวแบบนี้ผิดวินัยหรือเปล่าคะ"
        ),
    ),
    Frame(
        id="misconduct.frivolous.whole_province_drunks",
        category="misconduct",
        credibility="frivolous",
        voice="angry LINE rant, slogans only",
        channels=("line_chat",),
        hard="frivolous_vocab",
        text=(
            "ข้าราชการจังหวัด{province}[เมากันทั้งจังหวัด|ขี้เมาทุกคน] ผิดวินัยร้ายแรงกันหมด "
            "[มาสาย กลับก่อน เล่นไลน์ทั้งวัน|เล่นมือถือทั้งวัน ไม่ทำงาน] ประพฤติชั่ว ไม่มีจรรยาบรรณ "
            "[ไม่มีใครกล้าลงโทษหรอก|ร้องไปก็ไม่มีใครทำอะไร] 🤬"
        ),
    ),
    Frame(
        id="misconduct.frivolous.long_phone_rant_discipline",
        category="misconduct",
        credibility="frivolous",
        voice="elderly man calling the hotline to reminisce and complain in general",
        channels=("phone_transcript",),
        hard="frivolous_vocab",
        text=(
            "ฮัลโหล ครับ ครับ คือผมอยากร้องเรียนครับ เรื่องวินัยข้าราชการ ผมว่ามันตกต่ำมากเลยนะ "
            "สมัยผมรับราชการ [ผมเป็นเสมียนอำเภอมาสามสิบปี|ผมอยู่กรมการปกครองมาทั้งชีวิต] "
            "เจ็ดโมงครึ่งต้องถึงที่ทำงานแล้ว แต่งเครื่องแบบเรียบร้อย ไม่มีใครกล้าเล่นอะไร\n"
            "เดี๋ยวนี้ผมไปไหนก็เห็นแต่ก้มหน้าเล่นโทรศัพท์ พูดจากับชาวบ้านก็ไม่มีหางเสียง "
            "ผู้ใหญ่บางคนก็กินเหล้า บางคนก็เล่นการพนัน บางคนก็มีเมียน้อย ผิดวินัยกันทั้งนั้น "
            "ไม่มีจริยธรรม ไม่มีคุณธรรม ไม่มีความรับผิดชอบ ละเว้นหน้าที่กันเป็นว่าเล่น\n"
            "<<ผมว่าต้องกลับไปใช้ระบบแบบเก่า ผู้บังคับบัญชาต้องเข้มงวด ##ต้องอบรมคุณธรรมจริยธรรมกันใหม่หมด "
            "##ต้องมีการลงโทษให้เห็นเป็นตัวอย่าง >>"
            "เอ่อ ถามว่าที่ไหนเหรอครับ ก็ทุกที่แหละครับ ผมไม่ได้หมายถึงใครคนใดคนหนึ่ง "
            "ผมหมายถึงภาพรวม ผมดูข่าวทีวีทุกวันก็มีแต่เรื่องข้าราชการประพฤติมิชอบ "
            "[ตำรวจบ้าง ครูบ้าง ทหารบ้าง|ทั้งตำรวจ ทั้งครู ทั้งหมอ] ไม่มีใครเป็นแบบอย่างได้เลย\n"
            "ผมก็แก่แล้ว อยากเห็นบ้านเมืองดีขึ้นก่อนตาย [ลูกหลานจะได้มีที่พึ่ง |]"
            "คุณช่วยบันทึกไว้ด้วยนะครับว่ามีคนแก่คนหนึ่งโทรมาบอก ว่าต้องปฏิรูปวินัยข้าราชการทั้งประเทศ "
            "ไม่ต้องให้ผมไปเป็นพยานอะไรหรอกนะ ผมไม่ได้เห็นอะไรเฉพาะ ผมแค่อยากให้ฟัง ขอบคุณครับ"
        ),
    ),
    Frame(
        id="misconduct.frivolous.grumpy_faces_at_district",
        category="misconduct",
        credibility="frivolous",
        voice="woman annoyed by unsmiling staff",
        channels=("line_chat", "web_form"),
        text=(
            "เจ้าหน้าที่[ที่อำเภอ|ที่เทศบาล]หน้าบึ้ง[ทุกคน|กันทั้งห้อง] ไม่ยิ้มเลยค่ะ "
            "[เขาก็ทำงานให้นะ ไม่ได้ว่าอะไร|งานก็เสร็จปกติ] แต่บรรยากาศไม่น่ามา[ค่ะ|เลย][ 😑|]"
        ),
    ),
    Frame(
        id="misconduct.frivolous.suspects_gambling_cars",
        category="misconduct",
        credibility="frivolous",
        voice="suspicious villager, vague web form full of charges",
        channels=("web_form", "line_chat"),
        hard="frivolous_vocab",
        text=(
            "สงสัยว่าข้าราชการแถว[บ้าน|ตำบล]แอบตั้งบ่อนการพนัน [ผิดวินัยร้ายแรง|ประพฤติมิชอบ]แน่นอน "
            "เพราะ[ตอนกลางคืนมีรถมาจอดเยอะ|ได้ยินเสียงคนโหวกเหวกตอนดึก] "
            "ไม่รู้ว่าใคร ไม่รู้ว่าบ้านไหน [แต่ต้องมีข้าราชการเกี่ยวข้องแน่|เดาว่าน่าจะเป็นพวกข้าราชการ] "
            "ขอให้ไปกวาดล้างการทุจริตคอรัปชั่นให้หมด[ครับ|]"
        ),
    ),
    # ------------------------------------------------------------------ malicious
    Frame(
        id="misconduct.malicious.looks_slurs_clerk",
        category="misconduct",
        credibility="malicious",
        voice="customer insulting a clerk's appearance",
        channels=("line_chat", "web_form"),
        text=(
            "เจ้าหน้าที่ชื่อ{name}ที่{agency} หน้าตา[อัปลักษณ์|อย่างกับผี] [อ้วนฉุ|ตัวดำเหมือนถ่าน] "
            "นั่งอยู่ตรงนั้นคนมาติดต่อก็เบือนหน้าหนี "
            "[ไม่รู้สอบเข้ามาได้ยังไง|หน้าแบบนี้ไม่ควรมานั่งบริการประชาชน] [ย้ายไปอยู่หลังห้องเถอะ|เอาออกไปที]"
        ),
    ),
    Frame(
        id="misconduct.malicious.teacher_affair_gossip",
        category="misconduct",
        credibility="malicious",
        voice="gossiping parent targeting a teacher's private life",
        channels=("line_chat", "web_form"),
        hard="malicious_detail",
        text=(
            "ครู{name} {school} มีชู้กับ[ผอ.|ครูฝ่ายวิชาการ] ทั้งโรงเรียนรู้กันหมด "
            "<<เมื่อวันที่ {date} เห็นขับรถออกไปด้วยกันตอนเย็น[ ไปทางรีสอร์ทริม{road}|] "
            "##ครอบครัวของครู{name}ก็ไม่รู้เรื่องอะไรเลย น่าสงสาร >>"
            "คนแบบนี้[เป็นแม่พิมพ์ของชาติไม่ได้|ไม่ควรสอนลูกหลานเรา] [ขอให้ไล่ออกทั้งคู่|ย้ายไปให้พ้นๆ]"
        ),
    ),
    Frame(
        id="misconduct.malicious.short_threat",
        category="misconduct",
        credibility="malicious",
        voice="anonymous threat",
        channels=("line_chat",),
        text="ผู้กอง{name} ไม่ย้ายออกไป[เจอดีแน่|เจอกันแน่][ จำไว้|]",
    ),
    Frame(
        id="misconduct.malicious.chain_fire_policeman",
        category="misconduct",
        credibility="malicious",
        voice="copy-paste campaign against a named police officer",
        channels=("line_chat",),
        text=(
            "[‼️|🔴]ส่งต่อให้ถึง 100 คน ไล่ตำรวจ{name} สภ.{district} ออกจากราชการ!! "
            "[ตำรวจเลว ทำให้วงการเสื่อม|คนแบบนี้ไม่ควรใส่เครื่องแบบ] "
            "<<ใครเป็นคน{district}ต้องส่ง ##ส่งแล้วบอกต่อด้วย >>[🙏🙏|‼️]"
        ),
    ),
    Frame(
        id="misconduct.malicious.ex_wife_revenge",
        category="misconduct",
        credibility="malicious",
        voice="ex-wife wanting her former husband's career ruined",
        channels=("web_form", "line_chat"),
        hard="malicious_detail",
        text=(
            "ฉันเป็นเมียเก่าของ{person} [จ่าประจำ สภ.{district}|เจ้าหน้าที่{agency}] เลิกกันตั้งแต่ปี {year} "
            "<<ตอนอยู่ด้วยกันมันกินเหล้าทุกคืน[ นอนกรนเสียงดัง| ขี้เกียจไม่ช่วยงานบ้าน] "
            "##ตอนนี้มีเมียใหม่ [หน้าตาก็งั้นๆ|อายุคราวลูก] ขับรถไปรับไปส่งทุกวัน >>"
            "[ขอให้ไล่มันออกจากราชการ|ช่วยสอบวินัยมันทีเถอะ] "
            "[ให้มันไม่มีเงินเดือนไปเลี้ยงนังนั่น|ให้มันรู้ว่าทิ้งฉันแล้วจะเป็นยังไง]"
        ),
    ),
    Frame(
        id="misconduct.malicious.neighbour_sergeant_feud",
        category="misconduct",
        credibility="malicious",
        voice="neighbour in a parking feud dressing it up as misconduct",
        channels=("line_chat", "phone_transcript"),
        hard="malicious_detail",
        text=(
            "ดาบ{name}ที่อยู่ติดบ้านผมที่{village} เอารถทะเบียน {plate} มาจอดขวางหน้าบ้านผม[ทุกวัน|เกือบทุกเย็น] "
            "<<เมียมันก็ปากเสีย ลูกมันก็ร้องไห้เสียงดังทั้งคืน ##ตัวมันก็หน้าตาโหดเหมือนโจร >>"
            "ข้าราชการประพฤติตัวแบบนี้ไม่สมควรใส่เครื่องแบบ "
            "[ขอให้ย้ายมันไปอยู่ที่อื่น|ขอให้ไล่มันออกไปเลย][ ผมไม่อยากเห็นหน้ามันอีกแล้ว|]"
        ),
    ),
    Frame(
        id="misconduct.malicious.red_lipstick_petition",
        category="misconduct",
        credibility="malicious",
        voice="polite formal petition attacking a teacher's appearance and private life",
        channels=("letter",),
        text=(
            "เรียน ผู้อำนวยการ{school}\n"
            "ด้วยผู้ปกครองกลุ่มหนึ่งขอให้พิจารณาย้ายครู{name} เนื่องจาก[แต่งกายไม่เหมาะสม|มีบุคลิกไม่เหมาะกับความเป็นครู] "
            "ทาลิปสติกสีแดงสด [ใส่กระโปรงสั้น|ใส่เสื้อรัดรูป]มาสอน "
            "และ[มีผู้พบเห็นไปเที่ยวสถานบันเทิงในวันหยุด|โพสต์รูปเที่ยวทะเลลงเฟซบุ๊กบ่อยครั้ง] "
            "ซึ่งไม่เป็นแบบอย่างที่ดีแก่บุตรหลาน [แม้ยังไม่พบว่าบกพร่องในการสอน |]"
            "จึงเรียนมาเพื่อโปรดพิจารณาย้ายครูท่านนี้ออกจากโรงเรียนโดยเร็ว\n[ด้วยความเคารพ|ขอแสดงความนับถือ]"
        ),
    ),
    Frame(
        id="misconduct.malicious.failed_student_revenge",
        category="misconduct",
        credibility="malicious",
        voice="student who failed a course, revenge message",
        channels=("line_chat", "web_form"),
        hard="malicious_detail",
        text=(
            "ครู{name} วิชา[คณิต|ภาษาอังกฤษ|วิทย์] {school} ให้ผมติด 0 [เทอมนี้|ปีนี้] "
            "<<มันขี้เมา[ ได้ยินรุ่นพี่เล่ามา|] ##หน้ามันก็กวนตีน พูดจาก็เสียงแหลมน่ารำคาญ >>"
            "ผมจะทำให้มันโดนไล่ออกให้ได้ [จะร้องเรียนทุกที่เลย|ร้องเรียนจนกว่ามันจะออก] "
            "[รอดูไว้|ไม่เชื่อคอยดู]"
        ),
    ),
    Frame(
        id="misconduct.malicious.coordinated_complaints_against_boss",
        category="misconduct",
        credibility="malicious",
        voice="staff member organising a complaint campaign in a LINE group",
        channels=("line_chat",),
        text=(
            "[ทุกคนในกลุ่ม|เพื่อนๆ ทุกคน] ช่วยกันส่งเรื่องร้องเรียนหัวหน้า{name}คนละเรื่องนะ "
            "[จะเรื่องอะไรก็ได้|เขียนอะไรก็ได้ มาสาย พูดไม่เพราะ อะไรก็ว่าไป] "
            "<<ส่งเยอะๆ ให้มันโดนตั้งกรรมการสอบวินัย ##ใครไม่ส่งถือว่าเป็นพวกมัน >>"
            "[ปีนี้ต้องเอามันออกให้ได้|มันจะได้ไม่ได้ขั้น] 😏"
        ),
    ),
    Frame(
        id="misconduct.malicious.family_photos_threat",
        category="misconduct",
        credibility="malicious",
        voice="aggrieved resident threatening to shame an official's family",
        channels=("line_chat", "web_form"),
        text=(
            "ถ้าหน่วยงานไม่จัดการ{official} [ภายในอาทิตย์นี้|ภายในเดือนนี้] "
            "ฉันจะเอารูป[ลูกเมียมัน|ครอบครัวมัน]ไปโพสต์ประจานทุกกลุ่มเฟซในอำเภอ{district} "
            "[ให้คนทั้งอำเภอรู้ว่าตระกูลมันเป็นยังไง|ให้ลูกมันไปโรงเรียนไม่ได้] [ไม่ได้ขู่นะ|พูดจริงทำจริง]"
        ),
    ),
    Frame(
        id="misconduct.malicious.visited_office_looks_attack",
        category="misconduct",
        credibility="malicious",
        voice="man who met an official once and attacks his looks, formal-ish",
        channels=("web_form", "letter"),
        hard="malicious_detail",
        text=(
            "เมื่อวันที่ {date} ผมไปติดต่อ[ราชการ|เรื่องเอกสาร]ที่{agency} ได้พบกับ{official} "
            "[งานผมเสร็จเรียบร้อยดี|เรื่องของผมก็จบไม่มีปัญหา] แต่ขอร้องเรียนว่าบุคคลนี้[หน้าตาไม่รับแขก|สีหน้าไม่น่าไว้ใจ] "
            "<<ท่าทางเหมือนพวกติดยา[ ผอมแห้งแรงน้อย|] ##ผมเชื่อว่าที่บ้านคงไม่มีใครเอา >>"
            "คนแบบนี้ไม่ควรรับราชการ [ขอให้ไล่ออก|ขอให้ตรวจฉี่และปลดออก][ครับ|]"
        ),
    ),
    Frame(
        id="misconduct.malicious.short_slur",
        category="misconduct",
        credibility="malicious",
        voice="one-line slur",
        channels=("line_chat",),
        text="ปลัด{name}[หน้าตัวเมีย|ไอ้ขี้ขลาด] ไล่มันออกไป[!!|]",
    ),
    Frame(
        id="misconduct.malicious.long_call_headman_grudge",
        category="misconduct",
        credibility="malicious",
        voice="middle-aged woman in a land feud with the headman, long phone call",
        channels=("phone_transcript",),
        hard="malicious_detail",
        text=(
            "ฮัลโหล ค่ะ ใช่ค่ะ ฉันอยู่{village} ค่ะ โทรมาร้องเรียนผู้ใหญ่{name}ค่ะ "
            "คือเรื่องมันยาวนะคะ ฉันกับบ้านมันมีเรื่องกันมาตั้งแต่สมัยพ่อแม่ เรื่องแนวเขตที่ดินติดกัน "
            "[มันไปรังวัดแล้วรั้วมันกินที่ฉันเข้ามาเกือบวา|พ่อมันเคยย้ายหลักเขตที่ดิน] ฉันไม่เคยลืมหรอกค่ะ\n"
            "ทีนี้พอมันได้เป็นผู้ใหญ่บ้าน มันก็ยิ่งกร่าง เดินผ่านหน้าบ้านฉันก็ไม่มอง "
            "<<เมียมันก็ไปนินทาฉันในตลาดว่าฉันเป็นหม้าย ##ลูกชายมันก็ขี่มอเตอร์ไซค์ท่อดังผ่านบ้านฉันทุกคืน "
            "##ตัวมันเองก็กินเหล้าที่บ้าน ตะโกนร้องเพลงเสียงดังจนฉันนอนไม่หลับ >>"
            "ใช่ค่ะ มันกินที่บ้านมันเองแหละ ไม่ได้ไปกินที่ไหน แต่ผู้ใหญ่บ้านทำแบบนี้ได้เหรอคะ "
            "แล้วมันก็มีเมียน้อยอยู่ในเมืองด้วยนะ ฉันได้ยินมาจากคนขายหวย "
            "หน้าตามันก็ไม่ได้ดีอะไร ไม่รู้ผู้หญิงไปชอบอะไร\n"
            "เมื่อวันที่ {date} ที่มีประชุมหมู่บ้าน ฉันก็ไปนะคะ มันไม่ได้ทำอะไรผิดหรอกในที่ประชุม "
            "แต่มันมองหน้าฉันแบบดูถูก ฉันรู้ว่ามันคิดอะไรอยู่\n"
            "ฉันไม่สนหรอกว่าจะต้องสอบอะไร ฉันขอให้ปลดมันออกจากผู้ใหญ่บ้านอย่างเดียวค่ะ "
            "[ให้มันรู้บ้างว่าไม่มีตำแหน่งแล้วจะเป็นยังไง|ให้มันหมดอำนาจ] "
            "ถ้าที่นี่ไม่ทำ ฉันจะไปร้องที่อำเภอ ที่จังหวัด ร้องทุกที่จนกว่ามันจะหลุด "
            "[เบอร์ฉัน {phone} ค่ะ|จดชื่อฉันไว้เลยค่ะ ฉันไม่กลัว]"
        ),
    ),
]
