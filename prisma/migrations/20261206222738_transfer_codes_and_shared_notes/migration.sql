-- AlterTable
ALTER TABLE "ShareLink" ADD COLUMN     "includeNotes" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "TransferCode" (
    "id" SERIAL NOT NULL,
    "codeHash" TEXT NOT NULL,
    "visitorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),

    CONSTRAINT "TransferCode_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TransferCode_codeHash_key" ON "TransferCode"("codeHash");

-- CreateIndex
CREATE INDEX "TransferCode_visitorId_idx" ON "TransferCode"("visitorId");

-- AddForeignKey
ALTER TABLE "TransferCode" ADD CONSTRAINT "TransferCode_visitorId_fkey" FOREIGN KEY ("visitorId") REFERENCES "Visitor"("id") ON DELETE CASCADE ON UPDATE CASCADE;
