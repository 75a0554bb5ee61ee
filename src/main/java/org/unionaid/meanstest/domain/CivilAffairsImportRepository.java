package org.unionaid.meanstest.domain;

import java.util.Collection;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CivilAffairsImportRepository extends JpaRepository<CivilAffairsImport, Long> {

    Page<CivilAffairsImport> findByBranchIdInOrderByIdDesc(Collection<Long> branchIds, Pageable pageable);
}
