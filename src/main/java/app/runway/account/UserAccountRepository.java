package app.runway.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface UserAccountRepository extends Repository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    Optional<UserAccount> findById(Long id);

    List<UserAccount> findAllByOrderByRoleAscEmailAsc();

    UserAccount save(UserAccount account);
}
