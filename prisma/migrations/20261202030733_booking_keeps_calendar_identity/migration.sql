-- AlterTable
ALTER TABLE "Booking" ADD COLUMN     "calendarUid" TEXT,
ADD COLUMN     "movedToId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Booking_movedToId_key" ON "Booking"("movedToId");

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_movedToId_fkey" FOREIGN KEY ("movedToId") REFERENCES "Booking"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

