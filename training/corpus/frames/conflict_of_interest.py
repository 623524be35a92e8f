"""Discourse frames for the conflict_of_interest category (ผลประโยชน์ทับซ้อน)."""

from training.corpus.frames.base import Frame

FRAMES: list[Frame] = [
    # ------------------------------------------------------------------ credible
    Frame(
        id="conflict_of_interest.credible.losing_bidder_wife_partnership",
        category="conflict_of_interest",
        credibility="credible",
        voice="managing partner of a small construction firm who lost a bid, long formal letter",
        channels=("letter", "web_form"),
        hard="two_category",
        text=(
            "[เรียน|กราบเรียน] [ผู้ว่าราชการจังหวัด{province}|ผู้อำนวยการสำนักงาน ป.ป.ช. ประจำจังหวัด{province}"
            "|ท่านผู้มีอำนาจพิจารณา]\n"
            "[เรื่อง ขอให้ตรวจสอบการมีส่วนได้เสียในการจัดซื้อจัดจ้างของ{agency}\n|]"
            "ด้วยข้าพเจ้า {person} [เจ้าของ|ผู้บริหาร]{company} ซึ่งประกอบกิจการรับเหมาก่อสร้างในอำเภอ{district}"
            "มากว่า[สิบปี|ยี่สิบปี] ขอเรียนว่า เมื่อวันที่ {date} {agency}ได้ประกาศผลการประกวดราคา{project} "
            "วงเงินงบประมาณ {amount_big} ผู้ชนะคือ{company2} "
            "[ซึ่งเป็นที่ทราบกันทั่วไปในพื้นที่|ซึ่งชาวบ้านในตำบล{tambon}ทราบกันดี]ว่ามีคู่สมรสของ{official}เป็น[หุ้นส่วนใหญ่|ผู้มีอำนาจลงนาม] "
            "[โดย{company2}จดทะเบียนหลังจาก{official}เข้ารับตำแหน่งได้เพียงไม่กี่เดือน"
            "|และเพิ่งจดทะเบียนเปลี่ยนแปลงหุ้นส่วนก่อนวันยื่นข้อเสนอไม่นาน]\n"
            "<<ข้าพเจ้าได้ขอคัดหนังสือรับรองนิติบุคคลของ{company2}แล้ว พบชื่อคู่สมรสของ{official}ปรากฏอยู่จริง"
            "[ และที่ตั้งสำนักงานตามหนังสือรับรองก็เป็นบ้านเลขที่เดียวกับบ้านพักของ{official}|]\n"
            "##นอกจากนี้ ในรอบสองปีที่ผ่านมา{company2}ได้งานจาก{agency}แล้วไม่น้อยกว่า {count} โครงการ "
            "[โดยแทบไม่มีคู่แข่ง|ขณะที่ผู้รับเหมารายอื่นมักถูกตัดสิทธิ์ด้วยเหตุผลทางเอกสาร]\n"
            "##ในการประกวดราคาครั้งนี้ ข้าพเจ้าเสนอราคาต่ำกว่าผู้ชนะ แต่ถูกตัดสิทธิ์ด้วยเหตุว่า"
            "[เอกสารแสดงผลงานไม่ครบถ้วน|หลักประกันการเสนอราคาไม่ถูกต้อง] ทั้งที่ข้าพเจ้ายื่นครบตามประกาศทุกรายการ\n>>"
            "ข้าพเจ้าเห็นว่ากรณีนี้เข้าข่ายการมีส่วนได้เสียซึ่งเจ้าหน้าที่ของรัฐต้องห้าม"
            "[ ทั้งยังขัดต่อหลักการจัดซื้อจัดจ้างที่เปิดเผยและเป็นธรรม|] "
            "[พร้อมนี้ได้แนบสำเนาหนังสือรับรองนิติบุคคลและสำเนาประกาศผู้ชนะการเสนอราคา {doc_no} มาด้วย"
            "|ข้าพเจ้ายินดีส่งเอกสารประกอบเพิ่มเติมหากได้รับการติดต่อ]"
            "[ ติดต่อข้าพเจ้าได้ที่หมายเลข {phone}|]\n"
            "[จึงเรียนมาเพื่อโปรดพิจารณาดำเนินการตรวจสอบ|จึงเรียนมาเพื่อโปรดพิจารณา]\n"
            "[ขอแสดงความนับถือ|ด้วยความเคารพอย่างสูง]\n{person}"
        ),
    ),
    Frame(
        id="conflict_of_interest.credible.nephew_hired_line",
        category="conflict_of_interest",
        credibility="credible",
        voice="young villager messaging the agency's LINE account",
        channels=("line_chat", "web_form"),
        text=(
            "[สวัสดีครับ|แจ้งเรื่องครับ|ขอแจ้งหน่อยครับ] {agency}เพิ่งรับลูกจ้างใหม่"
            "[ตำแหน่งผู้ช่วยเจ้าพนักงานธุรการ|ตำแหน่งพนักงานขับรถ|ตำแหน่งคนงานทั่วไป] "
            "คนที่ได้คือ{person}ซึ่งเป็นหลานแท้ๆของ{official} "
            "<<ประกาศรับสมัครติดบอร์ดแค่[สองวัน|วันเดียว]แล้วก็เก็บ ##เพื่อนผมไปขอใบสมัครเขาบอกว่าปิดรับแล้ว >>"
            "[เห็นเริ่มทำงานตั้งแต่วันที่ {date}|มาเริ่มงานตั้งแต่ต้นเดือน{month}] "
            "[แบบนี้ได้เหรอครับ|ช่วยตรวจสอบให้หน่อยครับ 🙏|ฝากดูให้ด้วยนะครับ]"
        ),
    ),
    Frame(
        id="conflict_of_interest.credible.land_officer_family_plot",
        category="conflict_of_interest",
        credibility="credible",
        voice="neighbouring landholder, terse web form",
        channels=("web_form",),
        text=(
            "เรื่อง: เจ้าหน้าที่[รังวัด|ที่ดิน]พิจารณาออกโฉนดให้ญาติตัวเอง\n"
            "รายละเอียด: {person} เจ้าพนักงานที่ดินประจำสำนักงานที่ดินจังหวัด{province}[ สาขา{district}|] "
            "เป็นผู้[ตรวจสอบและลงนาม|พิจารณาและเสนอความเห็น]ในการออกโฉนดที่ดินแปลงที่{village} ตำบล{tambon} "
            "ซึ่งผู้ยื่นคำขอคือ{person2} [พี่น้องแท้ๆ|ญาติสนิท|ลูกพี่ลูกน้อง]ของ{person}เอง [เมื่อวันที่ {date}|เมื่อเดือน{month} {year}] "
            "[ที่ดินแปลงนี้เดิมเป็นที่สาธารณประโยชน์ที่ชาวบ้านใช้เลี้ยงวัว"
            "|ที่ดินแปลงนี้ติดที่สาธารณะ และเนื้อที่ในโฉนดมากกว่าที่ครอบครองจริงเกือบสองไร่] "
            "[ไม่มีการขอถอนตัวจากการพิจารณาแต่อย่างใด|เจ้าหน้าที่ไม่ได้แจ้งส่วนได้เสียหรือให้คนอื่นพิจารณาแทน]\n"
            "[ผู้แจ้ง: {name} โทร {phone}|ติดต่อกลับ: {email}|]"
        ),
    ),
    Frame(
        id="conflict_of_interest.credible.headman_fertilizer_shop",
        category="conflict_of_interest",
        credibility="credible",
        voice="middle-aged rice farmer phoning the complaint centre",
        channels=("phone_transcript",),
        text=(
            "ฮัลโหล ครับ เอ่อ ผมโทรมาแจ้งเรื่องผู้ใหญ่บ้านที่{village} ครับ คือ ผู้ใหญ่{name}เขาเปิดร้านขายปุ๋ยขายยาอยู่ที่บ้านเขาเอง "
            "แล้วทีนี้ โครงการ[ปุ๋ยสั่งตัด|สนับสนุนปัจจัยการผลิต|ฟื้นฟูอาชีพเกษตรกร]ที่หมู่บ้านได้งบมา {amount_big} เนี่ย "
            "เขาให้ซื้อปุ๋ยจากร้านเขาหมดเลย กระสอบละแพงกว่าร้านในตลาดตั้ง[สองร้อย|ร้อยห้าสิบ]บาท "
            "<<ชาวบ้านไม่ได้เลือกเองเลยนะครับ เขาเอามากองไว้ที่ศาลากลางบ้านแล้วให้มาเซ็นรับ ##"
            "ใบเสร็จก็ออกในนามร้านของเขาเองนั่นแหละ >>"
            "เอ่อ คนรู้กันหลายคน[นะ|] แต่ไม่มีใครกล้าพูด [เพราะเขาเป็นผู้ใหญ่|กลัวปีหน้าเขาไม่ให้รายชื่อเข้าโครงการ] "
            "[ก็เลยโทรมานี่แหละครับ|ฝากตรวจสอบให้ด้วยนะครับ][ เบอร์ผม {phone}|]"
        ),
    ),
    Frame(
        id="conflict_of_interest.credible.school_lunch_director_wife",
        category="conflict_of_interest",
        credibility="credible",
        voice="mother of a primary-school pupil, LINE message",
        channels=("line_chat", "web_form"),
        text=(
            "[แม่ของนักเรียน|ผู้ปกครอง]ชั้น ป.[3|4|5] {school}ค่ะ อยากแจ้งว่าโครงการอาหารกลางวันของโรงเรียน "
            "ผอ.ให้[ภรรยา|น้องสาว]ตัวเองเป็นคนรับทำ[ทั้งหมด|มาตั้งแต่เทอมที่แล้ว] "
            "ได้งบหัวละยี่สิบกว่าบาทแต่เด็กได้[ข้าวกับไข่ต้มครึ่งฟอง|แกงจืดน้ำใสๆ กับข้าว]เกือบทุกวัน "
            "<<ลูกถ่ายรูปถาดข้าวมาให้ดูหลายวัน เก็บรูปไว้หมดค่ะ ##ผู้ปกครองหลายคนไปถามครูประจำชั้น ครูบอกว่าเป็นเรื่องของ ผอ. >>"
            "[ไม่ได้อยากให้ใครเดือดร้อนนะคะ แต่สงสารเด็ก|อยากให้มีคนมาดูของจริงค่ะ][ 🙏|]"
        ),
    ),
    Frame(
        id="conflict_of_interest.credible.towing_yard_inspector_brother",
        category="conflict_of_interest",
        credibility="credible",
        voice="motorcycle-taxi driver, casual LINE",
        channels=("line_chat",),
        text=(
            "พี่ครับ ผมขับวินอยู่{place} อยากแจ้งว่ารถที่โดนยกไปสภ.{district}ทุกคัน ต้องใช้รถยกของอู่{name}"
            "[เท่านั้น|อู่เดียว] ซึ่งเป็น[น้องชาย|พี่เขย]ของสารวัตรจราจรที่นั่น "
            "โดนค่ายก[คันละ|ทีละ] {amount_small} [ไม่มีใบเสร็จ|ได้ใบเสร็จเขียนมือ] ไม่ยอมให้เรียกรถยกเจ้าอื่นเลย "
            "[เพื่อนผมโดนเมื่อ{weekday}ที่แล้ว|ผมโดนเองเมื่อวันที่ {date}][ ทะเบียน {plate}|] "
            "[ช่วยดูหน่อยครับ|แบบนี้มันทับซ้อนมั้ยครับพี่]"
        ),
    ),
    Frame(
        id="conflict_of_interest.credible.nurse_supplies_husband_company",
        category="conflict_of_interest",
        credibility="credible",
        voice="registered nurse, anonymous formal complaint",
        channels=("letter", "web_form"),
        text=(
            "[เรียนท่านผู้ตรวจสอบ|เรียน เจ้าหน้าที่ผู้รับเรื่องร้องเรียน]\n"
            "ดิฉันเป็นพยาบาลวิชาชีพใน{hospital} [ขอไม่เปิดเผยชื่อ|ขอสงวนชื่อไว้ก่อน]เนื่องจากเกรงผลกระทบต่อการทำงาน\n"
            "ตั้งแต่ปีงบประมาณ {year} {hospital}จัดซื้อวัสดุการแพทย์ [เช่น ถุงมือ สายให้น้ำเกลือ ผ้าก๊อซ|ประเภทเวชภัณฑ์มิใช่ยา]"
            "จาก{company}เกือบทั้งหมด ซึ่งเป็นของครอบครัว{person} หัวหน้างานพัสดุ [โดยคู่สมรสเป็นผู้มีอำนาจลงนาม|โดยมีพี่น้องของ{person}เป็นผู้ถือหุ้น]\n"
            "<<ราคาที่ซื้อสูงกว่าที่เคยซื้อจากบริษัทเดิมประมาณ[ร้อยละ 20|ร้อยละ 30][ ยอดรวมเฉพาะปีที่แล้วราว {amount_big}|]\n"
            "##หัวหน้างานพัสดุเป็นทั้งผู้กำหนดรายการ ผู้ขอใบเสนอราคา และกรรมการตรวจรับเองด้วย\n>>"
            "ดิฉันเห็นใบส่งของและใบตรวจรับด้วยตนเอง "
            "[หากมีการตรวจสอบสามารถเรียกดูได้จากแฟ้มงานพัสดุค่ะ|หวังว่าจะมีการตรวจสอบอย่างจริงจังค่ะ]"
        ),
    ),
    Frame(
        id="conflict_of_interest.credible.inspection_committee_relative",
        category="conflict_of_interest",
        credibility="credible",
        voice="civil servant insider at the local authority, web form",
        channels=("web_form", "letter"),
        hard="two_category",
        text=(
            "เรื่อง: กรรมการตรวจรับงานเป็นญาติผู้รับจ้าง\n"
            "ผมเป็นพนักงานใน{agency}[ ขอไม่ระบุตำแหน่ง|] {project} ({contract_no}) ผู้รับจ้างคือ{company} "
            "เจ้าของคือ{person} แต่คำสั่งแต่งตั้งคณะกรรมการตรวจรับพัสดุ ({doc_no}) กลับมี{person2}เป็นประธาน "
            "ซึ่งเป็น[พี่น้องท้องเดียวกัน|ญาติสนิท|ลูกพี่ลูกน้อง]ของ{person} "
            "<<กรรมการตรวจรับงวดสุดท้ายไปเมื่อวันที่ {date} ทั้งที่[ผิวถนนแตกแล้วหลายจุด|ยังมีงานค้างตามแบบอีกหลายรายการ] "
            "##ผมเคยทักในที่ประชุมแล้วแต่หัวหน้าบอกว่าไม่ผิดระเบียบ >>"
            "[ขอให้ตรวจสอบคำสั่งแต่งตั้งกรรมการชุดนี้ด้วยครับ|คำสั่งแต่งตั้งดูได้จากระบบสารบรรณของหน่วยงานครับ]"
        ),
    ),
    Frame(
        id="conflict_of_interest.credible.furious_mayor_son_hardware",
        category="conflict_of_interest",
        credibility="credible",
        voice="angry hardware-shop rival on LINE, swearing but precise",
        channels=("line_chat",),
        hard="credible_insult",
        text=(
            "[ไอ้นายก{name}|นายก{name}]นี่มันหน้าด้านจริงๆ😡 ของก่อสร้างทุกอย่างของ อบต.{tambon} หิน ทราย ปูน "
            "ซื้อร้าน{name2}วัสดุ ร้านลูกชายมันหมด "
            "<<เดือน{month}ที่ผ่านมาเบิกค่าหินคลุกไป {amount_big} ##ซื้อแพงกว่าร้านอื่นในตำบล[เป็นเท่าตัว|คิวละเกือบร้อย] "
            "##ใบสั่งซื้อทุกใบมันเซ็นอนุมัติเองทั้งนั้น >>"
            "[ตรวจไปเลย ไม่ต้องเกรงใจมัน|คนทั้งตำบลรู้ แค่ไม่มีใครกล้า][ เอกสารผมมีครบ|]"
        ),
    ),
    Frame(
        id="conflict_of_interest.credible.temple_member_land_purchase",
        category="conflict_of_interest",
        credibility="credible",
        voice="elderly temple committee member, dictated complaint",
        channels=("phone_transcript", "letter"),
        hard="two_category",
        text=(
            "[เรียนเจ้าหน้าที่|สวัสดีครับ] ผมเป็นกรรมการวัดอยู่ที่{village}[ อายุหกสิบกว่าแล้ว|] "
            "ขอแจ้งเรื่อง อบต.{tambon} ซื้อที่ดิน[ทำบ่อขยะ|ทำตลาดชุมชน|ทำลานกีฬา]เมื่อวันที่ {date} ราคา {amount_big} "
            "ที่แปลงนี้เป็นของ{person} ซึ่งเป็น[ญาติฝ่ายภรรยา|ลูกพี่ลูกน้อง|น้องแท้ๆ]ของนายก{name} "
            "<<ที่ตรงนั้นเป็นที่ลุ่ม น้ำท่วมทุกปี [ชาวบ้านซื้อขายกันไร่ละไม่กี่หมื่น|ราคาตลาดไม่ถึงครึ่ง] "
            "##{person}เพิ่งซื้อต่อจากชาวบ้านมาก่อนหน้านั้นไม่กี่เดือน >>"
            "ตอนประชุมสภาก็ไม่มีใครบอกว่าเป็นญาติกัน "
            "[ชาวบ้านที่ขายที่ให้{person}ยินดีเป็นพยานครับ|ผมมีสำเนาสัญญาซื้อขายครั้งแรกอยู่ครับ]"
        ),
    ),
    Frame(
        id="conflict_of_interest.credible.short_wife_company_rude",
        category="conflict_of_interest",
        credibility="credible",
        voice="irritated villager, one-line LINE",
        channels=("line_chat",),
        hard="credible_insult",
        text="[ไอ้|]นายก{name}ให้[บริษัทเมีย|ร้านเมีย]รับงาน อบต.{tambon}อีกแล้ว[😡|]",
    ),
    Frame(
        id="conflict_of_interest.credible.short_director_daughter",
        category="conflict_of_interest",
        credibility="credible",
        voice="teacher at the school, brief LINE",
        channels=("line_chat", "web_form"),
        text="ผอ.{school}เอาลูกมาเป็นครูอัตราจ้าง[ค่ะ|ครับ]",
    ),
    Frame(
        id="conflict_of_interest.credible.van_rental_director_husband",
        category="conflict_of_interest",
        credibility="credible",
        voice="admin officer mixing English into Thai, web form",
        channels=("web_form", "line_chat"),
        text=(
            "Hi ครับ ขอแจ้งเรื่อง conflict of interest ใน{agency}ครับ ตอนนี้[หน่วยงาน|office]เช่ารถตู้[รายเดือน|แบบเหมาปี]"
            "จาก{company} เดือนละ {amount} ซึ่ง owner จริงๆ คือแฟนของ ผอ.{name} "
            "[แต่ใช้ชื่อ{person}เป็นกรรมการแทน|แต่จดทะเบียนในชื่อญาติ] "
            "<<ต่อสัญญาทุกปีแบบ[เฉพาะเจาะจง|ไม่มีเทียบราคา] ล่าสุดคือ{contract_no} ##ผมทำงาน admin อยู่ เห็น invoice ทุกเดือน >>"
            "[ถ้าต้องการ detail เพิ่มติดต่อ {email} ได้ครับ|ขอไม่เปิดเผยตัวตนนะครับ]"
        ),
    ),
    Frame(
        id="conflict_of_interest.credible.village_volunteer_bp_monitors",
        category="conflict_of_interest",
        credibility="credible",
        voice="village health volunteer (อสม.) in her fifties, phone call",
        channels=("phone_transcript",),
        text=(
            "ฮัลโหลค่ะ ป้าเป็น อสม. อยู่{village} ค่ะ คือ... เรื่องมันเป็นอย่างนี้ค่ะ "
            "ที่รพ.สต.{tambon}เขาซื้อเครื่องวัดความดันแจก อสม. [ยี่สิบเครื่อง|สามสิบเครื่อง] "
            "ซื้อจากร้านของน้องสาว[ผอ.รพ.สต.|หัวหน้าอนามัย]เอง ตกเครื่องละเกือบสามพัน "
            "แต่ป้าให้หลานเปิดดูในมือถือ ยี่ห้อเดียวกันขายพันกว่าบาทเองค่ะ "
            "<<แล้วใช้ได้ไม่ถึงเดือนก็เสีย[ไปหลายเครื่อง|ไปห้าหกเครื่อง] ##ป้าถามแล้ว เขาบอกว่าจัดซื้อถูกระเบียบ >>"
            "เอ่อ ป้าก็ไม่รู้ว่าผิดไหม แต่ร้านพี่น้องกันเองแบบนี้ [ไม่น่าจะถูก|ป้าว่ามันไม่ถูก]ค่ะ[ เบอร์ป้า {phone} นะคะ|]"
        ),
    ),
    Frame(
        id="conflict_of_interest.credible.grandmother_kamnan_pond",
        category="conflict_of_interest",
        credibility="credible",
        voice="grandmother dictating a rambling phone call, grandson dialled",
        channels=("phone_transcript",),
        text=(
            "ฮัลโหล ฮัลโหล ได้ยินไหมลูก เออ ยายโทรมาจาก{village} ตำบล{tambon} อำเภอ{district}นะ "
            "ยายให้หลานกดเบอร์ให้ ยายอยากแจ้งเรื่องกำนัน{name}น่ะลูก\n"
            "เรื่องมันก็นานแล้วแหละ แต่ยายทนไม่ไหว คือ... ตอนปีที่แล้ว ทางอำเภอเขามีโครงการขุดสระน้ำ[ให้หมู่บ้าน|แก้ภัยแล้ง] "
            "ชาวบ้านก็นึกว่าจะขุดที่สาธารณะหลังวัด แต่ที่ไหนได้ ไปขุดในที่นาของกำนันเองลูกเอ๊ย "
            "[ที่นาติดถนนนั่นน่ะ|ที่นาแปลงที่ติดคลอง] ขุดเสร็จเขาก็ล้อมรั้ว เลี้ยงปลาขายเอง ชาวบ้านจะไปสูบน้ำก็ไม่ได้\n"
            "<<แล้วก็อีกเรื่องนะลูก ลูกจ้างที่ อบต. ที่เขาจ้างไปเก็บขยะ ไปทำถนน เป็นลูกเขยเป็นหลานกำนันหมดเลย "
            "[สามสี่คน|ตั้งสี่ห้าคน] คนอื่นสมัครไม่ได้หรอก\n"
            "##แล้วตอนทำถนนเข้าหมู่บ้าน ก็ซื้อหินซื้อทรายจากร้านลูกชายกำนัน "
            "ยายเห็นรถขนของไปลงหน้าร้านเขา[ทุกวัน|ทุกเช้า]\n>>"
            "ยายไม่ได้อยากให้เขาเดือดร้อนหรอกนะลูก ยายก็รู้จักเขามาแต่เด็ก แต่มันไม่ถูก ของหลวงมันต้องเป็นของทุกคน "
            "เออ สระน้ำนี่เขาขุดเดือน{month}ปีที่แล้ว ป้ายโครงการก็ยังปักอยู่ [ป้ายเขียนว่างบ {amount_big} |]ลูกไปดูได้เลย\n"
            "แล้วจะมีคนมาดูให้ไหมลูก ยายไม่อยากให้ใครรู้ว่ายายโทรมานะ "
            "[เบอร์นี้เบอร์หลานยาย {phone}|ถ้าจะถามอะไรก็โทรมาเบอร์นี้ได้] เออ ขอบใจนะลูก"
        ),
    ),
    Frame(
        id="conflict_of_interest.credible.retired_teacher_training_firm",
        category="conflict_of_interest",
        credibility="credible",
        voice="retired schoolteacher, careful formal letter",
        channels=("letter",),
        text=(
            "เรียน ผู้อำนวยการสำนักงาน ป.ป.ช. ประจำจังหวัด{province}\n"
            "ด้วยข้าพเจ้า {person} ข้าราชการครูบำนาญ[ อดีตครู{school}|] ขอร้องเรียนกรณี{agency}"
            "จัดโครงการอบรม[พัฒนาครูประจำปี|หลักสูตรการสอนภาษาอังกฤษ] เมื่อวันที่ {date} "
            "โดยจ้าง{company}เป็นผู้ดำเนินการ วงเงิน {amount_big} "
            "ทั้งที่บริษัทดังกล่าวมี{person2} [บุตร|คู่สมรส]ของผู้บริหาร{agency} เป็นกรรมการผู้มีอำนาจลงนาม\n"
            "<<ข้าพเจ้าได้ตรวจสอบข้อมูลนิติบุคคลทางอินเทอร์เน็ต พบว่าบริษัทจดทะเบียนก่อนการอบรมเพียง[สองเดือน|ไม่กี่สัปดาห์]\n"
            "##ครูที่เข้ารับการอบรมหลายท่านแจ้งข้าพเจ้าว่า[วิทยากรเปิดคลิปวิดีโอให้ดูเกือบทั้งวัน"
            "|วิทยากรส่วนใหญ่เป็นบุคลากรของ{agency}เอง]\n>>"
            "ข้าพเจ้าเห็นว่า[เป็นการกระทำที่มีผลประโยชน์ทับซ้อนอย่างชัดเจน"
            "|ผู้บริหารควรเปิดเผยส่วนได้เสียและไม่เข้าไปเกี่ยวข้องกับการจัดจ้างครั้งนี้] "
            "ทั้งนี้ ข้าพเจ้าได้สอบถามไปยัง{agency}ด้วยวาจาแล้ว ได้รับคำตอบเพียงว่าการจัดจ้างเป็นไปตามระเบียบ "
            "โดยไม่มีการชี้แจงว่าผู้บริหารได้แจ้งส่วนได้เสียหรือถอนตัวจากการพิจารณาหรือไม่ "
            "[ข้าพเจ้าเกรงว่าหากปล่อยไว้จะกลายเป็นแบบอย่างให้หน่วยงานอื่น|ข้าพเจ้าในฐานะผู้เสียภาษีจึงไม่อาจนิ่งเฉยได้]\n"
            "จึงเรียนมาเพื่อโปรดพิจารณาตรวจสอบ[ตามอำนาจหน้าที่|]\n"
            "ขอแสดงความนับถือ\n{person}\n[โทร {phone}|]"
        ),
    ),
    Frame(
        id="conflict_of_interest.credible.graduate_interview_father",
        category="conflict_of_interest",
        credibility="credible",
        voice="new graduate who applied for a temporary post, polite web form",
        channels=("web_form", "line_chat"),
        text=(
            "[สวัสดีค่ะ|เรียนเจ้าหน้าที่ค่ะ] หนูเพิ่งเรียนจบ[ปริญญาตรี|ปวส.]และไปสมัครตำแหน่ง"
            "[พนักงานจ้างทั่วไป|ผู้ช่วยนักพัฒนาชุมชน]ที่{agency}ค่ะ "
            "ประกาศลงวันที่ {date} [แต่ติดประกาศไว้แค่บอร์ดหน้าห้องปลัด|แต่ไม่ได้ลงในเว็บไซต์เลย] "
            "<<วันสอบสัมภาษณ์มีกรรมการสามคน หนึ่งในนั้นคือ{official} ##คนที่ได้คือ{person} ซึ่งเป็นลูกของ{official}เอง >>"
            "[ทั้งที่ไม่ได้จบตรงสาขาที่ประกาศ|ผลคะแนนก็ไม่ได้ประกาศให้ดู] "
            "หนูไม่ได้จะโวยวายนะคะ แค่อยากรู้ว่าพ่อเป็นกรรมการสอบลูกตัวเองได้ด้วยเหรอคะ"
        ),
    ),
    Frame(
        id="conflict_of_interest.credible.health_inspector_rival_restaurant",
        category="conflict_of_interest",
        credibility="credible",
        voice="small restaurant owner, web form",
        channels=("web_form", "line_chat"),
        hard="two_category",
        text=(
            "ดิฉันเปิดร้านอาหารอยู่ริม{road} ในเขต{agency}ค่ะ เจ้าหน้าที่สาธารณสุขที่มาตรวจใบอนุญาตร้านอาหารคือ{person} "
            "ซึ่ง[ตัวเขาเอง|ครอบครัวเขา]ก็เปิดร้าน[อาหารตามสั่ง|ก๋วยเตี๋ยว]อยู่[ห่างร้านดิฉันไม่ถึงร้อยเมตร|ในซอยเดียวกัน] "
            "<<ตั้งแต่ดิฉันเปิดร้าน เขามาตรวจ {count} ครั้งแล้ว[ ครั้งล่าสุดเมื่อวันที่ {date}|] ทุกครั้งหาเรื่องให้แก้โน่นแก้นี่ "
            "และยังไม่ต่อใบอนุญาตให้จนถึงตอนนี้ ##ร้านของเขาเองตั้งถังแก๊สบนทางเท้าก็ไม่เห็นมีใครไปตรวจ >>"
            "ดิฉันคิดว่าคนที่มีร้านแข่งกันไม่ควรเป็นคนมาตรวจร้านคู่แข่ง "
            "[ขอให้เปลี่ยนเจ้าหน้าที่หรือส่งคนอื่นมาตรวจค่ะ|อยากให้หน่วยงานพิจารณาด้วยค่ะ]"
        ),
    ),
    Frame(
        id="conflict_of_interest.credible.ex_foreman_nominee_owner",
        category="conflict_of_interest",
        credibility="credible",
        voice="former foreman of a contractor, detailed web form",
        channels=("web_form", "line_chat"),
        text=(
            "ผมเคยทำงานเป็น[โฟร์แมน|คนคุมงาน|พนักงานขับรถบรรทุก]ให้{company}[มาสามปี|ประมาณสองปี] เพิ่งลาออกเมื่อต้นปี "
            "อยากแจ้งว่า{company}ที่ได้งานจาก{agency}เกือบทุกโครงการ เจ้าของตัวจริงคือ{official} "
            "[ชื่อในหนังสือรับรองเป็นของ{person}ซึ่งเป็นคนขับรถประจำตัวเขา|ชื่อหุ้นส่วนผู้จัดการเป็นของ{person}แต่จริงๆ เป็นแค่ลูกน้อง]\n"
            "<<เงินเดือนคนงานทุกคนโอนมาจากบัญชีของ{official}เองบ้าง ของภรรยาบ้าง ผมมีสลิปเก็บไว้ครับ\n"
            "##เวลามีปัญหาหน้างาน คนที่โทรมาสั่งคือ{official} ไม่เคยเป็น{person}\n"
            "##งานล่าสุดคือ{project} {contract_no} ผมคุมงานเอง ตอนเทคอนกรีต{official}มาดูหน้างานทุกวัน\n>>"
            "[ผมรู้ว่าแจ้งไปแล้วอาจเดือดร้อน|ผมลาออกมาเพราะรับไม่ได้] แต่มันไม่ถูกต้อง "
            "[ติดต่อผมทางไลน์ {line_id} ครับ|ติดต่อกลับเบอร์ {phone} ครับ]"
        ),
    ),
    Frame(
        id="conflict_of_interest.credible.council_member_orchard_road",
        category="conflict_of_interest",
        credibility="credible",
        voice="village committee member, web form with headings",
        channels=("web_form",),
        text=(
            "เรื่อง: สมาชิกสภา อบต.{tambon} ผลักดันงบทำถนนเข้าสวนตัวเอง\n"
            "รายละเอียด: ในการประชุมสภาสมัย[สามัญ|วิสามัญ]เมื่อวันที่ {date} สมาชิกสภาหมู่ที่ [3|5|7] ชื่อ{person} "
            "เป็นผู้เสนอให้โอนงบ {amount_big} ไปทำ{project} "
            "ถนนเส้นนี้[ผ่านแค่สวนทุเรียน|ไปสุดที่สวนยาง|เข้าไปถึงบ่อปลา]ของ{person}กับญาติเท่านั้น ไม่มีบ้านชาวบ้านเลย "
            "<<ตอนลงมติ{person}ก็ยกมือเอง ไม่ได้ออกจากห้องประชุม ##ส่วนถนนในหมู่บ้านที่ชาวบ้านขอมาสามปีไม่เคยได้งบ >>"
            "[ดูรายงานการประชุมสภาได้ครับ|ในรายงานการประชุมน่าจะบันทึกไว้ครับ]"
        ),
    ),
    Frame(
        id="conflict_of_interest.credible.supplies_officer_mother_shop",
        category="conflict_of_interest",
        credibility="credible",
        voice="colleague in the finance section, short web form",
        channels=("web_form",),
        text=(
            "เจ้าหน้าที่พัสดุ{agency}[ ชื่อ{name}|] ซื้อวัสดุสำนักงาน หมึกพิมพ์ กระดาษ จากร้านของ[แม่|พี่สาว]ตัวเองทุกเดือน "
            "[เดือนละราว {amount}|ปีละหลายแสน] ใบเสร็จเป็นชื่อร้านเครื่องเขียนในตลาด{district} "
            "[ตรวจดูฎีกาเบิกจ่ายได้เลยค่ะ|ขอให้ตรวจสอบค่ะ]"
        ),
    ),
    Frame(
        id="conflict_of_interest.credible.garbage_contract_mayor_nephew",
        category="conflict_of_interest",
        credibility="credible",
        voice="resident fed up with uncollected garbage, LINE",
        channels=("line_chat", "web_form"),
        hard="service_official",
        text=(
            "ขยะที่ซอย[ข้างวัด|หลังตลาด]ตำบล{tambon}ไม่มีรถมาเก็บ[สองอาทิตย์|สิบกว่าวัน]แล้วค่ะ เหม็นไปทั้งซอย 😷 "
            "ไปถามที่เทศบาล เจ้าหน้าที่บอกว่าตอนนี้จ้างเอกชนเก็บแล้ว คือ{company} "
            "ซึ่งเป็นของหลานนายก{name} [ใครๆ ก็รู้|คนในตลาดรู้กันหมด] "
            "สัญญาจ้างปีละ {amount_big} [แต่รถมีแค่คันเดียว|แต่มาเก็บอาทิตย์ละครั้งถ้าโชคดี] "
            "[ก่อนนี้เทศบาลเก็บเองไม่เคยเป็นแบบนี้ |][ช่วยดูเรื่องสัญญาด้วยนะคะ|ขอให้ตรวจว่าจ้างกันยังไง]"
        ),
    ),
    Frame(
        id="conflict_of_interest.credible.truck_driver_relief_bags_rant",
        category="conflict_of_interest",
        credibility="credible",
        voice="furious pickup driver who delivered flood-relief bags, phone",
        channels=("phone_transcript",),
        hard="credible_insult",
        text=(
            "ฮัลโหล เออ ผมจะแจ้งเรื่องไอ้ปลัดอำเภอ{district}[น่ะ|] ไอ้{name}นั่นแหละ มันเลวจริงๆ "
            "คือตอนน้ำท่วมเดือน{month} อำเภอซื้อถุงยังชีพแจกชาวบ้าน[สองพันชุด|พันห้าร้อยชุด] "
            "ซื้อจากร้านเมียมันทั้งหมด ร้าน[มินิมาร์ท|ขายส่ง]หน้าที่ว่าการอำเภอนั่นแหละ ชุดละห้าร้อย "
            "ของข้างในมีมาม่า[ห้าซอง|สี่ซอง] ปลากระป๋อง[สองกระป๋อง|] ไม่ถึงสองร้อยบาทด้วยซ้ำ "
            "<<ผมเป็นคนขับรถขนไปส่งเองกับมือ เห็นใบส่งของหัวร้านเมียมัน ##ถามใครก็รู้ เมียมันยืนนับเงินหน้าร้านยิ้มแป้น >>"
            "มันกินกระทั่งของคนน้ำท่วม [หน้าด้านที่สุด|เลวไม่มีใครเกิน] [ตรวจไปเลยครับ|ผมยินดีไปให้ปากคำ]"
        ),
    ),
    Frame(
        id="conflict_of_interest.credible.forest_officer_sawmill",
        category="conflict_of_interest",
        credibility="credible",
        voice="upland farmer, LINE in plain northern-flavoured Thai",
        channels=("line_chat", "phone_transcript"),
        text=(
            "สวัสดีครับ ผมอยู่{village} อำเภอ{district} "
            "หัวหน้าหน่วยป้องกันรักษาป่าที่ดูแลแถวนี้[ ชื่อ{name}|] เมียเขาเปิดโรงเลื่อยกับร้านเฟอร์นิเจอร์ไม้อยู่ริม{road} "
            "<<ไม้ที่ยึดมาจากชาวบ้านเมื่อเดือน{month} [หายไปเกือบครึ่ง|เหลือส่งอำเภอไม่กี่ท่อน] "
            "##ชาวบ้านเห็นรถกระบะของหน่วยขนไม้เข้าโรงเลื่อยตอนกลางคืน[ ทะเบียน {plate}|] >>"
            "ใครจะขออนุญาตทำไม้ในที่ตัวเองก็ต้องผ่านเขา แล้วก็ต้องขายให้โรงเลื่อยเมียเขา[ครับ|] "
            "[ผมถ่ายรูปไว้ได้บ้าง|ถ้าเจ้าหน้าที่มาผมพาไปดูได้]"
        ),
    ),
    # ------------------------------------------------------------------ frivolous
    Frame(
        id="conflict_of_interest.frivolous.everyone_is_kin",
        category="conflict_of_interest",
        credibility="frivolous",
        voice="bored villager, one-line LINE",
        channels=("line_chat",),
        text="[อบต.|เทศบาล]แถวบ้าน[ญาติกันทั้งนั้น|มีแต่เด็กเส้น] [เบื่อ|ไม่ไหวจะเคลียร์][ 🙄|]",
    ),
    Frame(
        id="conflict_of_interest.frivolous.nepotism_sermon_form",
        category="conflict_of_interest",
        credibility="frivolous",
        voice="indignant citizen filling the web form with slogans",
        channels=("web_form",),
        hard="frivolous_vocab",
        text=(
            "เรื่อง: [ผลประโยชน์ทับซ้อน|ร้องเรียนการทุจริต]\n"
            "รายละเอียด: [ขอร้องเรียน|อยากร้องเรียน]เรื่องผลประโยชน์ทับซ้อนในหน่วยงานราชการ ทุกวันนี้มีแต่ทุจริต คอรัปชั่น "
            "เล่นพรรคเล่นพวก เอื้อประโยชน์ให้พวกพ้อง ญาติใครญาติมัน "
            "[ระบบอุปถัมภ์ฝังรากลึก|ระบบเส้นสายมันอยู่ในทุกหน่วยงาน] ประชาชนตาดำๆ ไม่มีวันได้อะไร "
            "[ขอให้ ป.ป.ช. เอาจริงสักที|ขอให้ปราบให้หมดทั้งประเทศ][ ประเทศจะได้เจริญ|]"
        ),
    ),
    Frame(
        id="conflict_of_interest.frivolous.secretary_of_my_heart_joke",
        category="conflict_of_interest",
        credibility="frivolous",
        voice="joker testing the LINE bot",
        channels=("line_chat",),
        text="[นายก|ท่านปลัด]ตั้งเมียเป็นเลขาหัวใจ แบบนี้ทับซ้อนมั้ย[ครับ|คะ] 555[5|]",
    ),
    Frame(
        id="conflict_of_interest.frivolous.nephew_disqualified_lawfully",
        category="conflict_of_interest",
        credibility="frivolous",
        voice="mayor's nephew, a contractor, complaining he was excluded under the rules",
        channels=("web_form", "letter"),
        text=(
            "ผมเป็น[เจ้าของ|ผู้บริหาร]{company} ขอร้องเรียนว่าเทศบาลตำบล{tambon}ไม่รับซองเสนอราคาของผม"
            "[ในงาน{project}|] เมื่อวันที่ {date} "
            "โดยอ้างว่าผมเป็นหลานแท้ๆ ของนายก{name} ซึ่งก็จริงครับ ผมไม่ปฏิเสธ "
            "แต่<<ผมทำงานรับเหมามาก่อนน้าผมจะได้เป็นนายกตั้งนาน ##ผลงานผมดีกว่าเจ้าอื่นในอำเภอ{district}แน่นอน >>"
            "[การตัดสิทธิ์แบบนี้ไม่ยุติธรรมกับผมเลย|เป็นญาติกันแล้วทำงานไม่ได้เลยหรือ] "
            "ขอให้สั่งเทศบาลรับซองของผม[ด้วยครับ|ในครั้งต่อไปครับ]"
        ),
    ),
    Frame(
        id="conflict_of_interest.frivolous.market_hearsay_call",
        category="conflict_of_interest",
        credibility="frivolous",
        voice="chatty market vendor on the phone, repeating gossip",
        channels=("phone_transcript",),
        text=(
            "ฮัลโหล ค่ะ คือ... แบบว่า ได้ยินเขาคุยกันในตลาดน่ะค่ะ ว่านายกที่ไหนสักที่ เอาบริษัทลูกตัวเองมารับงานถนน "
            "[ไม่รู้ที่ไหนเหมือนกันค่ะ|คนเล่าก็ฟังเขามาอีกที] "
            "<<ชื่อก็ไม่รู้ค่ะ ##ปีไหนก็ไม่แน่ใจ >>"
            "แต่ฟังแล้วมันไม่ถูกใช่ไหมคะ [เลยโทรมาบอกไว้ก่อน|ฝากเจ้าหน้าที่ไปหาดูเองนะคะ] [ค่ะ|แค่นี้แหละค่ะ]"
        ),
    ),
    Frame(
        id="conflict_of_interest.frivolous.chain_post_politicians_kin",
        category="conflict_of_interest",
        credibility="frivolous",
        voice="forwarded chain message with no target",
        channels=("line_chat",),
        text=(
            "[📢📢|‼️] [แชร์ด่วน|อ่านแล้วส่งต่อ]!! รู้หรือไม่ นักการเมืองท้องถิ่นทั่วประเทศ[เกินครึ่ง|ส่วนใหญ่] "
            "เอาญาติเข้ามารับงาน[ของหลวง|ราชการ] ตั้งแต่ลูก เมีย ยันหลาน "
            "<<ภาษีของเราไปเข้ากระเป๋าพวกเขาทั้งนั้น ##คนไทยต้องรู้ทัน >>"
            "[ส่งต่อให้คนที่คุณรัก|กดแชร์ให้ทั่วประเทศ] 🇹🇭"
        ),
    ),
    Frame(
        id="conflict_of_interest.frivolous.worry_son_will_run",
        category="conflict_of_interest",
        credibility="frivolous",
        voice="retired man writing a worried letter about the future",
        channels=("letter", "web_form"),
        text=(
            "[เรียนเจ้าหน้าที่ครับ|เรียนท่านผู้เกี่ยวข้อง]\nผมได้ข่าวว่าลูกชายของนายกจะลงสมัครสมาชิกสภาจังหวัด{province}ในการเลือกตั้งครั้งหน้า "
            "[ผมเกรงว่า|ผมคิดว่า]ถ้าพ่อเป็นนายก ลูกเป็นสมาชิกสภา อนาคตต้องมีผลประโยชน์ทับซ้อนแน่นอน "
            "[ยังไม่เกิดอะไรขึ้นหรอกครับ|ตอนนี้ยังไม่มีอะไร] แต่อยากให้ทางราชการป้องกันไว้ก่อน "
            "[จึงเรียนมาเพื่อทราบ|ด้วยความห่วงใยบ้านเมือง]"
        ),
    ),
    Frame(
        id="conflict_of_interest.frivolous.long_rant_patronage_call",
        category="conflict_of_interest",
        credibility="frivolous",
        voice="retired man ranting on the phone for a long time about the patronage system",
        channels=("phone_transcript",),
        hard="frivolous_vocab",
        text=(
            "ฮัลโหล ครับ คือผมอยากร้องเรียนเรื่องผลประโยชน์ทับซ้อนครับ เรื่องใหญ่นะครับ ไม่ใช่เรื่องเล็ก "
            "คือ ผมดูมาตลอดชีวิตผมนะ ประเทศเรามันเป็นแบบนี้มาตั้งแต่ไหนแต่ไร ใครมีเส้นก็ได้ ใครไม่มีเส้นก็อด "
            "เด็กฝากเอย ตั๋วเอย เล่นพรรคเล่นพวกกันทั้งนั้น [ข้าราชการ|ผู้มีอำนาจ]ก็เอาญาติตัวเองเข้ามา "
            "บริษัทของพวกพ้องก็ได้งาน ได้สัมปทาน คอรัปชั่นกันเป็นทอดๆ ตั้งแต่ข้างบนลงมาข้างล่าง\n"
            "ผมถามหน่อยเถอะครับ แล้ว ป.ป.ช. ทำอะไรอยู่ [สตง.|ศาล]ทำอะไรอยู่ ผมว่ามันเป็นระบบครับ "
            "ระบบอุปถัมภ์ มันฝังอยู่ในสายเลือด ไม่มีใครกล้าแตะ เพราะทุกคนได้ประโยชน์ทับซ้อนกันหมด "
            "เอ่อ ผมไม่ได้ว่าใครคนใดคนหนึ่งนะ ผมว่าทั้งระบบ ทุกกระทรวง ทุกกรม ทุกท้องถิ่น\n"
            "<<สมัยผมหนุ่มๆ ยังพอมีคนดีอยู่บ้าง เดี๋ยวนี้ไม่มีเลย ##ลูกหลานคนธรรมดาสอบได้ที่หนึ่งยังไม่ได้บรรจุ "
            "แต่ลูกหลานคนใหญ่คนโตสอบตกยังได้ทำงาน ##ดูข่าวทุกวันก็มีแต่เรื่องทุจริต เรื่องทับซ้อน ฮั้วกันไปหมด >>"
            "แล้วคุณจะทำอะไรได้ครับ ผมอยากรู้จริงๆ คุณก็เป็นข้าราชการเหมือนกัน "
            "[ผมไม่ได้ว่าคุณนะ|ไม่ได้ว่าเจ้าหน้าที่นะครับ] ผมแค่อยากให้ประเทศมันดีขึ้น "
            "[ต้องปฏิรูปทั้งระบบครับ|ต้องล้างบางทั้งหมดครับ] ถ้าไม่ทำวันนี้ ลูกหลานเราก็ต้องอยู่กับระบบแบบนี้ไปอีกร้อยปี "
            "เอ่อ ชื่อหน่วยงานไหนเหรอครับ ผมไม่ได้มีเรื่องที่ไหนเฉพาะ ผมพูดถึงภาพรวม "
            "ผมแค่อยากให้มีคนฟังบ้าง ขอบคุณครับที่ฟังผมบ่น"
        ),
    ),
    Frame(
        id="conflict_of_interest.frivolous.poli_sci_student_essay",
        category="conflict_of_interest",
        credibility="frivolous",
        voice="political science student submitting general reform ideas",
        channels=("web_form",),
        hard="frivolous_vocab",
        text=(
            "[สวัสดีครับ|เรียนเจ้าหน้าที่] ผมเป็นนักศึกษารัฐศาสตร์ปี [2|3|4] อยากเสนอความเห็นว่าปัญหาผลประโยชน์ทับซ้อน"
            "ในราชการไทยเกิดจากวัฒนธรรมอุปถัมภ์และการขาดความโปร่งใส "
            "<<ควรบังคับให้ผู้บริหารทุกระดับเปิดเผยบัญชีทรัพย์สินของเครือญาติ ##ควรเพิ่มโทษการเอื้อประโยชน์ให้พวกพ้อง >>"
            "[ไม่ได้มีกรณีเฉพาะนะครับ|เป็นข้อเสนอในภาพรวมครับ] หวังว่าจะเป็นประโยชน์ในการปราบปรามการทุจริต[ครับ|]"
        ),
    ),
    Frame(
        id="conflict_of_interest.frivolous.mayor_wife_cafe_jealousy",
        category="conflict_of_interest",
        credibility="frivolous",
        voice="coffee-stall owner jealous of a competitor",
        channels=("line_chat", "web_form"),
        text=(
            "ภรรยานายกเปิดร้านกาแฟ[หน้าที่ทำการ|ตรงข้ามที่ทำการ]{agency_type} [คนแห่ไปกินกันเยอะ|ตกแต่งสวย คนไปถ่ายรูปกันเต็ม] "
            "ร้านหนูอยู่ใกล้ๆ กันขายไม่ค่อยได้เลยค่ะ เขาเปิดด้วยเงินตัวเอง[ที่ดินตัวเองด้วย|]นะคะ "
            "แต่เป็นเมียนายกแบบนี้ถือว่าผลประโยชน์ทับซ้อน[ไหมคะ|หรือเปล่าคะ][ 😢|]"
        ),
    ),
    Frame(
        id="conflict_of_interest.frivolous.why_only_officials_kids",
        category="conflict_of_interest",
        credibility="frivolous",
        voice="frustrated job seeker, short message",
        channels=("line_chat", "web_form"),
        text="ทำไมคนสอบ[บรรจุ|ท้องถิ่น]ได้มีแต่ลูกข้าราชการ [สงสัยมานานแล้ว|แปลกมั้ย]",
    ),
    Frame(
        id="conflict_of_interest.frivolous.whole_province_rotten",
        category="conflict_of_interest",
        credibility="frivolous",
        voice="angry netizen on LINE, all slogans",
        channels=("line_chat",),
        hard="frivolous_vocab",
        text=(
            "โกงกันทั้งบาง ทับซ้อนกันทั้งจังหวัด{province} [😤😤|🤬] คอรัปชั่นทุกระดับ[ตั้งแต่ผู้ใหญ่บ้านยันรัฐมนตรี|ทุกหน่วยงาน] "
            "เอาพวกพ้องมากินงบ [ทุจริตจนชินชา|ฮั้วกันเป็นขบวนการ] [ไม่มีใครจับได้หรอก|ร้องเรียนไปก็เท่านั้น] "
            "[เบื่อประเทศนี้มากกกก|เซ็งจริงๆ]"
        ),
    ),
    # ------------------------------------------------------------------ malicious
    Frame(
        id="conflict_of_interest.malicious.lost_candidate_family_attack",
        category="conflict_of_interest",
        credibility="malicious",
        voice="defeated election candidate venting a grudge on LINE",
        channels=("line_chat", "web_form"),
        hard="malicious_detail",
        text=(
            "นายก{name}ที่เพิ่งได้เป็นนายก อบต.{tambon}[ เมื่อ {date}|] ผมลงแข่งกับมันมา แพ้มันเพราะมันซื้อเสียง "
            "<<หน้าตามันก็เหมือนโจร ##เมียมันก็ปากจัดด่าชาวบ้านไปทั่ว ##ลูกมันก็เกเรขี่รถซิ่งทั้งคืน >>"
            "ตระกูลนี้[เลวทั้งโคตร|มันชั่วมาตั้งแต่รุ่นพ่อ] เดี๋ยวก็เอาพี่น้องเข้ามากินเต็ม อบต. "
            "[ขอให้ปลดมันออกเถอะ|ไล่มันออกไปให้หมดทั้งตระกูล][ ชาวบ้านทนไม่ไหวแล้ว|]"
        ),
    ),
    Frame(
        id="conflict_of_interest.malicious.mistress_hire_gossip",
        category="conflict_of_interest",
        credibility="malicious",
        voice="gossiping co-worker targeting a deputy chief's private life",
        channels=("line_chat", "web_form"),
        hard="malicious_detail",
        text=(
            "ปลัด{name}รับ{person}เข้ามาเป็นลูกจ้างใน{agency} ก็เพราะเป็นกิ๊กกันไงคะ ทั้งอำเภอรู้ "
            "<<เมียหลวงเขาบุกมาตบกันที่หน้า[ห้องปลัด|ที่ทำการ]เมื่อวันที่ {date} คนเห็นกันเป็นสิบ "
            "##สองคนนี้ไปไหนมาไหนด้วยกันตลอด[ กินข้าวกันสองต่อสองทุกเย็น|] >>"
            "[ผู้ชายแบบนี้|คนมักมากแบบนี้]ไม่สมควรเป็นข้าราชการ [ขอให้ย้ายไปให้ไกลๆ|ไล่ออกทั้งคู่เลยค่ะ]"
        ),
    ),
    Frame(
        id="conflict_of_interest.malicious.chain_fire_director",
        category="conflict_of_interest",
        credibility="malicious",
        voice="copy-paste campaign message against a named director",
        channels=("line_chat",),
        text=(
            "‼️ส่งต่อให้ถึง 100 คน‼️ ไล่ ผอ.{name} ออกจาก{agency} "
            "[คนโกงกิน เอาญาติมากินเมือง|มันเอาพวกพ้องมากินบ้านกินเมือง] "
            "<<ห้ามหยุดที่คุณ ##ใครไม่ส่งต่อแสดงว่าเป็นพวกมัน >>"
            "[🔥🔥🔥|✊✊]"
        ),
    ),
    Frame(
        id="conflict_of_interest.malicious.threat_short",
        category="conflict_of_interest",
        credibility="malicious",
        voice="anonymous threat by LINE",
        channels=("line_chat",),
        text="นายก{name} ถ้าเอาเมียมารับงานอีก [ระวังตัว|เจอดีแน่]",
    ),
    Frame(
        id="conflict_of_interest.malicious.polite_letter_family_life",
        category="conflict_of_interest",
        credibility="malicious",
        voice="polite long letter from a neighbour attacking an official's family life",
        channels=("letter",),
        hard="malicious_detail",
        text=(
            "เรียน ท่านนายอำเภอ{district}\n"
            "ด้วยข้าพเจ้า[ในนามชาวบ้าน{village}|ซึ่งเป็นผู้อาศัยอยู่ใน{village} มากว่าสามสิบปี] "
            "ขอกราบเรียนพฤติกรรมอันไม่เหมาะสมของ{official} และครอบครัว ซึ่งข้าพเจ้าเห็นว่าไม่สมควรดำรงตำแหน่งผู้นำชุมชนต่อไป ดังนี้\n"
            "<<ประการหนึ่ง ภริยาของ{official}มีพฤติกรรมเล่นการพนันเป็นประจำ "
            "เมื่อวันที่ {date} ข้าพเจ้าเห็นด้วยตาตนเองว่านั่งเล่นไพ่อยู่ที่{place}จนดึกดื่น "
            "แต่งกายไม่เรียบร้อย[ไม่สมกับเป็นภริยาผู้นำ|เป็นที่อับอายของคนในหมู่บ้าน]\n"
            "##ประการหนึ่ง บุตรชายคนโตของ{official}[ขาดเรียนเป็นประจำ|คบหาเพื่อนไม่ดี] "
            "และเคยมีเรื่องทะเลาะวิวาทกับเด็กในหมู่บ้าน ข้าพเจ้าเห็นว่าเป็นเพราะบิดาไม่อบรมสั่งสอน\n"
            "##ประการหนึ่ง {official}เองมีบุคลิกภาพไม่น่าเชื่อถือ [พูดจาโผงผาง|แต่งตัวไม่เรียบร้อย] "
            "และ[มีข่าวลือว่า|ชาวบ้านพูดกันว่า]ให้ญาติฝ่ายภริยาได้ประโยชน์จากหมู่บ้านหลายเรื่อง\n>>"
            "ข้าพเจ้ามิได้มีเจตนาร้ายต่อผู้ใด เพียงแต่ต้องการให้หมู่บ้านได้ผู้นำที่ดีและมีครอบครัวที่เป็นแบบอย่าง "
            "[จึงกราบเรียนมาเพื่อโปรดพิจารณาปลด{official}ออกจากตำแหน่งโดยเร็ว"
            "|จึงเรียนมาเพื่อโปรดพิจารณาให้{official}พ้นจากตำแหน่ง]\n"
            "[ด้วยความเคารพอย่างสูง|ขอแสดงความนับถือ]\n[ชาวบ้านผู้หวังดี|{person}]"
        ),
    ),
    Frame(
        id="conflict_of_interest.malicious.fired_worker_revenge",
        category="conflict_of_interest",
        credibility="malicious",
        voice="dismissed temporary worker swearing revenge",
        channels=("line_chat", "phone_transcript"),
        hard="malicious_detail",
        text=(
            "กูโดนไล่ออกจาก{agency}[เมื่อวันที่ {date}|ตั้งแต่เดือน{month}] เพราะ{official}อยากเอาหลานมันมาแทน "
            "กูจะแฉมันทุกเรื่อง [ขอให้ตรวจทุกอย่างของมัน|ไปตรวจมันให้หมด] บ้าน รถ เมีย ชู้ บัญชีเงิน "
            "<<มันทำกูตกงาน กูจะทำให้มันไม่มีที่ยืนในอำเภอนี้ ##ไม่ติดคุกกูไม่เลิก >>"
            "[จำชื่อกูไว้เลย|บอกมันด้วยว่ากูเอาจริง]"
        ),
    ),
    Frame(
        id="conflict_of_interest.malicious.fat_pig_short",
        category="conflict_of_interest",
        credibility="malicious",
        voice="insulting one-liner",
        channels=("line_chat",),
        text="ผอ.{name}อ้วนเป็นหมูเพราะกินแต่ของญาติ [ไล่มันออกไป|ออกไปซะ]",
    ),
    Frame(
        id="conflict_of_interest.malicious.villagers_dont_want_him",
        category="conflict_of_interest",
        credibility="malicious",
        voice="formal petition demanding removal with no act described",
        channels=("letter", "web_form"),
        text=(
            "เรียน [ผู้ว่าราชการจังหวัด{province}|นายอำเภอ{district}]\n"
            "ด้วยชาวบ้าน{village} [จำนวนหนึ่ง|กว่าห้าสิบครัวเรือน] มีความประสงค์ขอให้ย้าย{official}ออกจากพื้นที่โดยด่วน "
            "เนื่องจาก[ชาวบ้านไม่ต้องการ|ไม่เป็นที่ยอมรับของชาวบ้าน] [ไม่มีความเหมาะสม|มีท่าทีเข้าข้างพวกพ้องตัวเอง] "
            "และ[ทำให้ชุมชนแตกแยก|ชาวบ้านไม่สบายใจ] "
            "[จึงเรียนมาเพื่อโปรดพิจารณาดำเนินการโดยเร่งด่วน|จึงเรียนมาเพื่อโปรดพิจารณา]\n[ชาวบ้าน{village}|]"
        ),
    ),
    Frame(
        id="conflict_of_interest.malicious.rival_shop_spouse_slurs",
        category="conflict_of_interest",
        credibility="malicious",
        voice="market trader attacking an official's wife who runs a rival stall",
        channels=("line_chat", "phone_transcript"),
        hard="malicious_detail",
        text=(
            "[นังเมีย|ยายเมีย]{official}มันเปิดแผง[ผลไม้|เสื้อผ้า]แข่งกับฉันที่{place} "
            "<<มันหน้าด้าน แต่งหน้าหนาเป็นคืบ แต่งตัวโป๊ยั่วผู้ชายทั้งตลาด ##ผัวมันก็หัวหงอ กลัวเมีย >>"
            "[ได้ที่ดีเพราะเป็นเมียข้าราชการแหละ|คงใช้เส้นผัวได้ที่ทำเลดี] "
            "[ช่วยไล่มันออกไปจากตลาดที|ให้มันเลิกขายไปเลย] [เกลียดมันมาก|เห็นหน้าแล้วจะอ้วก]"
        ),
    ),
    Frame(
        id="conflict_of_interest.malicious.election_smear_copy",
        category="conflict_of_interest",
        credibility="malicious",
        voice="copy-paste smear circulating before a local election",
        channels=("line_chat",),
        text=(
            "[อย่าเลือก|ห้ามเลือก]{person}เด็ดขาด!! "
            "<<ตระกูลนี้กินรวบทั้งตำบล{tambon} ##พ่อมันก็โกง แม่มันก็โกง ลูกมันจะเหลืออะไร >>"
            "[ใครเลือกมันก็เป็นพวกเดียวกัน|เลือกมันเท่ากับเลือกโจร] "
            "[ส่งต่อทุกกลุ่มไลน์ในอำเภอ{district}|ช่วยกันแชร์ก่อนวันเลือกตั้ง] 🚫"
        ),
    ),
    Frame(
        id="conflict_of_interest.malicious.doxx_official_phone",
        category="conflict_of_interest",
        credibility="malicious",
        voice="agitator posting an official's personal number to a group",
        channels=("line_chat",),
        text=(
            "นี่เบอร์ส่วนตัว{official} {phone} [บ้านมันอยู่{village}|บ้านมันอยู่แถว{place}] "
            "[ใครเคยโดนมันเอาเปรียบ|ใครไม่พอใจมันที่เอาแต่พวกพ้อง]โทรไปด่ามันได้เลย "
            "[ทั้งวันทั้งคืน|โทรไปตอนตีสองเลยยิ่งดี] [ให้มันรู้สำนึก|ให้มันอยู่ไม่เป็นสุข] 😈"
        ),
    ),
    Frame(
        id="conflict_of_interest.malicious.inheritance_cousin_fishing",
        category="conflict_of_interest",
        credibility="malicious",
        voice="man in an inheritance feud with his cousin, an official",
        channels=("web_form", "phone_transcript"),
        hard="malicious_detail",
        text=(
            "{person}ที่เป็นปลัดอยู่{agency} เป็นลูกพี่ลูกน้องผมเอง [มันโกงมรดกที่ดินพ่อผมไป|มันฮุบที่นาของยายไปคนเดียว] "
            "[ตั้งแต่ปี {year}|ตอนยายเสีย] เรายังฟ้องกันอยู่ที่ศาล "
            "<<ผมเชื่อว่ามันต้องเอาญาติฝั่งเมียเข้าไปทำงานในนั้นแน่ๆ คนแบบนี้ไม่มีทางสุจริต "
            "##ผมขอให้ไปค้นให้หมดว่ามันทำอะไรผิดบ้าง [หาเจออะไรก็ได้|เรื่องไหนก็ได้] >>"
            "ขอให้มันโดนไล่ออก[จะได้รู้ว่าโกงญาติแล้วเป็นยังไง|ให้สาสมกับที่มันทำกับครอบครัวผม]"
        ),
    ),
]
