"""Real-register frames for bribery: the bystander who infers a payoff from impunity, and the direct demand for money.

LABELS.md rule 2 (insinuated payment wins): "น่าจะได้ส่วย", "จ่ายแล้วจบ?", "สงสัยรับเงิน", "เจอ จ่าย จบ" make a
city complaint about tolerated vendors, parking or bars `bribery`, however tentative; the same complaint
without the hint is abuse_of_power (see real_abuse_of_power). Credible frames carry a place and a concrete act;
the frivolous ones say ส่วย with nothing to check; the malicious ones aim at one official.
"""

from training.corpus.frames.base import Frame

FRAMES: list[Frame] = [
    # ------------------------------------------------------------------ credible
    Frame(
        id="bribery.credible.real_stalls_probably_paid",
        category="bribery",
        credibility="credible",
        voice="passer-by who sees the tesakit walk past the stalls, terse ticket",
        channels=("web_form", "line_chat"),
        setting="city",
        text=(
            "[แผงลอย|ร้านค้า|รถเข็น]ตั้งขายบนทางเท้า[{place}|ปากซอย{soi}|ถนน{bkk_road}] "
            "[ทุกวัน|ทุกเย็น|ตั้งแต่เช้ายันค่ำ]"
            "[ เทศกิจเดินผ่านไม่เคยว่าอะไร| เทศกิจยืนคุยกับแม่ค้าด้วยซ้ำ| เจ้าหน้าที่เขตเห็นทุกวันแต่ไม่ทำอะไร] "
            "[น่าจะได้ส่วย|สงสัยได้ส่วย|คงได้ส่วยกันอยู่|มีจ่ายแน่นอน]"
            "[ ขอให้ตรวจสอบ|]"
        ),
    ),
    Frame(
        id="bribery.credible.real_footpath_parking_pay_and_done",
        category="bribery",
        credibility="credible",
        voice="pedestrian, one or two lines",
        channels=("web_form", "line_chat"),
        setting="city",
        text=(
            "[รถกระบะ|รถเก๋ง|มอไซค์]จอดบนฟุตบาท[หน้าร้าน|{place}|ซอย{soi}][ทุกวัน|ทั้งวัน|ทุกเช้า 8.00-13.00] "
            "[ป้ายห้ามจอดก็มี ตำรวจก็เห็น|แจ้งไป{count}รอบแล้ว|เทศกิจก็เดินผ่าน] "
            "[จ่ายแล้วจบ?|จ่ายแล้วจบใช่ไหม|จ่ายแล้วจอดได้?|จ่ายส่วยเลยจอดได้]"
        ),
    ),
    Frame(
        id="bribery.credible.real_vendor_monthly_fee_night_shift",
        category="bribery",
        credibility="credible",
        voice="young woman who sells drinks on the footpath and is made to pay every month",
        channels=("line_chat", "web_form"),
        setting="city",
        speaker="female",
        text=(
            "[หนูขายน้ำปั่นอยู่|หนูขายลูกชิ้นทอดอยู่|หนูเปิดแผงขายผลไม้อยู่]{place} [ซอย{soi}|ถนน{bkk_road}] เขต{khet}ค่ะ "
            "[เทศกิจชุดกลางคืน|เจ้าหน้าที่เทศกิจสองคน|มีเทศกิจ]มาเก็บเงิน[เดือนละ {amount_small}|ทุกต้นเดือน {amount_small}|อาทิตย์ละ 300] "
            "[บอกว่าเป็นค่าดูแล|บอกว่าจ่ายแล้วขายได้ไม่โดนจับ|ไม่มีใบเสร็จอะไรให้]ค่ะ "
            "[ร้านไหนไม่จ่ายก็โดนยึดของ|เดือนที่แล้วป้าข้าง ๆ ไม่จ่าย โดนยกแผงไปเลย|ใครไม่จ่ายโดนไล่]"
            "[ หนูไม่อยากจ่ายแต่ไม่จ่ายก็ขายไม่ได้ค่ะ| เงินนี้เข้ากระเป๋าใครคะ| แบบนี้ถูกต้องไหมคะ|]"
        ),
    ),
    Frame(
        id="bribery.credible.real_traffic_cop_cash_no_ticket",
        category="bribery",
        credibility="credible",
        voice="motorcyclist stopped at a junction, man",
        channels=("line_chat", "web_form", "phone_transcript"),
        setting="city",
        speaker="male",
        text=(
            "[ผมโดนตำรวจจราจรเรียก|ตำรวจจราจรเรียกผมจอด|ผมโดนเรียกตรวจ]ที่[แยก|ใต้สะพานข้ามแยก|หน้าปั๊มบนถนน]{bkk_road} "
            "[ตอนเย็นวานนี้|เมื่อเช้า|{weekday}ที่แล้ว]ครับ "
            "[ไม่มีใบขับขี่ติดตัว|ลืมพกใบขับขี่|ภาษีรถขาดไปเดือนนึง] "
            "ตำรวจบอกว่า[จ่าย 500 จบ|ถ้าไม่อยากไปเสียค่าปรับที่โรงพักก็จ่าย {amount_small} ตรงนี้|จ่ายตรงนี้เลยไม่ต้องออกใบสั่ง] "
            "[ไม่มีใบเสร็จ|ไม่ออกใบสั่ง|รับเงินสดแล้วเก็บใส่กระเป๋าเสื้อ]ครับ"
            "[ ขอให้ตรวจสอบด้วยครับ| ผมว่าแบบนี้ไม่ถูก| จุดนี้ตั้งด่านเรียกเงินเป็นประจำ|]"
        ),
    ),
    Frame(
        id="bribery.credible.real_permit_counter_speed_money",
        category="bribery",
        credibility="credible",
        voice="homeowner applying for an extension permit, web complaint",
        channels=("web_form", "letter"),
        setting="city",
        text=(
            "[ยื่นขออนุญาตต่อเติมบ้าน|ยื่นขออนุญาตก่อสร้างอาคาร|ยื่นขอใบอนุญาตดัดแปลงอาคาร]ที่ฝ่ายโยธา สำนักงานเขต{khet} "
            "[เอกสารครบแล้ว|ยื่นไปตั้งแต่สองเดือนก่อน|ยื่นแบบครบตามที่เจ้าหน้าที่แจ้ง] "
            "[เจ้าหน้าที่บอกว่า|เจ้าหน้าที่ที่เคาน์เตอร์พูดว่า]ถ้าอยากได้เร็ว[ต้องมีค่าดำเนินการพิเศษ|ต้องจ่ายค่าเร่งงาน|ให้ช่วยค่าน้ำร้อนน้ำชา] "
            "[ประมาณ {amount_small}|หลักหมื่น|{amount_small} ต่อแบบ] "
            "[ไม่จ่ายก็รอไปก่อน|ถ้าไม่จ่ายจะไม่รู้ว่าเรื่องจะออกเมื่อไหร่|คนอื่นเขาก็จ่ายกันทั้งนั้น] "
            "[ขอให้ตรวจสอบการเรียกรับเงินของเจ้าหน้าที่|แบบนี้คือเรียกรับสินบนหรือไม่|ค่าธรรมเนียมตามกฎหมายไม่ได้มีแบบนี้]"
        ),
    ),
    Frame(
        id="bribery.credible.real_site_inspector_in_tent",
        category="bribery",
        credibility="credible",
        voice="neighbour of a construction site, suspects the inspectors are paid",
        channels=("web_form", "line_chat"),
        setting="city",
        text=(
            "ไซต์ก่อสร้าง[ในซอย{soi} |ข้างบ้าน|ตรงข้ามหมู่บ้าน][ทำงานเกินเวลาทุกคืน|ไม่มีผ้าคลุมฝุ่น|ขนดินทำถนนเละ] "
            "[เจ้าหน้าที่เขตมาตรวจทีไร|ฝ่ายโยธาเขต{khet}มาทีไร]ก็[เข้าไปนั่งในเต็นท์ผู้รับเหมา|เข้าไปคุยในออฟฟิศไซต์]"
            "[ครึ่งชั่วโมง|นานมาก|] ออกมาก็[ไม่สั่งอะไร|กลับเลย|ยิ้มแย้มกันดี] "
            "[สงสัยรับเงิน|มีอะไรกันหรือเปล่า จ่ายกันหรือเปล่า|ไม่รู้ได้ซองไปเท่าไหร่]"
            "[ งานก็ยังทำเหมือนเดิม|]"
        ),
    ),
    Frame(
        id="bribery.credible.real_pub_police_car_nightly",
        category="bribery",
        credibility="credible",
        voice="resident kept awake by a pub that never gets raided",
        channels=("web_form", "line_chat"),
        setting="city",
        text=(
            "[ผับ|ร้านเหล้า|บาร์]ใน[ซอย{soi} |ซอย {soi} ]เปิด[ถึงตีห้า|เกินเวลาทุกคืน|ยันสว่าง] เสียงดังทั้งซอย "
            "[รถตำรวจมาจอดหน้าร้านทุกคืน|สายตรวจ สน.{khet}แวะหน้าร้านทุกคืน] "
            "[ไม่ใช่มาจับ|เข้าไปแป๊บเดียว|คุยกับคนหน้าร้านแล้วก็ไป] "
            "[ส่วยหรือเปล่า|รับส่วยกันใช่ไหม|ได้ส่วยรายเดือนหรือไง]"
            "[ แจ้ง 191 กี่ครั้งก็ไม่มีอะไรเปลี่ยน| ร้านก็เปิดต่อเหมือนเดิม|]"
        ),
    ),
    Frame(
        id="bribery.credible.real_operator_suspected_benefit",
        category="bribery",
        credibility="credible",
        voice="1555 operator writing up a caller who suspects a payoff",
        channels=("web_form",),
        setting="city",
        speaker="operator",
        text=(
            "ปัญหา: [ผู้ร้องแจ้งว่า|ผู้ร้องเรียนแจ้งว่า] "
            "[มีร้านอาหารตั้งโต๊ะเก้าอี้|มีผู้ค้าตั้งแผง|มีร้านค้าวางสินค้า]บนบาทวิถี[ตลอดแนวหน้าร้าน|บริเวณปากซอย] "
            "ช่วงเวลา[ประมาณ 17.00-23.00 น.|ประมาณ 06.00-11.00 น.|ประมาณ 11.00-21.00 น.]ทุกวัน "
            "[ผู้ร้องแจ้งว่าเคยเห็นเจ้าหน้าที่เทศกิจมารับซองจากเจ้าของร้าน|ผู้ร้องสงสัยว่าเจ้าหน้าที่อาจได้รับผลประโยชน์จากผู้ค้า "
            "เนื่องจากไม่เคยมีการจับปรับ|ผู้ร้องแจ้งว่าเจ้าของร้านพูดว่าจ่ายเขตทุกเดือนแล้ว] "
            "[ผู้ร้องต้องการให้ตรวจสอบเจ้าหน้าที่ผู้รับผิดชอบ|ผู้ร้องขอให้ตรวจสอบการปฏิบัติหน้าที่ของเจ้าหน้าที่]"
            "[ซอย: {soi}|ถนน: {bkk_road}]เขต: {khet}#1555"
        ),
    ),
    Frame(
        id="bribery.credible.real_tow_cash_no_receipt",
        category="bribery",
        credibility="credible",
        voice="driver whose car was about to be towed",
        channels=("web_form", "line_chat"),
        setting="city",
        text=(
            "[จอดรถ|แวะจอด][ริมถนน{bkk_road}|หน้าธนาคาร|ในซอย{soi}][แค่สิบนาที|ไม่ถึงครึ่งชั่วโมง| ไปซื้อยาแป๊บเดียว] "
            "[รถยกของตำรวจ|เจ้าหน้าที่รถยก|รถยกของ สน.{khet}][มายกรถพอดี|กำลังจะยก|มาล็อกล้อไว้] "
            "เจ้าหน้าที่บอกว่า[จ่ายสดตรงนี้ {amount_small} ไม่ต้องยกไปโรงพัก|ถ้าไม่อยากไปไถ่รถที่ สน. ก็จ่ายตรงนี้|ให้ {amount_small} แล้วจะปลดล็อกให้] "
            "[ไม่มีใบเสร็จ ไม่มีใบสั่ง|จ่ายแล้วก็ไม่ได้ใบเสร็จ|พอถามหาใบเสร็จก็บอกว่าไม่มี] "
            "[แบบนี้ถูกต้องหรือไม่|เงินเข้าหลวงหรือเข้ากระเป๋า|ขอให้ตรวจสอบ]"
        ),
    ),
    Frame(
        id="bribery.credible.real_envelope_seen_phone_call",
        category="bribery",
        credibility="credible",
        voice="man who saw an envelope handed to a tesakit officer, phone call",
        channels=("phone_transcript",),
        setting="city",
        speaker="male",
        text=(
            "[ครับ คือ|ครับ |ครับ เอ่อ ]ผมจะแจ้งเรื่อง[ร้านหมูกระทะ|ร้านข้าวต้ม|ร้านอาหารทะเล]ที่ตั้งโต๊ะบนทางเท้า[ปากซอย{soi} |ในซอย{soi} ]ครับ "
            "[เมื่อวาน|เมื่อคืน|{weekday}ที่แล้ว]ตอน[ประมาณ |][ทุ่มนึง|สองทุ่ม|หกโมงเย็น] "
            "ผมเห็นกับตา[เจ้าของร้านยื่นซองสีน้ำตาลให้เทศกิจ|เทศกิจเดินเข้าไปรับซองหลังร้าน]ครับ "
            "[ใส่ชุดเทศกิจเลย|มากันสองคน ขี่มอไซค์มา] "
            "[รับเสร็จก็ขี่ออกไป|รับแล้วก็ไปเลย ไม่ได้บอกให้เก็บโต๊ะ] "
            "[ร้านนี้ก็เลยตั้งได้ทุกวัน|ผมแจ้งเรื่องโต๊ะไปหลายครั้งไม่เคยมีใครมา ที่แท้ก็แบบนี้]ครับ"
        ),
    ),
    Frame(
        id="bribery.credible.real_warned_then_back_pay_done",
        category="bribery",
        credibility="credible",
        voice="regular Traffy user, dotted terse style",
        channels=("line_chat", "web_form"),
        setting="city",
        text=(
            "[หาบเร่แผงลอย|รถเข็นขายของ|แผงขายของที่ระลึก][บริเวณ|]{place} [ถนน{bkk_road}|ปากซอย{soi}] เขต{khet}"
            "[.| |. ][เจ้าหน้าที่มาสั่งเก็บแล้ว|เทศกิจมาไล่แล้ว|มีเจ้าหน้าที่มาเตือนแล้ว]"
            "[.| |. ][ยังแอบมาขายต่อเหมือนไม่มีอะไรเกิดขึ้น|ครึ่งชั่วโมงก็กลับมาตั้งใหม่|วันรุ่งขึ้นก็มาที่เดิม]"
            "[.| |. ][เจอ.จ่าย.จบ.หรือไม่|เจอ จ่าย จบ หรือเปล่า|เจอ-จ่าย-จบ?]"
            "[ ช่วยตรวจสอบด้วย| ช่วยตรวจสอบหน่อย| ทีมผู้ว่าช่วยดูด้วย|]"
        ),
    ),
    Frame(
        id="bribery.credible.real_how_much_for_footpath",
        category="bribery",
        credibility="credible",
        voice="sarcastic resident pointing at one shop",
        channels=("line_chat", "web_form"),
        setting="city",
        text=(
            "[ต้องจ่ายเดือนละเท่าไหร่|ต้องจ่ายใครเท่าไหร่|ต้องจ่ายยังไง]"
            "[ ถึงจะได้ตั้งร้านบนฟุตบาท| ถึงจะขายของบนทางเท้าได้| ถึงจะจอดรถบนทางเท้าได้]"
            "เหมือน[ร้านก๋วยเตี๋ยว|ร้านกาแฟ|ร้านซ่อมมอไซค์|ร้านขายยาง]{place} [ซอย{soi}|ถนน{bkk_road}] "
            "[ตั้งเต็มทางเท้าทุกวันไม่เคยโดน|ตั้งมาเป็นปีไม่มีใครแตะ|เทศกิจมาก็ไม่เคยปรับ]"
            "[ อยากรู้จริง ๆ| บอกหน่อย|]"
        ),
    ),
    Frame(
        id="bribery.credible.real_formal_monthly_collection_letter",
        category="bribery",
        credibility="credible",
        voice="woman writing for a group of vendors, formal letter",
        channels=("letter", "web_form"),
        setting="city",
        speaker="female",
        text=(
            "[เรียน ผู้ว่าราชการกรุงเทพมหานคร|เรียน ผู้อำนวยการเขต{khet}|เรียน ผู้อำนวยการสำนักเทศกิจ]\n"
            "ดิฉันเป็นผู้ค้า[ในจุดผ่อนผัน|บริเวณ]{place} [ถนน{bkk_road}|ซอย{soi}] "
            "ขอร้องเรียนว่า[เจ้าหน้าที่เทศกิจสำนักงานเขต{khet}|เจ้าหน้าที่เทศกิจชุดปฏิบัติการกลางคืน]"
            "ได้เรียกเก็บเงินจากผู้ค้า[รายละ {amount_small} ต่อเดือน|เป็นรายเดือน] "
            "[โดยอ้างว่าเป็นค่าดูแลพื้นที่|โดยไม่มีใบเสร็จรับเงินของทางราชการ] "
            "ผู้ค้าที่ไม่จ่าย[ถูกยึดแผงและสินค้า|ถูกจับปรับทุกวัน] ขณะที่ผู้ค้าที่จ่ายสามารถ[ขยายแผงลงผิวจราจรได้|ขายนอกเวลาได้] "
            "[ดิฉันและผู้ค้าอีกหลายรายยินดีให้ข้อมูล|ผู้ค้าหลายรายพร้อมให้ถ้อยคำ]หากมีการสอบข้อเท็จจริง\n"
            "[จึงเรียนมาเพื่อโปรดตรวจสอบ|จึงเรียนมาเพื่อโปรดพิจารณาดำเนินการ]"
        ),
    ),
    Frame(
        id="bribery.credible.real_angry_suay_eaters",
        category="bribery",
        credibility="credible",
        voice="furious resident whose soi is blocked, LINE",
        channels=("line_chat", "web_form"),
        setting="city",
        hard="credible_insult",
        text=(
            "[พวกกินส่วย|ไอ้พวกกินส่วย|กินส่วยกันจนอ้วน] "
            "[ร้านวัสดุก่อสร้าง|โกดังสินค้า|ร้านขายส่ง]ใน[ซอย{soi} |ซอย {soi} ]เอารถบรรทุกมาจอดลงของขวางถนน[ทุกวัน|ทุกเช้า|ทั้งวัน] "
            "[รถสวนกันไม่ได้|รถพยาบาลเข้าไม่ได้|ซอยตันทั้งซอย] "
            "[ตำรวจ สน.{khet}|ตำรวจ|ตำรวจกับเทศกิจ]ไม่เคยทำอะไร "
            "[ร้านนี้จ่ายเท่าไหร่|รับเงินร้านนี้ไปเท่าไหร่|ได้ส่วยเดือนละเท่าไหร่][ถึงหลับตาได้|ถึงทำเป็นมองไม่เห็น|]"
            "[ หน้าด้านมาก| ไร้ยางอาย|]"
        ),
    ),
    Frame(
        id="bribery.credible.real_checkpoint_asks_200",
        category="bribery",
        credibility="credible",
        voice="delivery rider stopped at a police checkpoint, man",
        channels=("line_chat", "web_form"),
        setting="city",
        speaker="male",
        text=(
            "[ด่านตำรวจ|ตำรวจตั้งด่าน][ตรงทางลงสะพาน|หน้าตลาด|ปากซอย{soi}] "
            "[จับแต่ไรเดอร์|เรียกแต่มอไซค์|เรียกตรวจทุกคัน] "
            "[ผมโดนเรียกว่าไม่ใส่หมวก|ผมโดนเรื่องป้ายทะเบียนงอ|โดนเรียกเพราะไฟท้ายไม่ติด] "
            "[ตำรวจขอ 200|บอกว่าจ่าย 200 แล้วไป|ขอเงินสด {amount_small}] [ไม่ออกใบสั่ง|ไม่มีใบเสร็จ]ครับ "
            "[คนอื่นก็โดนเหมือนกัน|ตั้งทุกเย็นวันศุกร์|ตั้งเกือบทุกวันช่วง 17.00-20.00 น.]"
            "[ ฝากตรวจสอบครับ| แบบนี้ไถเงินชัด ๆ ครับ|]"
        ),
    ),
    Frame(
        id="bribery.credible.real_food_licence_inspector",
        category="bribery",
        credibility="credible",
        voice="small restaurant owner applying for a food licence, woman",
        channels=("web_form", "line_chat", "phone_transcript"),
        setting="city",
        speaker="female",
        text=(
            "ดิฉันเปิดร้านอาหารเล็ก ๆ [ในซอย{soi}|แขวง{khwaeng}] "
            "ไปขอใบอนุญาต[จำหน่ายอาหาร|สถานที่จำหน่ายอาหาร]ที่ฝ่ายสิ่งแวดล้อมและสุขาภิบาล เขต{khet}ค่ะ "
            "[เจ้าหน้าที่มาตรวจร้าน|เจ้าหน้าที่ลงมาตรวจสถานที่]แล้ว[บอกว่าร้านไม่ผ่านหลายข้อ|ติโน่นตินี่] "
            "[แต่ถ้าช่วยค่าเดินทาง {amount_small} จะให้ผ่านเลย|แล้วบอกว่าถ้ามีค่าน้ำร้อนน้ำชาก็ผ่านได้|แต่ถ้าจ่ายเพิ่มก็ไม่ต้องแก้]ค่ะ "
            "[ดิฉันไม่จ่าย ตอนนี้เรื่องก็ค้างอยู่|ดิฉันถามว่าจ่ายแล้วได้ใบเสร็จไหม เขาบอกไม่มี]ค่ะ"
        ),
    ),
    Frame(
        id="bribery.credible.real_inspects_before_opening_paid",
        category="bribery",
        credibility="credible",
        voice="resident who sees the inspection timed to miss the stalls and suspects a payoff",
        channels=("web_form", "line_chat"),
        setting="city",
        hard="two_category",
        text=(
            "[เพราะรับส่วย|รับส่วยกันแน่ ๆ|จ่ายกันแล้วใช่ไหม] "
            "[เลยมาตรวจตอนที่ร้านยังไม่ได้ตั้ง|ถึงมาตรวจตอนเช้าตอนร้านยังไม่เปิด|ถึงได้มาถ่ายรูปตอนร้านปิด] "
            "[แล้วปิดเรื่องว่าไม่พบ|แล้วส่งรูปฟุตบาทโล่ง ๆ มาปิดงาน] "
            "[มาตรวจตอน 17.00-22.00 สิ|ลองมาดูหลังสองทุ่ม|มาตอนเย็นดูบ้าง] "
            "[จะเจอโต๊ะเต็มฟุตบาท|เจอตู้ เจอโต๊ะ เต็มทางเท้า|ร้านตั้งเต็มถึงขอบถนน]"
            "[ ซอย{soi}| หน้าร้านเดิม {place}| ที่เดิม ถนน{bkk_road}]"
        ),
    ),
    Frame(
        id="bribery.credible.real_shack_on_hydrant_heard_paid",
        category="bribery",
        credibility="credible",
        voice="woman in a housing estate who overheard the vendors say they pay the district",
        channels=("line_chat", "web_form"),
        setting="city",
        speaker="female",
        text=(
            "[หน้าชุมชน|หน้าแฟลต|ทางเข้าหมู่บ้าน]ซอย{soi} มีคน[ปลูกเพิงขายของ|ตั้งร้านถาวร|ต่อหลังคาขายของ]บนทางเท้า "
            "[ได้ยินแม่ค้าคุยกันว่าจ่ายให้เขตทุกเดือนค่ะ|แม่ค้าบอกเองว่าจ่ายเขตแล้ว ใครจะทำไม|ได้ยินมาว่าจ่ายเทศกิจรายเดือนค่ะ] "
            "[ตรงนั้นเป็นหัวดับเพลิงด้วย|เพิงปิดหัวจ่ายน้ำดับเพลิง|ตรงนั้นเป็นทางรถดับเพลิง] "
            "[ถ้าไฟไหม้จะทำยังไงคะ|ถ้าเกิดไฟไหม้รถดับเพลิงจะเข้ายังไงคะ]"
            "[ รบกวนมาดูด้วยค่ะ| อยากให้รื้อออกค่ะ|]"
        ),
    ),
    Frame(
        id="bribery.credible.real_van_queue_cop_collects",
        category="bribery",
        credibility="credible",
        voice="commuter who watches a policeman collect from van drivers every morning",
        channels=("web_form", "line_chat"),
        setting="city",
        text=(
            "[รถตู้|วินรถตู้เถื่อน|รถสองแถว]จอดรับคนที่ป้ายรถเมล์[หน้าห้าง|ปากซอย{soi} |ถนน{bkk_road} ]"
            "[ทุกเช้า|ช่วง 6-8 โมงเช้า|ตอนเย็นเลิกงาน] รถเมล์เข้าป้ายไม่ได้ "
            "[ตำรวจเดินมาเก็บเงินคนขับทีละคัน|เห็นตำรวจเดินไปรับเงินจากคนคุมคิว|ตำรวจจอดมอไซค์แล้วคนขับเดินเอาเงินมาให้] "
            "[ทุกวันจันทร์|ทุกต้นเดือน|เห็นเป็นประจำ] "
            "[แบบนี้จะจับได้ยังไง|ถึงได้จอดกันได้สบาย|ขอให้ สน.{khet}ตรวจสอบ]"
        ),
    ),
    # ------------------------------------------------------------------ frivolous
    Frame(
        id="bribery.frivolous.real_all_suay_rant",
        category="bribery",
        credibility="frivolous",
        voice="cynic, no place or act",
        channels=("line_chat", "web_form"),
        hard="frivolous_vocab",
        text=(
            "[ส่วยทั้งนั้น|รับส่วยกันทั้งเมือง|ตำรวจเทศกิจรับส่วยกันหมด|ประเทศนี้จ่ายแล้วจบ]"
            "[ ไม่มีใครทำอะไรหรอก| แจ้งไปก็เท่านั้น| รู้ ๆ กันอยู่| ไม่ต้องแจ้งหรอก|]"
            "[ ทุจริตกันทั้งระบบ| เงินใต้โต๊ะทุกเรื่อง| สินบนทุกหน่วยงาน|]"
            "[ เบื่อ| จบ| ตรวจสอบไปก็ไม่เจอหรอก| ไม่มีใครกล้าตรวจสอบ|]"
        ),
    ),
    Frame(
        id="bribery.frivolous.real_who_do_i_pay_joke",
        category="bribery",
        credibility="frivolous",
        voice="man asking a mock question, no shop or place",
        channels=("line_chat",),
        speaker="male",
        text=(
            "[อยากรู้ว่าจ่ายใคร|ถ้าจะขายของบนฟุตบาทต้องไปจ่ายที่ไหน|ขอเบอร์คนเก็บส่วยหน่อย|ค่าส่วยเดือนนี้ขึ้นราคาหรือยัง|จ่ายส่วยผ่านแอปได้ไหม|มีโปรจ่ายส่วยรายปีไหม|รับบัตรเครดิตไหม]ครับ"
            "[ จะได้ไปขายบ้าง| ผมจะเปิดร้านบ้าง| เห็นใครเขาก็จ่ายกัน| จะได้จอดรถหน้าบ้านได้| จ่ายแล้วจบใช่ไหมครับ|]"
            "[ 555| 5555| ฮ่า ๆ|]"
        ),
    ),
    Frame(
        id="bribery.frivolous.real_chain_message",
        category="bribery",
        credibility="frivolous",
        voice="forwarded chain message pasted into the form",
        channels=("line_chat", "web_form"),
        text=(
            "[ส่งต่อ!|ด่วน! ส่งต่อ|รู้หรือไม่?] "
            "[ตำรวจจราจรรับส่วยวันละเป็นแสน|เทศกิจทั้งกรุงเทพเก็บส่วยได้เดือนละร้อยล้าน|ส่วยหาบเร่ปีละพันล้าน] "
            "[ข้อมูลจากคนวงใน|เพื่อนตำรวจเล่าให้ฟัง|ข่าวนี้ไม่มีสื่อไหนกล้าออก] "
            "[ส่งต่อให้ถึงสิบคน|แชร์ให้ถึงผู้ว่า|ช่วยกันแชร์ก่อนโดนลบ]"
            "[ ใครไม่ส่งต่อคือพวกเดียวกัน|]"
        ),
    ),
    Frame(
        id="bribery.frivolous.real_district_full_of_suay",
        category="bribery",
        credibility="frivolous",
        voice="one-line accusation naming only an office, no act",
        channels=("line_chat", "web_form"),
        setting="city",
        hard="frivolous_vocab",
        text=(
            "[เขต{khet}ส่วยเยอะมาก|เทศกิจเขต{khet}กินส่วยกันทั้งเขต|สน.{khet}รับส่วยทุกคน|ถนน{bkk_road}ส่วยทั้งสาย]"
            "[ รู้กันทั้งเขต| ใคร ๆ ก็รู้| ไม่ต้องถามหรอก|]"
            "[ ขอให้ตรวจสอบ| ฝากด้วย|]"
        ),
    ),
    Frame(
        id="bribery.frivolous.real_long_suay_essay",
        category="bribery",
        credibility="frivolous",
        voice="long essay on street-level payoffs in general, no spot or shop named",
        channels=("web_form", "line_chat"),
        hard="frivolous_vocab",
        text=(
            "[ทุกวันนี้เดินไปไหนก็เจอ|กรุงเทพทุกวันนี้มีแต่|ไปที่ไหนก็เห็นแต่]ร้านค้าบนทางเท้า รถจอดบนฟุตบาท "
            "[ตำรวจเทศกิจก็เห็นแต่ไม่ทำอะไร|เจ้าหน้าที่เดินผ่านทุกวัน] "
            "[ก็รู้ ๆ กันอยู่ว่าจ่ายกัน|ใคร ๆ ก็รู้ว่ามีส่วย|มันเป็นระบบส่วยมาตั้งแต่ไหนแต่ไร] "
            "[ร้านเล็กร้านใหญ่จ่ายกันหมด|จ่ายกันเป็นทอด ๆ จากล่างขึ้นบน|จ่ายแล้วจบทุกเรื่อง] "
            "[แจ้งไปก็ไม่มีใครกล้าแตะ|แจ้งไปเดี๋ยวก็ปิดเรื่อง] "
            "[ถ้าจะแก้ต้องแก้ทั้งระบบ|ต้องล้างบางทั้งประเทศ|ประเทศนี้ไม่มีวันเจริญ]"
            "[ ขอให้ผู้ว่าจริงจังสักที| เศร้าใจ|]"
        ),
    ),
    # ------------------------------------------------------------------ malicious
    Frame(
        id="bribery.malicious.real_rich_officer_smear",
        category="bribery",
        credibility="malicious",
        voice="neighbour who envies an officer's car and house, no act described",
        channels=("line_chat", "web_form"),
        setting="city",
        hard="malicious_detail",
        text=(
            "[เทศกิจ{name}|ตำรวจจราจรชื่อ{name}|เจ้าหน้าที่เขต{khet}ชื่อ{name}] "
            "[มันรับส่วยแน่นอน|กินส่วยแน่ ๆ|ต้องรับเงินใต้โต๊ะแน่] "
            "[ดูรถมันสิ |เพิ่งถอยรถใหม่ |รถมัน]ทะเบียน {plate} "
            "[เงินเดือนแค่นี้เอามาจากไหน|ข้าราชการชั้นผู้น้อยที่ไหนจะมีปัญญา|บ้านก็เพิ่งรีโนเวท] "
            "[บ้านมันอยู่ซอย{soi} ขี้อวดทั้งบ้าน|ครอบครัวมันก็ขี้อวด|นิสัยมันขี้โม้มาตั้งแต่เด็ก|คนแถวบ้านเกลียดกันทั้งซอย] "
            "[ขอให้ไล่ออก|ต้องไล่ออกแล้วยึดทรัพย์|อยากให้มันติดคุก|ขอให้ตรวจสอบแล้วไล่ออก]"
        ),
    ),
    Frame(
        id="bribery.malicious.real_revenge_after_fine",
        category="bribery",
        credibility="malicious",
        voice="driver fined for a violation, wants revenge on the officer",
        channels=("line_chat", "web_form"),
        setting="city",
        speaker="male",
        text=(
            "[ตำรวจจราจรคนที่ออกใบสั่งให้ผม|ไอ้ตำรวจที่ยืนโบกรถ]ที่แยก{bkk_road}[เมื่อวาน|{weekday}ที่แล้ว] "
            "[หน้าตาเหมือนคนกินส่วย|ดูก็รู้ว่ากินส่วย|พวกนี้รับเงินทุกคน] "
            "[ผมแค่ฝ่าไฟเหลือง|ผมแค่จอดแป๊บเดียว]ยัง[จะปรับ|เอาผม] "
            "[ขอให้มันโดนย้ายไปอยู่ชายแดน|ขอให้มันโดนไล่ออก|อยากให้มันตกงาน]ครับ "
            "[ผมจำหน้ามันได้|ผมจะหาชื่อมันมาให้ได้|ถ้าเจออีกผมไม่ยอมแน่]"
        ),
    ),
    Frame(
        id="bribery.malicious.real_campaign_expose_chief",
        category="bribery",
        credibility="malicious",
        voice="campaign copy-paste against a district's tesakit chief",
        channels=("line_chat", "web_form"),
        setting="city",
        text=(
            "[#แฉส่วยหัวหน้าเทศกิจเขต{khet}|#หัวหน้าเทศกิจ{khet}กินส่วย|#ปลดหัวหน้าเทศกิจเขต{khet}] "
            "[ก๊อปไปแจ้งคนละครั้ง|ทุกคนช่วยส่งข้อความนี้|แจ้งกันให้ระบบล่ม] "
            "[คนนี้กินส่วยทั้งเขต|หัวหน้าคนนี้รวยผิดปกติ|คนนี้ต้องออกไป] "
            "[ไม่ต้องมีหลักฐานหรอก รู้ ๆ กันอยู่|ทุกคนรู้กันหมด|ใคร ๆ ก็รู้] "
            "[แชร์ต่อ!|ส่งต่อ ๆ|#ไม่เอาส่วย]"
        ),
    ),
    Frame(
        id="bribery.malicious.real_woman_smears_clerk",
        category="bribery",
        credibility="malicious",
        voice="woman with a personal grudge against a district clerk, phone call",
        channels=("phone_transcript", "line_chat"),
        setting="city",
        speaker="female",
        text=(
            "[ดิฉันขอแจ้งเรื่อง|ดิฉันโทรมาแจ้งเรื่อง]เจ้าหน้าที่[ฝ่ายรายได้|ฝ่ายทะเบียน|ฝ่ายโยธา]เขต{khet}ชื่อ{name}ค่ะ "
            "[คนนี้รับเงินแน่นอนค่ะ|ต้องรับเงินใต้โต๊ะแน่ค่ะ] "
            "[ดูจากกระเป๋าแบรนด์เนมที่ถือมาทำงาน|ลงรูปไปเที่ยวต่างประเทศทุกเดือน|เพิ่งซื้อคอนโดใหม่] "
            "[นิสัยก็ไม่ดี เคยแย่งแฟนเพื่อนดิฉัน|เป็นคนเจ้าชู้ ครอบครัวพังเพราะคนนี้|ปากไม่ดี ทะเลาะกับดิฉันมาตั้งแต่สมัยเรียน] "
            "[ขอให้ตรวจสอบแล้วไล่ออกค่ะ|อยากให้ออกจากราชการค่ะ|ดิฉันจะแจ้งจนกว่าจะโดนย้ายค่ะ]"
        ),
    ),
]
