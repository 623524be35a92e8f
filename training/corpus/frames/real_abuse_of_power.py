"""Real-register frames for abuse_of_power: the Bangkok bystander who reports a city violation that officials tolerate.

Written after the register of real Traffy Fondue tickets: terse, few pronouns, an office blamed rather than a
named official (เขตxxxปล่อยปละละเลย, เทศกิจไม่เคยมา, สน.ไม่ออกมาจับ), repeated reports ("แจ้งครั้งที่3"),
time windows. Omission counts (LABELS.md rule 1): every credible frame says what the officials failed to do,
not only what the vendor, driver or builder did. No payment is suggested anywhere in this file (that would be
bribery, rule 2), and no false closure report (that would be misconduct, rule 4).
"""

from training.corpus.frames.base import Frame

FRAMES: list[Frame] = [
    # ------------------------------------------------------------------ credible
    Frame(
        id="abuse_of_power.credible.real_footpath_stalls_tesakit_never_come",
        category="abuse_of_power",
        credibility="credible",
        voice="resident on a soi, terse Traffy ticket",
        channels=("web_form", "line_chat"),
        setting="city",
        text=(
            "<<[ร้านค้า|แผงลอย|ร้านอาหาร]ตั้ง[โต๊ะ|แผง|โต๊ะเก้าอี้]เต็มทางเท้า[ปากซอย{soi}|หน้าปากซอย{soi}|{place} ซอย{soi}] "
            "[ทุกวันช่วง 17.00-22.00 น.|ทุกเย็น 5 โมงถึง 4 ทุ่ม|ทุกวัน 06.00-10.00 น.|ตั้งแต่บ่ายสามยันเที่ยงคืน] "
            "คนเดินต้องลงไปเดินบนถนน "
            "##[แจ้งไปหลายครั้งแล้ว|แจ้งมาหลายรอบแล้ว|แจ้งไป{count}รอบแล้ว] "
            "[เทศกิจ|เทศกิจเขต{khet}|ฝ่ายเทศกิจ]ไม่เคย[มาจัดการ|มาดู|เข้ามาดำเนินการ]เลย >>"
            "[ปล่อยปละละเลย|เขต{khet}ปล่อยปละละเลย|ขอให้ดำเนินการด้วย|ทางเท้าไม่ใช่ที่ขายของ]"
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_nth_report_fruit_cart",
        category="abuse_of_power",
        credibility="credible",
        voice="commuter who walks past every morning, counts reports",
        channels=("web_form", "line_chat"),
        setting="city",
        text=(
            "[แจ้งครั้งที่{count}|ครั้งที่{count}แล้ว|แจ้งซ้ำครั้งที่ {count}] "
            "[รถเข็นขายผลไม้|รถเข็นขายลูกชิ้น|รถพ่วงขายกาแฟ|แผงขายเสื้อผ้า]จอดขายบน[ฟุตบาท|ทางเท้า|ฟุตปาธ]{place} "
            "[ซอย{soi}|ถนน{bkk_road}] เขต{khet} "
            "[เทศกิจมาดูแล้วก็กลับ ไม่ปรับ ไม่ยึด|เทศกิจมาแค่บอกให้ขยับ แล้วก็กลับไป|เจ้าหน้าที่มาตักเตือนแล้วก็ไป วันรุ่งขึ้นก็มาตั้งเหมือนเดิม] "
            "[ขอให้ดำเนินการตามกฎหมายจริงจัง|ไม่ต้องเตือนแล้ว ขอให้จับปรับ|เมื่อไหร่จะทำหน้าที่]"
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_police_box_ignores_parking",
        category="abuse_of_power",
        credibility="credible",
        voice="driver stuck behind double-parked cars near a police box",
        channels=("web_form", "line_chat"),
        setting="city",
        text=(
            "<<[รถจอดซ้อนคัน|รถจอดสองแถว|รถตู้จอดรอลูกค้า|แท็กซี่จอดแช่]ริมถนน{bkk_road} [หน้าห้าง|{place}|ช่วงก่อนถึงแยก] "
            "[เหลือเลนเดียว|รถติดยาว|รถเมล์เข้าป้ายไม่ได้] "
            "##[ห่างจากป้อมตำรวจไม่ถึง 100 เมตร|ป้อมตำรวจอยู่ตรงนั้นแท้ ๆ|มีป้อมจราจรอยู่หัวมุม] >>"
            "[ตำรวจ สน.{khet}|ตำรวจ|ตำรวจจราจร][นั่งอยู่ในป้อม|ยืนดูอยู่]ไม่เคยออกมา[จับ|เรียก|โบก]เลย"
            "[ ทุกวันช่วงเย็น| ทุกวัน 16.00-19.00 น.| โดยเฉพาะวันศุกร์|]"
            "[ ละเว้นการปฏิบัติหน้าที่ชัด ๆ| ปล่อยให้ทำผิดซ้ำซาก|]"
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_selective_fines_small_vendors",
        category="abuse_of_power",
        credibility="credible",
        voice="woman who buys from small vendors, asks why enforcement is one-sided",
        channels=("line_chat", "web_form"),
        setting="city",
        speaker="female",
        text=(
            "[ทำไม|สงสัยค่ะว่าทำไม]เทศกิจ[เขต{khet}|]จับแต่[ป้าขายพวงมาลัย|ยายขายขนมครก|คนหาบเร่รายเล็ก|รถเข็นขายน้ำ]"
            "[ที่ยืนขายแป๊บเดียว|ที่ไม่ได้กีดขวางอะไร|]คะ "
            "แต่[ร้านหมูกระทะ|ร้านเหล้า|ร้านข้าวต้ม|ร้านส้มตำเจ้าใหญ่]ที่ตั้งโต๊ะเต็มทางเท้า{place} ซอย{soi} "
            "[ตั้งแต่หกโมงเย็นถึงตีหนึ่ง|ทุกคืน|ทุกวันไม่มีหยุด] ไม่เคยโดนอะไรเลย"
            "[ เห็นกับตาเมื่อวานนี้ค่ะ ปรับป้าไปแล้วเดินผ่านร้านนั้นไปเฉย ๆ| เลือกปฏิบัติแบบนี้ไม่ยุติธรรมค่ะ|]"
            "[ ขอให้ตรวจสอบด้วยค่ะ| รบกวนผู้บริหารเขตดูด้วยค่ะ|]"
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_condo_site_night_pour",
        category="abuse_of_power",
        credibility="credible",
        voice="condo resident next to a construction site, Traffy ticket",
        channels=("web_form", "line_chat"),
        setting="city",
        text=(
            "<<ไซต์ก่อสร้าง[คอนโด|อาคารสูง|โครงการ]ใน[ซอย{soi}|ซอย {soi}] "
            "[เทปูนกลางคืน|ตอกเสาเข็มตอนกลางคืน|ทำงานเสียงดัง]ถึง[ตีสอง|ตีสาม|เที่ยงคืนกว่า]"
            "[ เกือบทุกคืน| สามสี่คืนติดกัน| ทั้งวันหยุด] "
            "##แจ้งเขต{khet}[ไปแล้ว {count} รอบ|ไปตั้งแต่เดือนที่แล้ว|ทั้งทางฟองดูว์และโทร 1555] >>"
            "[เขตตอบมาว่าตักเตือนแล้ว|ได้คำตอบแค่ว่าประสานผู้รับเหมาแล้ว|เจ้าหน้าที่มาดูตอนกลางวันแล้วบอกว่าไม่พบการกระทำผิด] "
            "แต่[ก็ยังทำเหมือนเดิม|คืนนั้นก็เทปูนต่อ|ไม่มีอะไรเปลี่ยน] "
            "[ไม่เคยสั่งหยุดงาน ไม่เคยปรับ|ทำไมไม่ใช้อำนาจตามกฎหมายสั่งระงับ|เขตมีอำนาจแต่ไม่ทำ]"
            "[ คนในตึกนอนไม่ได้กันทั้งตึก|]"
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_extension_over_drain",
        category="abuse_of_power",
        credibility="credible",
        voice="neighbour whose house floods because of an extension over the public drain, man",
        channels=("web_form", "letter"),
        setting="city",
        speaker="male",
        text=(
            "[บ้านติดกับผม|ตึกแถวข้างบ้านผม|บ้านหัวมุมซอย{soi} ]ต่อเติม[หลังคาคลุมทางเท้า|ห้องรุกล้ำออกมา|กันสาดยื่นออกมา]"
            "[จนเต็มฟุตบาท| ทับท่อระบายน้ำ| ปิดบ่อพัก]"
            "[ ฝนตกทีไรน้ำท่วมหน้าบ้านผมทุกครั้ง| น้ำระบายไม่ได้ครับ|] "
            "ผมแจ้งฝ่ายโยธาเขต{khet}[ตั้งแต่ปีที่แล้ว|มาเกือบปีแล้ว|ไปแล้ว{count}ครั้ง] "
            "[เจ้าหน้าที่มาดูแล้วบอกจะออกคำสั่งรื้อถอน|มีเจ้าหน้าที่มาวัดแล้วรับปากว่าจะดำเนินการ] "
            "[จนป่านนี้ไม่มีอะไรคืบหน้า|ผ่านมาหลายเดือนยังไม่มีคำสั่งอะไร|บ้านนั้นยังต่อเติมเพิ่มอีก] "
            "[เจ้าหน้าที่ละเลยครับ|ถือว่าละเว้นการปฏิบัติหน้าที่หรือไม่ครับ|ขอให้ตรวจสอบการทำงานของฝ่ายโยธาด้วยครับ]"
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_stop_order_not_enforced_formal",
        category="abuse_of_power",
        credibility="credible",
        voice="residents' committee, formal complaint in legal register",
        channels=("letter", "web_form"),
        setting="city",
        text=(
            "[เรียน ผู้อำนวยการเขต{khet}|เรียน ผู้ว่าราชการกรุงเทพมหานคร|เรียน ผู้เกี่ยวข้อง]\n"
            "[ขอร้องเรียนกรณี|ขอให้ตรวจสอบกรณี]อาคาร[สี่|ห้า|สาม]ชั้นใน[ซอย{soi}|ซอย {soi}] แขวง{khwaeng} "
            "ก่อสร้างโดยไม่ได้รับอนุญาต[และผิดแบบ|และรุกล้ำที่สาธารณะ|] "
            "[สำนักงานเขตได้มีคำสั่งระงับการก่อสร้างแล้ว|ฝ่ายโยธาได้ปิดประกาศคำสั่งให้หยุดงานแล้ว] "
            "แต่ผู้ก่อสร้างยังคงทำงานต่อ[ทุกวัน|จนขึ้นโครงหลังคาแล้ว|ทั้งกลางวันและกลางคืน] "
            "[โดยที่เจ้าหน้าที่ไม่ได้ดำเนินคดีตามพระราชบัญญัติควบคุมอาคาร พ.ศ. 2522|โดยที่เขตไม่ได้ดำเนินการตามมาตรา 40 และ 42 แห่ง พ.ร.บ.ควบคุมอาคาร] "
            "[ซึ่งเข้าข่ายละเว้นการปฏิบัติหน้าที่|การปล่อยให้ฝ่าฝืนคำสั่งเช่นนี้ทำให้คำสั่งของทางราชการไม่มีผลบังคับ]\n"
            "[จึงเรียนมาเพื่อโปรดตรวจสอบและสั่งการ|จึงขอให้ดำเนินการตามอำนาจหน้าที่โดยเร็ว]"
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_karaoke_police_just_chat",
        category="abuse_of_power",
        credibility="credible",
        voice="man kept awake by a bar, calls the city hotline",
        channels=("phone_transcript", "line_chat"),
        setting="city",
        speaker="male",
        text=(
            "[ร้านคาราโอเกะ|ร้านเหล้า|ผับ]ใน[ซอย{soi} |ซอยบ้านผม]เปิดเพลงดัง[ถึงตีสาม|ยันตีสี่|เลยเที่ยงคืนทุกคืน]ครับ "
            "ผมโทรแจ้ง[ 191 |สน.{khet}|โรงพัก]ไป[หลายรอบแล้ว|เกือบทุกคืน| {count} รอบ] "
            "[ตำรวจมาแล้วก็แค่ยืนคุยกับเจ้าของร้าน|สายตรวจขับผ่านหน้าร้านแล้วก็ไป|ตำรวจมาถึงก็ให้ลดเสียงแป๊บเดียว] "
            "[พอกลับไปก็เปิดต่อ|สิบนาทีก็ดังเหมือนเดิม|ไม่เคยสั่งปิดร้าน ไม่เคยจับ]ครับ"
            "[ ร้านเปิดเกินเวลาแบบนี้ทำไมตำรวจไม่ทำอะไร| แถวนี้มีคนแก่มีเด็กเล็กนอนไม่ได้กันทั้งซอย|]"
            "[ ขอให้ตรวจสอบด้วยครับ|]"
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_operator_vendor_repeat",
        category="abuse_of_power",
        credibility="credible",
        voice="1555 operator writing up a caller's complaint",
        channels=("web_form",),
        setting="city",
        speaker="operator",
        text=(
            "ปัญหา: [ผู้ร้องแจ้งว่า|ผู้ร้องเรียนแจ้งว่า|ประชาชนแจ้งว่า] "
            "[มีผู้ค้าหาบเร่แผงลอย|มีร้านค้า|มีรถเข็นขายอาหาร]ตั้งวางแผงค้าบนบาทวิถี[ตลอดแนว|บริเวณหน้าร้านสะดวกซื้อ|บริเวณทางขึ้นสะพานลอย] "
            "ช่วงเวลา[ประมาณ 16.00-21.00 น.|ประมาณ 05.00-10.00 น.|ประมาณ 18.00-24.00 น.]ทุกวัน "
            "[ผู้ร้องได้แจ้งเรื่องมาแล้วหลายครั้ง|ผู้ร้องแจ้งเรื่องนี้มาแล้ว{count}ครั้ง] "
            "แต่[เจ้าหน้าที่เทศกิจไม่เข้ามาดำเนินการ|ไม่มีเจ้าหน้าที่มาตรวจสอบ|เจ้าหน้าที่ไม่กวดขันจับปรับ] "
            "[ผู้ร้องจึงขอให้สำนักงานเขตกวดขันอย่างจริงจัง|ผู้ร้องต้องการให้ตรวจสอบการปฏิบัติหน้าที่ของเจ้าหน้าที่]"
            "[ซอย: {soi}|จุดสังเกต: {place}]เขต: {khet}#1555"
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_tesakit_warns_shop_first",
        category="abuse_of_power",
        credibility="credible",
        voice="woman whose reports are leaked to the shop owner",
        channels=("line_chat", "web_form"),
        setting="city",
        speaker="female",
        text=(
            "[ทุกครั้งที่แจ้ง|แจ้งกี่ครั้ง]เรื่องร้าน[ซ่อมรถ|ยาง|ขายอะไหล่]ที่เอารถมาจอดซ่อมบนทางเท้า{place} ซอย{soi} "
            "เทศกิจ[จะโทรบอกร้านก่อน|จะแจ้งเจ้าของร้านล่วงหน้า] ร้านก็เก็บของ[พอเทศกิจมาถึงก็โล่ง|ทัน] "
            "<<[ล่าสุดเจ้าของร้านเดินมาถามหน้าบ้านเลยค่ะว่าใครแจ้ง|ตอนนี้ร้านรู้แล้วว่าดิฉันเป็นคนแจ้ง มาพูดจาข่มขู่ที่หน้าบ้าน] "
            "##[ข้อมูลผู้แจ้งควรเป็นความลับไม่ใช่หรือคะ|เจ้าหน้าที่เอาชื่อผู้แจ้งไปบอกได้ยังไงคะ] >>"
            "[ขอให้ตรวจสอบเจ้าหน้าที่เทศกิจเขต{khet}ด้วยค่ะ|ตอนนี้ไม่กล้าแจ้งอะไรแล้วค่ะ|ขอให้ตรวจสอบด้วยค่ะ]"
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_withdraw_or_we_inspect_you",
        category="abuse_of_power",
        credibility="credible",
        voice="man pressed by district staff to withdraw his complaint",
        channels=("web_form", "phone_transcript", "letter"),
        setting="city",
        speaker="male",
        text=(
            "หลังจากผมแจ้งเรื่อง[ร้านค้าวางของบนทางเท้า|อาคารข้างบ้านต่อเติมผิดแบบ|โกดังเปิดเครื่องจักรทั้งคืน]ใน[ซอย{soi}|ซอยบ้านผม] "
            "[มีเจ้าหน้าที่เขตสองคนมาที่บ้าน|เจ้าหน้าที่ฝ่ายโยธาเขต{khet}โทรมาหาผม|เจ้าหน้าที่เขตมาเคาะประตูบ้านตอนเย็น] "
            "บอกให้ผมถอนเรื่อง[ไม่อย่างนั้น|ถ้าไม่ถอน]จะมาตรวจ[หลังคาบ้านผมที่ต่อเติม|บ้านผมบ้าง|ว่าบ้านผมผิดตรงไหนบ้าง] "
            "[ผมเห็นว่าเป็นการใช้ตำแหน่งข่มขู่ผู้ร้องเรียน|แบบนี้เรียกว่าข่มขู่ผู้แจ้งหรือเปล่าครับ|ผมไม่ได้ทำอะไรผิด แค่แจ้งเรื่อง]"
            "[ ขอให้ผู้บริหารตรวจสอบครับ| ส่วนเรื่องที่แจ้งไปก็ยังไม่มีใครดำเนินการครับ|]"
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_towing_skips_regular_car",
        category="abuse_of_power",
        credibility="credible",
        voice="office worker who saw one car spared by the tow truck, Traffy ticket",
        channels=("web_form", "line_chat"),
        setting="city",
        text=(
            "[หน้าอาคาร|{place}|ริมถนน{bkk_road}]มีป้ายห้ามจอด[ตลอดเวลา|ขาวแดง]ชัดเจน "
            "[ตำรวจมายกรถ|รถยกของ สน.มายกรถ|เจ้าหน้าที่มาล็อกล้อ]คนอื่น[ไปหลายคัน|ทุกสัปดาห์] "
            "แต่[รถกระบะของร้านวัสดุ|รถตู้ของร้านหัวมุม|รถเก๋งสีดำคันเดิม]ที่จอดแช่ตรงนั้นทุกวัน[ทั้งวัน|ตั้งแต่เช้ายันค่ำ] ไม่เคยโดน"
            "[ ยกข้ามไปเฉย ๆ เห็นกับตา| เลือกปฏิบัติชัดเจน|]"
            "[ ขอคำอธิบายจาก สน.{khet}|]"
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_moto_footpath_police_watch",
        category="abuse_of_power",
        credibility="credible",
        voice="pedestrian, one-line ticket",
        channels=("web_form", "line_chat"),
        setting="city",
        text=(
            "[มอไซค์|วินมอเตอร์ไซค์|ไรเดอร์ส่งอาหาร]ขี่บนทางเท้า[หน้าสถานีรถไฟฟ้า|{place}|ถนน{bkk_road}]"
            "[ทุกเช้า 7-9 โมง|ช่วงเย็นเลิกงาน|ทั้งวัน] "
            "ตำรวจ[ยืนอยู่ตรงแยก|อยู่ในป้อม|ยืนโบกรถอยู่แถวนั้น]เห็นแต่[ไม่เคยเรียก|ปล่อย|ไม่ทำอะไร]"
            "[ คนเดินเท้าเกือบโดนชนหลายครั้ง| ปล่อยปละละเลยมาก|]"
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_formal_omission_cleanliness_act",
        category="abuse_of_power",
        credibility="credible",
        voice="woman who cites the law, formal web complaint",
        channels=("web_form", "letter"),
        setting="city",
        speaker="female",
        text=(
            "[ดิฉันขอร้องเรียน|ขอร้องเรียน]สำนักงานเขต{khet}[ ฝ่ายเทศกิจ|] กรณีละเว้นการปฏิบัติหน้าที่ "
            "[ผู้ค้าตั้งวางแผงและโต๊ะเก้าอี้บนบาทวิถี|ร้านค้าวางสินค้ารุกล้ำทางเท้า]บริเวณ[ถนน{bkk_road}|ปากซอย{soi}] "
            "[เป็นประจำทุกวัน|ทุกวันตั้งแต่เช้ามืด] "
            "ซึ่งเป็นความผิดตามพระราชบัญญัติรักษาความสะอาดและความเป็นระเบียบเรียบร้อยของบ้านเมือง พ.ศ. 2535 "
            "ดิฉันได้แจ้งผ่าน[ทราฟฟี่ฟองดูว์|ระบบ Traffy Fondue |สายด่วน 1555 ]แล้ว {count} ครั้ง "
            "[ทุกครั้งได้รับแจ้งว่าได้ตักเตือนผู้ค้าแล้ว|ทุกครั้งเขตตอบว่าได้กวดขันแล้ว] "
            "แต่[ไม่เคยมีการจับปรับแม้แต่ครั้งเดียว|สภาพยังเหมือนเดิม] "
            "[จึงขอให้ผู้บังคับบัญชาตรวจสอบการปฏิบัติหน้าที่ของเจ้าหน้าที่ค่ะ|จึงขอให้มีการดำเนินการตามกฎหมายอย่างจริงจังค่ะ]"
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_trucks_banned_hours",
        category="abuse_of_power",
        credibility="credible",
        voice="driver, terse ticket",
        channels=("web_form", "line_chat"),
        setting="city",
        text=(
            "[รถบรรทุกหกล้อ|รถปูน|รถสิบล้อขนดิน]วิ่ง[ถนน{bkk_road}|เข้าซอย{soi} ]ในเวลาห้าม[ช่วง 16.00-20.00|ตอนเช้า 6-9 โมง|ชั่วโมงเร่งด่วน] "
            "[ตำรวจจราจรยืนอยู่ก็ปล่อยผ่าน|ผ่านหน้าป้อมตำรวจไปเฉย ๆ|ตำรวจเห็นแต่ไม่เรียก]"
            "[ ทุกวัน| เป็นประจำ|]"
            "[ ป้ายห้ามมีไว้ทำไม| แจ้งหลายครั้งแล้ว|]"
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_auntie_calls_about_stalls",
        category="abuse_of_power",
        credibility="credible",
        voice="elderly woman on the phone about stalls outside her house",
        channels=("phone_transcript",),
        setting="city",
        speaker="female",
        text=(
            "สวัสดีค่ะ ป้าโทรมาเรื่อง[แผงลอยหน้าบ้าน|ร้านขายของหน้าบ้าน]ค่ะ อยู่[ซอย{soi}|ในซอย{soi}] เขต{khet} "
            "[เขามาตั้งแผงปิดหน้าบ้านป้าเลย|เขาเอาโต๊ะมาวางขวางประตูบ้าน]ค่ะ [เอารถออกไม่ได้|ป้าเดินออกมายังลำบาก] "
            "ป้าแจ้งเขตไป[หลายรอบแล้ว|ตั้งแต่ต้นปี|สามสี่รอบแล้ว]ค่ะ "
            "[เขาก็รับเรื่องแล้วก็เงียบ|เทศกิจเขาก็ไม่มา|เจ้าหน้าที่บอกว่าจะมาดู แต่ไม่เคยมา] "
            "[ป้าไม่รู้จะไปพึ่งใครแล้วค่ะ|ช่วยป้าหน่อยนะคะ|ฝากด้วยนะคะ]"
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_angry_tesakit_missing",
        category="abuse_of_power",
        credibility="credible",
        voice="furious pedestrian, LINE",
        channels=("line_chat", "web_form"),
        setting="city",
        hard="credible_insult",
        text=(
            "[เทศกิจเขต{khet}หายหัวไปไหน|เทศกิจหายหัวไปไหนหมด|เทศกิจตายกันหมดแล้วเหรอ] "
            "[ร้านส้มตำ|ร้านข้าวมันไก่|ร้านก๋วยเตี๋ยว]ตั้งเต็มฟุตบาท{place} ซอย{soi} [ทุกเย็น|ทุกวัน|ตั้งแต่เช้ายันค่ำ] "
            "[มันตั้งแบบนี้ทุกวัน |มันไม่กลัวกฎหมายเลย |]แจ้งไป[ห้ารอบ|{count}รอบ|ไม่รู้กี่รอบ]แล้ว[ไม่เคยมา|ไม่มีใครโผล่หัวมา|เงียบ] "
            "[จ้างมาทำไม|กินเงินเดือนภาษีประชาชน|ไร้ประโยชน์ที่สุด]"
            "[ ทุเรศ| น่าอาย|]"
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_rude_and_never_come",
        category="abuse_of_power",
        credibility="credible",
        voice="resident whose drive is blocked, phoned the district office",
        channels=("web_form", "line_chat", "phone_transcript"),
        setting="city",
        hard="two_category",
        text=(
            "<<[รถจอดขวางหน้าบ้าน|รถลูกค้าร้านข้างบ้านจอดปิดทางเข้าออก]ใน[ซอย{soi}|ซอย {soi}] [ทุกวัน|เกือบทุกวัน] "
            "##[โทรไปเขต{khet}|โทรไปฝ่ายเทศกิจ|โทรไปที่เขต] เจ้าหน้าที่[พูดจาไม่ดี|ตอบห้วน ๆ|พูดจาไม่สุภาพ] "
            "บอกว่า[เรื่องแค่นี้ไปคุยกันเอง|ไม่ใช่หน้าที่ ไปแจ้งตำรวจ|ให้ไปตกลงกับเจ้าของรถเอง] >>"
            "[แจ้งไปหลายครั้งก็ไม่เคยมีใครมาดู|ทั้งที่ฟุตบาทกับถนนหน้าบ้านเป็นที่สาธารณะ เขตต้องดูแล|แจ้ง{count}ครั้งแล้วไม่เคยมีใครลงพื้นที่]"
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_signs_photographed_not_seized",
        category="abuse_of_power",
        credibility="credible",
        voice="pedestrian annoyed by sandwich boards, short ticket",
        channels=("web_form", "line_chat"),
        setting="city",
        text=(
            "[ป้ายโฆษณาร้าน|ป้ายตั้งร้านนวด|ป้ายไวนิลร้านอาหาร]วางบนทางเท้า[{place}|ถนน{bkk_road}|ซอย{soi} ]"
            "[ตั้งแต่เที่ยงถึงสามทุ่ม|ทุกวัน|ทุกคืน] "
            "[เทศกิจมาถ่ายรูปคู่กับป้ายแล้วก็ไป|มันวางแบบนี้ทุกวัน เทศกิจก็แค่มาถ่ายรูป|เทศกิจมาดูแล้วก็เดินผ่าน|เจ้าหน้าที่มาแค่ยกป้ายหลบแล้วก็วางกลับที่เดิม] "
            "[ไม่ยึดป้าย ไม่ปรับ|ไม่เคยยึด|ไม่มีการดำเนินการใด ๆ]"
            "[ แบบนี้เมื่อไหร่จะหมด| ขอให้บังคับใช้กฎหมาย|]"
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_car_dealer_blocks_soi",
        category="abuse_of_power",
        credibility="credible",
        voice="woman living in the soi, tired of arguing with the dealer",
        channels=("web_form", "line_chat"),
        setting="city",
        speaker="female",
        text=(
            "[เต็นท์รถมือสอง|ร้านขายรถ|อู่ซ่อมรถ]ปากซอย{soi} เอารถมาจอด[เรียงหน้าปากซอย|บนทางเท้าและถนน|ขวางทางเข้าซอย]"
            "[แบบถาวร|ทั้งวันทั้งคืน|เป็นสิบคัน]ค่ะ "
            "[มีเทศกิจและตำรวจ สน.{khet}มาดูแล้ว|เขตกับตำรวจมาดูแล้วสองรอบ] "
            "[แต่ก็ไม่ทำอะไร|ก็แค่บอกให้ขยับ|แต่ร้านก็ยังทำเหมือนเดิม]ค่ะ "
            "[คนในซอยเข้าออกลำบาก|รถฉุกเฉินเข้าไม่ได้|รถเมล์เลี้ยวไม่ได้] "
            "[เบื่อทะเลาะกับร้านแล้วค่ะ ช่วยดูหน่อยนะคะ|ไม่อยากมีเรื่องกับร้าน อยากให้เจ้าหน้าที่จัดการค่ะ]"
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_canal_shack_district_ignores",
        category="abuse_of_power",
        credibility="credible",
        voice="resident by a canal, terse",
        channels=("web_form", "line_chat"),
        setting="city",
        text=(
            "[มีคนปลูกเพิง|มีคนสร้างบ้านรุกล้ำ|ร้านค้าต่อเติมยื่น]ลงไปใน[ลำรางสาธารณะ|คลอง|ทางระบายน้ำ]"
            "[ริมคลองซอย{soi}|หลังชุมชน|ท้ายซอย{soi}] [น้ำระบายไม่ได้|ทางน้ำแคบลงครึ่งหนึ่ง] "
            "[แจ้งเจ้าหน้าที่เขตแล้วแต่เพิกเฉย|แจ้งเขต{khet}ไปแล้ว เจ้าหน้าที่บอกว่ารู้แล้วแต่ไม่ทำอะไร|เขตรู้มาเป็นปีแล้วแต่ปล่อย]"
            "[ เพิ่งจะสร้างเพิ่มอีกหลัง|]"
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_moto_taxi_stand_on_footpath",
        category="abuse_of_power",
        credibility="credible",
        voice="pedestrian, one line",
        channels=("web_form", "line_chat"),
        setting="city",
        text=(
            "[วินมอไซค์|วินมอเตอร์ไซค์รับจ้าง]ตั้งวินจอดเต็มทางเท้า[ปากซอย{soi}|หน้าสถานีรถไฟฟ้า|{place}] "
            "[เทศกิจเดินผ่านทุกวันไม่เคยว่า|เทศกิจกับตำรวจเห็นทุกวันแต่ไม่เคยจัดการ|แจ้งไปแล้วเจ้าหน้าที่ไม่เคยมา]"
            "[ คนเดินต้องลงถนน| รถเข็นคนพิการผ่านไม่ได้|]"
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_sunday_demolition_noise",
        category="abuse_of_power",
        credibility="credible",
        voice="resident, short ticket about weekend construction noise",
        channels=("web_form", "line_chat"),
        setting="city",
        text=(
            "[ทุบตึก|รื้ออาคาร|เจาะพื้น]เสียงดัง[วันอาทิตย์|วันหยุด|ทุกวันอาทิตย์]ตั้งแต่[เจ็ดโมงเช้า| 07.00 น.|หกโมงครึ่ง] "
            "[ซอย{soi}|ในซอย{soi} แขวง{khwaeng}|หลังตลาด ซอย{soi}] "
            "[แจ้งเขต{khet}ไปแล้ว ไม่เคยมีใครมาดู|เขตบอกว่าแจ้งผู้รับเหมาแล้ว แต่ไม่เคยสั่งหยุด|แจ้งครั้งที่{count} เขตก็ยังไม่ทำอะไร]"
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_bar_tables_police_pass",
        category="abuse_of_power",
        credibility="credible",
        voice="night-shift worker, LINE",
        channels=("line_chat", "web_form"),
        setting="city",
        text=(
            "[ร้านเหล้า|ร้านหมูกระทะ|ร้านข้าวต้มโต้รุ่ง]ตั้งโต๊ะลงมาถึงผิวถนน[ซอย{soi}|ปากซอย{soi}] [ทุกคืน|เกือบทุกคืน] "
            "[ถึงตีสาม|ยันสว่าง|ตั้งแต่สองทุ่ม] "
            "[สายตรวจ สน.{khet}ขับผ่านทุกคืน|ตำรวจขับผ่านก็ไม่จอด|ตำรวจมาถึงก็แค่ยืนดู] "
            "[ไม่เคยสั่งให้เก็บ|ไม่ทำอะไรเลย|ปล่อยจนเป็นเรื่องปกติ]"
            "[ เกือบมีคนโดนรถชนแล้ว| มันเปิดแบบนี้มาเป็นปีแล้ว|]"
        ),
    ),
    # ------------------------------------------------------------------ frivolous
    Frame(
        id="abuse_of_power.frivolous.real_what_are_tesakit_for",
        category="abuse_of_power",
        credibility="frivolous",
        voice="passer-by venting, one line, no place or act",
        channels=("line_chat", "web_form"),
        setting="city",
        text=(
            "[ทางเท้าเดินไม่ได้ เทศกิจมีไว้ทำไม|เทศกิจหายหัวไปไหนหมด|จ้างเทศกิจมาทำไม|เขตนี้มีเทศกิจไว้ประดับ|ตำรวจแถวนี้มีไว้ทำไม|เจ้าหน้าที่เขตทำงานกันบ้างไหม]"
            "[ ไม่เคยทำอะไรเลย| ไม่เห็นทำงานสักอย่าง| ปล่อยปละละเลยไปหมด| เห็นแต่ไม่ทำ| นั่งกินเงินเดือนไปวัน ๆ|]"
            "[ เบื่อ|!!| เซ็ง| ทุเรศ| เสียภาษีฟรี|]"
        ),
    ),
    Frame(
        id="abuse_of_power.frivolous.real_reported_many_times_vague",
        category="abuse_of_power",
        credibility="frivolous",
        voice="tired citizen, generic complaint with nothing to check",
        channels=("line_chat", "web_form"),
        setting="city",
        text=(
            "[แจ้งกี่ครั้งก็ไม่เคยแก้|แจ้งไปหลายครั้งแล้วก็เหมือนเดิม|แจ้งไปก็เท่านั้น|แจ้งมาเป็นสิบรอบแล้ว|ครั้งที่เท่าไหร่แล้วก็ไม่รู้] "
            "[เจ้าหน้าที่ไม่เคยสนใจประชาชน|หน่วยงานรัฐไม่เคยทำงาน|เขตไม่เคยฟังเสียงชาวบ้าน]"
            "[ ละเลยหน้าที่กันทั้งนั้น| ไม่มีใครรับผิดชอบ| ไม่เคยดำเนินการอะไร| ขอให้ตรวจสอบด้วย|]"
            "[ ประเทศนี้มันเป็นอะไร| ผิดหวังมาก| เสียเวลาแจ้ง| แอปนี้มีไว้ทำไม|]"
        ),
    ),
    Frame(
        id="abuse_of_power.frivolous.real_fire_every_tesakit",
        category="abuse_of_power",
        credibility="frivolous",
        voice="man with a request no agency can act on",
        channels=("line_chat", "web_form"),
        setting="city",
        speaker="male",
        text=(
            "[อยากให้ผู้ว่าฯ|ขอให้ท่านผู้ว่า|อยากให้รัฐบาล]ไล่[เทศกิจออกให้หมดทั้งกรุงเทพ|ตำรวจจราจรออกทั้งหมด|ข้าราชการเขตออกให้หมด]"
            "[ แล้วจ้างคนใหม่| ไปเลย| แล้วตรวจสอบใหม่ทั้งหมด|]ครับ "
            "[ไม่มีใครทำงานสักคน|พวกนี้ละเว้นการปฏิบัติหน้าที่กันทั้งนั้น|ทำงานไม่เป็นกันสักคน]"
            "[ ผมว่าดีที่สุดแล้วครับ|]"
        ),
        hard="frivolous_vocab",
    ),
    Frame(
        id="abuse_of_power.frivolous.real_header_only_complaint",
        category="abuse_of_power",
        credibility="frivolous",
        voice="form submitted with only a heading",
        channels=("web_form",),
        text=(
            "[เรื่องที่ต้องการแจ้ง|หัวข้อ: ร้องเรียน|ร้องเรียน|แจ้งเรื่อง|ขอร้องเรียนเจ้าหน้าที่]"
            "[ - |\n|: ]"
            "[เจ้าหน้าที่ละเว้นการปฏิบัติหน้าที่|ปัญหาเทศกิจไม่ทำหน้าที่|เจ้าหน้าที่ใช้อำนาจโดยมิชอบ|ปล่อยปละละเลย|เทศกิจไม่ปฏิบัติหน้าที่|ตำรวจละเลยหน้าที่|เขตเพิกเฉย]"
            "[ (เลือกปฏิบัติ)|]"
        ),
        hard="frivolous_vocab",
    ),
    Frame(
        id="abuse_of_power.frivolous.real_joke_tesakit_on_holiday",
        category="abuse_of_power",
        credibility="frivolous",
        voice="joker, LINE",
        channels=("line_chat",),
        setting="city",
        speaker="male",
        text=(
            "[เทศกิจไปเที่ยวกันหมดเหรอครับ|ตำรวจไปจำศีลกันหมดเหรอครับ|เขตปิดปรับปรุงเหรอครับ|เทศกิจลาพักร้อนทั้งปีเหรอครับ|เจ้าหน้าที่เขตไปเข้าค่ายกันหมดเหรอครับ] "
            "[ไม่เห็นมีใครทำงาน|หาไม่เจอสักคน|ไม่เห็นสักคน] [555|5555|ฮ่า ๆ]"
            "[ ขอสักคนมาทำงานที| ฝากถามหน่อยครับ| หรือผมตาฝาดครับ|]"
        ),
    ),
    Frame(
        id="abuse_of_power.frivolous.real_operator_no_detail",
        category="abuse_of_power",
        credibility="frivolous",
        voice="1555 operator noting a call with nothing to act on",
        channels=("web_form",),
        speaker="operator",
        text=(
            "ปัญหา: [ผู้ร้องแจ้งว่า|ผู้ร้องเรียนแจ้งว่า] "
            "[เจ้าหน้าที่ไม่ดำเนินการตามที่แจ้ง|เจ้าหน้าที่เขตละเลยการปฏิบัติหน้าที่|เจ้าหน้าที่ไม่ทำหน้าที่] "
            "[ผู้ร้องไม่ระบุสถานที่และรายละเอียด|ไม่ระบุเรื่องที่เคยแจ้งและสถานที่|ผู้ร้องไม่สะดวกให้ข้อมูลเพิ่มเติม]"
            "[ และวางสายไป| ผู้ร้องต้องการให้ตรวจสอบ|]"
            "[เขต: -#1555|#1555|]"
        ),
    ),
    Frame(
        id="abuse_of_power.frivolous.real_woman_general_neglect",
        category="abuse_of_power",
        credibility="frivolous",
        voice="woman venting in general terms",
        channels=("line_chat", "web_form"),
        speaker="female",
        text=(
            "[เจ้าหน้าที่เขตไม่เคยสนใจอะไรเลยค่ะ|สำนักงานเขตไม่เคยสนใจประชาชนค่ะ|เทศกิจไม่เคยทำงานค่ะ] "
            "[แจ้งไปก็ไม่ดำเนินการ|แจ้งเรื่องไปก็เงียบ|ปล่อยปละละเลยทุกเรื่อง]"
            "[ ขอให้ตรวจสอบด้วยค่ะ| เหนื่อยใจค่ะ| ไม่รู้จะพึ่งใครแล้วค่ะ|]"
        ),
    ),
    Frame(
        id="abuse_of_power.frivolous.real_long_rant_no_substance",
        category="abuse_of_power",
        credibility="frivolous",
        voice="long, angry complaint that never says what, where or who",
        channels=("web_form", "line_chat"),
        text=(
            "[ขอร้องเรียนการทำงานของเจ้าหน้าที่|ขอร้องเรียนหน่วยงานที่รับผิดชอบ|อยากร้องเรียนเรื่องการทำงานของเขต] "
            "[แจ้งเรื่องมาตั้งแต่ปีที่แล้ว|แจ้งมาหลายเดือนแล้ว|แจ้งไปกี่รอบแล้วก็ไม่รู้] "
            "[บอกว่าจะมาดูแต่ก็ไม่เคยมา|รับปากทุกครั้งแต่ก็เงียบ] "
            "[เปิดแอปทีไรก็ขึ้นว่ากำลังดำเนินการ|ถามไปก็บอกให้รอ|โทรไปก็โยนกันไปมา] "
            "[ประชาชนเสียภาษีทุกปีแต่ไม่เคยได้อะไร|เงินเดือนมาจากภาษีประชาชนนะ|ทำงานแบบนี้ไม่ละอายบ้างเหรอ] "
            "[ผู้บริหารก็ดีแต่พูด|ผู้ใหญ่ก็ไม่เคยลงมาดู|หาเสียงไว้อย่างดี] "
            "[ถ้าทำงานไม่ได้ก็ลาออกไป|ละเว้นการปฏิบัติหน้าที่กันทั้งนั้น|ปล่อยปละละเลยทุกเรื่อง]"
            "[ ให้คนที่เขาทำได้มาทำ| เบื่อจริง ๆ| หมดศรัทธาแล้ว|]"
        ),
    ),
    # ------------------------------------------------------------------ malicious
    Frame(
        id="abuse_of_power.malicious.real_grudge_against_tesakit_officer",
        category="abuse_of_power",
        credibility="malicious",
        voice="vendor whose stall was removed, grudge against one officer",
        channels=("line_chat", "web_form"),
        setting="city",
        speaker="male",
        hard="malicious_detail",
        text=(
            "[เทศกิจชื่อ{name}|เทศกิจคนที่ชื่อ{name}|เทศกิจ{name}] เขต{khet} "
            "[มันหมั่นไส้ร้านผม[ที่ปากซอย{soi}|ที่{place}|]|มันจ้องแต่จะเล่นงานร้านผม[ที่ปากซอย{soi}|]|มันมีปัญหากับผมส่วนตัว]ครับ "
            "[หน้าตามันก็กวนตีน|นิสัยเสียมาตั้งแต่เด็ก|สันดานมันเป็นแบบนี้] "
            "[ได้ยินว่าที่บ้านมันก็ทะเลาะกันทุกวัน|คนแถวบ้านมันก็ไม่มีใครชอบ|ญาติพี่น้องมันยังไม่คบ] "
            "[ขอให้ย้ายมันออกไปให้พ้น|ขอให้ไล่มันออก|ต้องให้มันตกงาน|ขอให้ตรวจสอบแล้วไล่มันออก]ครับ "
            "[ถ้ายังอยู่ผมจะแจ้งทุกวัน|ผมจะแจ้งจนกว่ามันจะโดนย้าย|ไม่งั้นผมแจ้งทุกวันแน่]"
        ),
    ),
    Frame(
        id="abuse_of_power.malicious.real_director_private_life",
        category="abuse_of_power",
        credibility="malicious",
        voice="anonymous smear of a district director's private life",
        channels=("line_chat", "web_form"),
        setting="city",
        text=(
            "[ผอ.เขต{khet}คนนี้|ผู้อำนวยการเขต{khet}คนใหม่|ผอ.เขต{khet}] "
            "[เอาเวลาไปเที่ยวผับทุกคืน|ไปตีกอล์ฟทุกวันพุธ|วัน ๆ เอาแต่ถ่ายรูปลงเฟซ] "
            "[มีเมียน้อยเป็นลูกน้องในเขต|ชีวิตส่วนตัวเละเทะ|ลูกก็เกเรเหมือนพ่อ] "
            "[ไม่สนใจงานเลย ปล่อยเขตเละ|คนแบบนี้ไม่สมควรเป็นผู้บริหาร|ดูหน้าก็รู้ว่าไม่ทำงาน] "
            "[ต้องปลดออก|ขอให้ปลดออกด่วน|ไล่ออกไปเลย|ขอให้สำนักงานเขตตรวจสอบแล้วปลดออก]"
            "[ ทุกคนในเขตรู้กันหมด|]"
        ),
    ),
    Frame(
        id="abuse_of_power.malicious.real_copy_paste_campaign",
        category="abuse_of_power",
        credibility="malicious",
        voice="campaign message pasted into the platform",
        channels=("line_chat", "web_form"),
        setting="city",
        text=(
            "[#ย้ายหัวหน้าเทศกิจเขต{khet}|#หัวหน้าเทศกิจเขต{khet}ต้องออกไป|#ปลดผอ.เขต{khet}] "
            "[ร่วมกันแจ้งคนละครั้ง|ช่วยกันส่งคนละเรื่อง|ก๊อปข้อความนี้ไปแจ้งได้เลย] "
            "[ให้ระบบมันเต็ม|ให้ถึงผู้ว่า|ให้มันรู้ว่าคนทั้งเขตไม่เอา] "
            "[คนนี้ไม่เหมาะกับตำแหน่ง|คนนี้ต้องไปเท่านั้น|ไม่เอาคนนี้] "
            "[แชร์ต่อด้วย|ส่งต่อ ๆ กันไป|ช่วยกันนะทุกคน]"
            "[ #{khet}ไม่เอา|]"
        ),
    ),
    Frame(
        id="abuse_of_power.malicious.real_threat_public_works_officer",
        category="abuse_of_power",
        credibility="malicious",
        voice="man threatening a named works officer after a personal quarrel",
        channels=("line_chat", "phone_transcript"),
        setting="city",
        speaker="male",
        text=(
            "[เจ้าหน้าที่โยธาชื่อ{name}|นายช่างเขต{khet}ที่ชื่อ{name}|เจ้าหน้าที่{name} ฝ่ายโยธา] "
            "[เคยมีเรื่องกับแม่ผม|เคยด่าพ่อผมตอนไปติดต่อ|ทะเลาะกับผมเรื่องที่จอดรถหน้าบ้าน] "
            "[คนแบบนี้ไม่ควรเป็นข้าราชการ|คนแบบนี้ไม่ควรได้ทำงานหลวง|ไม่ควรมีที่ยืนในเขต]ครับ "
            "[ถ้าเขตไม่ย้ายมันออก|ถ้ายังเห็นหน้ามันอยู่] "
            "[ผมจะไปรอมันหน้าเขตเอง|ผมจะไปจัดการมันเอง|อย่าหาว่าผมไม่เตือน]"
        ),
    ),
    Frame(
        id="abuse_of_power.malicious.real_operator_transfer_demand",
        category="abuse_of_power",
        credibility="malicious",
        voice="1555 operator writing up a caller who wants one officer removed for personal reasons",
        channels=("web_form",),
        setting="city",
        speaker="operator",
        text=(
            "ปัญหา: ผู้ร้องแจ้งว่า ต้องการให้ย้าย[เจ้าหน้าที่เทศกิจ|หัวหน้าฝ่ายโยธา|เจ้าหน้าที่ฝ่ายรักษาความสะอาด] "
            "[ชื่อ{name}|ที่ชื่อ{name}] ออกจากสำนักงานเขต{khet} "
            "[เนื่องจากไม่พอใจพฤติกรรมส่วนตัว|เนื่องจากเคยมีปากเสียงกับครอบครัวผู้ร้อง|เนื่องจากผู้ร้องเห็นว่านิสัยไม่ดี] "
            "[ผู้ร้องกล่าวถ้อยคำหยาบคายต่อเจ้าหน้าที่รายดังกล่าวหลายครั้ง|ผู้ร้องแจ้งว่าจะโทรมาแจ้งทุกวันจนกว่าจะย้าย] "
            "[ไม่ได้ระบุการกระทำผิดในหน้าที่|เมื่อสอบถามถึงการกระทำในหน้าที่ ผู้ร้องไม่ได้ระบุ]"
            "#1555"
        ),
    ),
]
