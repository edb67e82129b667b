-- AlterTable
ALTER TABLE "Cohort" ADD COLUMN     "applicationsOpen" BOOLEAN NOT NULL DEFAULT false;

